package io.redactor.log4j2;

import io.redactor.Redactor;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.async.RingBufferLogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.FormattingInfo;
import org.apache.logging.log4j.core.pattern.LineSeparatorPatternConverter;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.PatternParser;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableParameterizedMessage;
import org.apache.logging.log4j.message.ReusableSimpleMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.PerformanceSensitive;

/**
 * {@code %redact{<sub-pattern>}{<options>}}: renders its sub-pattern, then masks the secrets in
 * what it rendered, in place in the layout's buffer.
 *
 * <pre>{@code
 * <PatternLayout pattern="%d %-5level %logger - %redact{%msg%n%ex}"/>
 * <PatternLayout pattern="%redact{%msg}{rules=-jwt; keys=ssn; style=label}%n"/>
 * }</pre>
 *
 * <p>The second, optional argument is a {@link Redactor} option string. On an event without a
 * secret the converter allocates nothing, so it keeps Log4j's garbage-free mode garbage-free.
 *
 * <p>When the sub-pattern holds a throwable converter ({@code %ex}, {@code %xEx}, {@code %rEx}),
 * this converter reports that it handles the throwable, so {@code PatternLayout} does not append
 * a second, unredacted stack trace of its own ({@code alwaysWriteExceptions}). Without one, as in
 * {@code %redact{%msg}%n}, the stack trace the layout appends lies outside this converter and is
 * not redacted.
 *
 * <p>A bad option string is reported through Log4j's status logger at startup, naming the option,
 * its value and what is allowed; the converter is then built closed: it writes
 * {@link Redactor#FAILURE_MARKER} for every event and nothing of the sub-pattern. (Returning no
 * converter would make Log4j print the literal word {@code redact} and, through
 * {@code alwaysWriteExceptions}, every stack trace unredacted.)
 *
 * <p>Should rendering or redacting one event fail, all the sub-pattern rendered of it is replaced
 * by the marker and the failure is reported once through the status logger; logging goes on.
 * When the sub-pattern holds a line separator ({@code %n}), the marker is followed by one, so that
 * the next event still starts a line of its own.
 */
@Plugin(name = "redact", category = PatternConverter.CATEGORY)
@ConverterKeys({"redact"})
@PerformanceSensitive("allocation")
public final class RedactingPatternConverter extends LogEventPatternConverter {
  private static final String NAME = "redact";
  /** What {@code %m} without options is made of. */
  private static final String SIMPLE_MESSAGE_CONVERTER =
      "org.apache.logging.log4j.core.pattern.MessagePatternConverter"
          + "$SimpleMessagePatternConverter";

  private final List<PatternFormatter> formatters;
  private final Redactor redactor;
  private final boolean handlesThrowable;
  /** The sub-pattern's {@code %n}, written after the failure marker; {@code null} if none. */
  private final PatternFormatter lineSeparator;
  private final FailureReporter failures;
  /** Whether the sub-pattern is a bare {@code %m}, which writes a simple message as it is. */
  private final boolean bareMessage;

  private RedactingPatternConverter(
      List<PatternFormatter> formatters, Redactor redactor, boolean handlesThrowable,
      PatternFormatter lineSeparator, FailureReporter failures) {
    super(NAME, NAME);
    this.formatters = formatters;
    this.redactor = redactor;
    this.handlesThrowable = handlesThrowable;
    this.lineSeparator = lineSeparator;
    this.failures = failures;
    this.bareMessage = formatters.size() == 1 && isBareMessage(formatters.get(0));
  }

  /** {@code %m} without options, padding or truncation: it writes the message's text as it is. */
  private static boolean isBareMessage(PatternFormatter formatter) {
    FormattingInfo info = formatter.getFormattingInfo();
    return formatter.getConverter().getClass().getName().equals(SIMPLE_MESSAGE_CONVERTER)
        && (info == null || info.getMinLength() == 0 && info.getMaxLength() == Integer.MAX_VALUE);
  }

