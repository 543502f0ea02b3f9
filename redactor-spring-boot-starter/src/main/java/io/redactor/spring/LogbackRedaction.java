package io.redactor.spring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.WarnStatus;
import io.redactor.logback.RedactingAppender;
import io.redactor.logback.RedactingEncoder;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

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
 *
 * <p>A {@code scan} reload of the configuration resets the context and builds new appenders.
 * Logback reports the start and the end of each (its configuration events): the starter holds
 * every event back while the new configuration is built, as Logback drops those logged while the
 * context is reset, and redacts the new appenders before the first event passes again.
 */
final class LogbackRedaction {
  /** The contexts whose reloads are watched. */
  private static final Set<LoggerContext> WATCHED =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

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
    return redact((LoggerContext) LoggerFactory.getILoggerFactory(), options, modify);
  }

  private static List<String> redact(LoggerContext context, String options, boolean modify) {
    Pass pass = new Pass(context, options, modify);
    for (Logger logger : context.getLoggerList()) {
      pass.visit(logger);
    }
    return pass.unredacted;
  }

  /**
   * Has the context's {@code scan} reloads redacted from now on. A Logback that reports no
   * configuration events cannot be followed: that is said once through its status.
   */
  static void watchReloads() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    if (!WATCHED.add(context)) {
      return;
    }
    try {
      ReloadWatch.register(context);
    } catch (LinkageError noConfigurationEvents) {
      context.getStatusManager().add(new WarnStatus("Redactor: Logback "
          + context.getClass().getPackage().getImplementationVersion() + " reports no"
          + " configuration events, so the appenders a scan reload builds are not redacted;"
          + " turn scan off or use a Logback that reports them (1.4.14 and later do)",
          LogbackRedaction.class));
    }
  }

  /**
   * Follows the context's reconfigurations: while one runs (after Logback reset the context and
   * before the new appenders are redacted) a turbo filter denies every event; at its end the new
   * appenders are redacted with the current properties and the filter goes. Reconfigurations
   * Spring Boot does itself are left to the listener.
   */
  private static final class ReloadWatch implements ConfigurationEventListener {
    private final LoggerContext context;
    private final Gate gate = new Gate();

    /** A class of its own, so that a Logback without configuration events never loads it. */
    static void register(LoggerContext context) {
      context.addConfigurationEventListener(new ReloadWatch(context));
    }

    private ReloadWatch(LoggerContext context) {
      this.context = context;
      gate.setName("redactor-reload-gate");
      gate.start();
    }

    @Override
    public void listen(ConfigurationEvent event) {
      String type = event.getEventType().name();
      if (type.equals("CONFIGURATION_STARTED")) {
        if (RedactorLoggingListener.forReload() != null
            && !context.getTurboFilterList().contains(gate)) {
          context.addTurboFilter(gate);
        }
      } else if (type.startsWith("CONFIGURATION_ENDED")
          || type.equals("CHANGE_DETECTOR_RUNNING") && context.getTurboFilterList().contains(gate)) {
        // The end of a reconfiguration, or the next scan after one that never reported its end
        // (it failed with no configuration to fall back on): the filter must not stay.
        try {
          RedactorProperties properties = RedactorLoggingListener.forReload();
          if (properties != null) {
            List<String> unredacted = redact(context, properties.optionString(), true);
            for (String problem : unredacted) {
              context.getStatusManager().add(new ErrorStatus("Redactor: after a reload, "
                  + problem, LogbackRedaction.class));
            }
          }
        } catch (RuntimeException e) {
          // Never into Logback's reload: said through its status instead.
          context.getStatusManager().add(new ErrorStatus("Redactor: the appenders of a reload"
              + " could not be redacted", LogbackRedaction.class, e));
        } finally {
          context.getTurboFilterList().remove(gate);
        }
      }
    }
  }

  /** Denies every event. */
  private static final class Gate extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format,
        Object[] params, Throwable t) {
      return FilterReply.DENY;
    }
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
