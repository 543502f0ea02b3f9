package io.redactor.spring;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.status.ErrorStatus;
import io.redactor.logback.RedactingAppender;
import io.redactor.logback.RedactingEncoder;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Makes every appender of Logback's context redact, in place:
 * <ul>
 *   <li>an {@link OutputStreamAppender} (console, file, rolling file) keeps its place, name and
 *       filters ({@code logging.threshold.*}); its {@code PatternLayoutEncoder} becomes a
 *       {@link RedactingPatternLayoutEncoder} with the same pattern and charset, and any other
 *       encoder (Spring Boot's {@code StructuredLogEncoder}, a JSON encoder) is wrapped in a
 *       {@link RedactingEncoder};</li>
 *   <li>the appenders inside an {@code AsyncAppender} are handled the same way;</li>
 *   <li>any other appender is put behind a {@link RedactingAppender} of the same name.</li>
 * </ul>
 * An appender that redacts already (one of this project's encoders, or behind a
 * {@code RedactingAppender}) is left alone, so nothing is masked twice.
 */
final class LogbackRedaction {
  private LogbackRedaction() {
  }

  /** Whether SLF4J logs through Logback. */
  static boolean inUse() {
    return LoggerFactory.getILoggerFactory() instanceof LoggerContext;
  }

  /**
   * Redacts the appenders (when {@code modify}) and returns each that still writes unredacted,
   * with the reason.
   */
  static List<String> redact(String options, boolean modify) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Pass pass = new Pass(context, options, modify);
    for (Logger logger : context.getLoggerList()) {
      pass.visit(logger);
    }
    return pass.unredacted;
  }

  private static final class Pass {
    final LoggerContext context;
    final String options;
    final boolean modify;
    final List<String> unredacted = new ArrayList<>();
    /** Each appender seen, and what stands in its place: itself or its redacting wrapper. */
    final Map<Appender<ILoggingEvent>, Appender<ILoggingEvent>> done = new IdentityHashMap<>();

    Pass(LoggerContext context, String options, boolean modify) {
      this.context = context;
      this.options = options;
      this.modify = modify;
    }

    void visit(AppenderAttachable<ILoggingEvent> parent) {
      List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
      for (Iterator<Appender<ILoggingEvent>> it = parent.iteratorForAppenders(); it.hasNext(); ) {
        appenders.add(it.next());
      }
      for (Appender<ILoggingEvent> appender : appenders) {
        Appender<ILoggingEvent> replacement = done.get(appender);
        if (replacement == null) {
          replacement = redacting(appender);
          done.put(appender, replacement);
        }
        if (replacement != appender) {
          parent.detachAppender(appender);
          parent.addAppender(replacement);
        }
      }
    }

    /** The appender itself, made to redact where it can be, or a redacting one in its place. */
    @SuppressWarnings("unchecked")
    private Appender<ILoggingEvent> redacting(Appender<ILoggingEvent> appender) {
      if (appender instanceof RedactingAppender) {
        return appender;
      }
      if (appender instanceof OutputStreamAppender) {
        redactEncoder((OutputStreamAppender<ILoggingEvent>) appender);
        return appender;
      }
      if (appender instanceof AppenderAttachable) {
        visit((AppenderAttachable<ILoggingEvent>) appender);
        return appender;
      }
      if (!modify) {
        unredacted.add(describe(appender) + ": it is not behind a RedactingAppender");
        return appender;
      }
      RedactingAppender wrapper = new RedactingAppender();
      wrapper.setContext(context);
      wrapper.setName(appender.getName());
      wrapper.setOptions(options);
      wrapper.addAppender(appender);
      wrapper.start();
      if (!wrapper.isStarted()) {
        unredacted.add(describe(appender) + ": " + lastError("RedactingAppender"));
        return appender;
      }
      return wrapper;
    }

    private void redactEncoder(OutputStreamAppender<ILoggingEvent> appender) {
      Encoder<ILoggingEvent> encoder = appender.getEncoder();
      if (encoder instanceof RedactingPatternLayoutEncoder || encoder instanceof RedactingEncoder) {
        return;
      }
      if (!modify) {
        unredacted.add(describe(appender) + ": its encoder "
            + (encoder == null ? "is missing" : encoder.getClass().getName() + " does not redact"));
        return;
      }
      Encoder<ILoggingEvent> redacting = null;
      if (encoder != null && encoder.getClass() == PatternLayoutEncoder.class) {
        redacting = patternEncoder((PatternLayoutEncoder) encoder);
      }
      if (redacting == null && encoder != null) {
        RedactingEncoder wrapping = new RedactingEncoder();
        wrapping.setContext(context);
        wrapping.setOptions(options);
        wrapping.setEncoder(encoder);
        wrapping.start();
        redacting = wrapping.isStarted() ? wrapping : null;
      }
      if (redacting == null) {
        unredacted.add(describe(appender) + ": " + lastError("Redacting"));
        return;
      }
      appender.setEncoder(redacting);
    }

    /** The same pattern and charset, redacted part by part; null if it would not start. */
    private Encoder<ILoggingEvent> patternEncoder(PatternLayoutEncoder original) {
      RedactingPatternLayoutEncoder encoder = new RedactingPatternLayoutEncoder();
      encoder.setContext(context);
      encoder.setPattern(original.getPattern());
      encoder.setCharset(original.getCharset());
      encoder.setOutputPatternAsHeader(original.isOutputPatternAsHeader());
      encoder.setOptions(options);
      encoder.start();
      if (!encoder.isStarted()) {
        return null;
      }
      original.stop();
      return encoder;
    }

    private String lastError(String component) {
      String message = "the redacting component did not start";
      for (var status : context.getStatusManager().getCopyOfStatusList()) {
        if (status instanceof ErrorStatus && status.getMessage().startsWith(component)) {
          message = status.getMessage();
        }
      }
      return message;
    }

    private static String describe(Appender<ILoggingEvent> appender) {
      return "Logback appender " + appender.getName() + " (" + appender.getClass().getName() + ")";
    }
  }
}