  /**
   * Creates the converter; called by Log4j's pattern parser.
   *
   * @param config the configuration the layout belongs to
   * @param options the sub-pattern, then optionally a {@link Redactor} option string
   * @return the converter, or {@code null} when no sub-pattern is given (reported)
   */
  public static RedactingPatternConverter newInstance(Configuration config, String[] options) {
    if (options == null || options.length == 0 || options[0] == null) {
      LOGGER.error("%redact needs a pattern to redact, as in %redact{%msg}");
      return null;
    }
    if (options.length > 2) {
      LOGGER.error("%redact takes a pattern and an option string, as in %redact{%msg}{rules=-jwt},"
          + " but was given {} arguments", options.length);
      return null;
    }
    FailureReporter failures = new FailureReporter("%redact");
    RedactorSettings settings = new RedactorSettings();
    if (options.length == 2) {
      settings.options(options[1]);
    }
    Redactor redactor = settings.build("%redact{" + options[0] + "}", failures);
    PatternParser parser = PatternLayout.createPatternParser(config);
    List<PatternFormatter> formatters = parser.parse(options[0]);
    boolean handlesThrowable = false;
    PatternFormatter lineSeparator = null;
    for (PatternFormatter formatter : formatters) {
      handlesThrowable |= formatter.getConverter().handlesThrowable();
      if (formatter.getConverter() instanceof LineSeparatorPatternConverter) {
        lineSeparator = formatter;
      }
    }
    if (redactor == null) {
      // Closed: render nothing of the sub-pattern, and claim the throwable so that no layout
      // adds it in the clear.
      return new RedactingPatternConverter(
          Collections.emptyList(), null, true, lineSeparator, failures);
    }
    return new RedactingPatternConverter(
        formatters, redactor, handlesThrowable, lineSeparator, failures);
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    int start = toAppendTo.length();
    if (redactor == null) {
      writeFailureMarker(event, toAppendTo);
      return;
    }
    try {
      String constant = bareMessage ? constantText(event) : null;
      if (constant != null) {
        // The message is its own template: its remembered redaction is written, unread.
        toAppendTo.append(redactor.redact(constant, constant));
        return;
      }
      for (int i = 0; i < formatters.size(); i++) {
        formatters.get(i).format(event, toAppendTo);
      }
      if (redactor.redact(toAppendTo, start, template(event)) && lineSeparator != null
          && isFailureMarker(toAppendTo, start)) {
        // The engine failed and wrote the marker in place of everything, line separator too.
        lineSeparator.format(event, toAppendTo);
      }
    } catch (Throwable failure) {
      // Whatever was rendered may hold a secret: fail closed for this event.
      toAppendTo.setLength(start);
      writeFailureMarker(event, toAppendTo);
      failures.accept(failure);
    }
  }

  /**
   * The event's message pattern, for the redactor to remember the scan of its literal text; null
   * where getting it could allocate (an object message formats itself to answer).
   */
  static String template(LogEvent event) {
    Message message = event.getMessage();
    if (message == null) {
      return null;
    }
    Class<?> type = message.getClass();
    if (type == ParameterizedMessage.class || type == ReusableParameterizedMessage.class
        || type == SimpleMessage.class || type == ReusableSimpleMessage.class
        || type == RingBufferLogEvent.class || type == MutableLogEvent.class) {
      return message.getFormat();
    }
    return null;
  }

  /** The text of a simple message, which is its own template; null for any other message. */
  private static String constantText(LogEvent event) {
    Message message = event.getMessage();
    Class<?> type = message == null ? null : message.getClass();
    return type == SimpleMessage.class || type == ReusableSimpleMessage.class
        ? message.getFormat() : null;
  }

  /** Whether all from {@code start} on is the failure marker, compared without a copy. */
  private static boolean isFailureMarker(StringBuilder text, int start) {
    String marker = Redactor.FAILURE_MARKER;
    if (text.length() - start != marker.length()) {
      return false;
    }
    for (int i = 0; i < marker.length(); i++) {
      if (text.charAt(start + i) != marker.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void writeFailureMarker(LogEvent event, StringBuilder toAppendTo) {
    toAppendTo.append(Redactor.FAILURE_MARKER);
    if (lineSeparator != null) {
      lineSeparator.format(event, toAppendTo);
    }
  }

  @Override
  public boolean handlesThrowable() {
    return handlesThrowable;
  }
}
