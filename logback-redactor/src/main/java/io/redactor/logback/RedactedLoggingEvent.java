package io.redactor.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import io.redactor.Redactor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A redacted, immutable copy of a logging event, made by {@link RedactingAppender} for the
 * appenders it wraps. The original event is only read.
 *
 * <p>The formatted message is redacted as a whole, so that a secret split between the message
 * pattern and an argument ({@code "password={}", "hunter2"}) is found. The message pattern and each
 * argument are redacted too, for appenders that format again from them; an argument that was part
 * of a secret found in the formatted message is masked whole.
 */
final class RedactedLoggingEvent implements ILoggingEvent {
  private final ILoggingEvent original;
  private final String threadName;
  private final String loggerName;
  private final String message;
  private final Object[] arguments;
  private final String formattedMessage;
  private final Map<String, String> mdc;
  private final List<KeyValuePair> keyValuePairs;
  private final IThrowableProxy throwableProxy;
  private final Instant instant;

  RedactedLoggingEvent(ILoggingEvent original, Redaction redaction, String mask) {
    this.original = original;
    threadName = redaction.redact(original, original.getThreadName());
    loggerName = redaction.redact(original, original.getLoggerName());
    String formatted = original.getFormattedMessage();
    formattedMessage = redaction.redactMessage(original, formatted);
    message = redaction.redact(original, original.getMessage());
    arguments = redactArguments(original.getArgumentArray(), formatted, redaction, mask);
    mdc = redactMdc(original.getMDCPropertyMap(), redaction);
    keyValuePairs = redactKeyValuePairs(original.getKeyValuePairs(), redaction);
    throwableProxy = RedactedThrowableProxy.copy(original.getThrowableProxy(), redaction, original);
    instant = original.getInstant();
  }

  /**
   * {@code original} itself when none of its texts holds a secret and it carries no throwable,
   * as most events: nothing is copied and nothing allocated. Otherwise its redacted copy.
   */
  static ILoggingEvent of(ILoggingEvent original, Redaction redaction, String mask) {
    if (original.getThrowableProxy() == null && isClean(original, redaction)) {
      return original;
    }
    return new RedactedLoggingEvent(original, redaction, mask);
  }

  private static boolean isClean(ILoggingEvent event, Redaction redaction) {
    String formatted = event.getFormattedMessage();
    String message = event.getMessage();
    String thread = event.getThreadName();
    String logger = event.getLoggerName();
    if (redaction.redactMessage(event, formatted) != formatted
        || redaction.redact(event, message) != message
        || redaction.redact(event, thread) != thread
        || redaction.redact(event, logger) != logger) {
      return false;
    }
    Object[] arguments = event.getArgumentArray();
    for (int i = 0; arguments != null && i < arguments.length; i++) {
      if (arguments[i] != null && !redaction.isClean(event, arguments[i])) {
        return false;
      }
    }
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null && !mdc.isEmpty()) {
      for (Map.Entry<String, String> entry : mdc.entrySet()) {
        String value = entry.getValue();
        if (redaction.redactValue(event, entry.getKey(), value) != value) {
          return false;
        }
      }
    }
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    for (int i = 0; pairs != null && i < pairs.size(); i++) {
      KeyValuePair pair = pairs.get(i);
      if (pair.value != null && !redaction.isClean(event, pair.key, pair.value)) {
        return false;
      }
    }
    return true;
  }

  /** The event written when redaction failed: the marker in place of every text. */
  private RedactedLoggingEvent(ILoggingEvent original) {
    this.original = original;
    threadName = Redactor.FAILURE_MARKER;
    loggerName = original.getLoggerName();
    message = Redactor.FAILURE_MARKER;
    formattedMessage = Redactor.FAILURE_MARKER;
    arguments = null;
    mdc = Collections.emptyMap();
    keyValuePairs = null;
    throwableProxy = null;
    instant = original.getInstant();
  }

  static ILoggingEvent failed(ILoggingEvent original) {
    return new RedactedLoggingEvent(original);
  }

  private Object[] redactArguments(
      Object[] originals, String formatted, Redaction redaction, String mask) {
    if (originals == null) {
      return null;
    }
    boolean messageChanged = formattedMessage != formatted;
    Object[] copy = new Object[originals.length];
    for (int i = 0; i < originals.length; i++) {
      Object argument = originals[i];
      if (argument == null) {
        continue;
      }
      String text = String.valueOf(argument);
      String redacted = redaction.redact(original, text);
      if (redacted != text) {
        copy[i] = redacted;
      } else if (messageChanged && !text.isEmpty() && formatted != null
          && formatted.contains(text) && !formattedMessage.contains(text)) {
        // The argument alone looks harmless, but it was (part of) a secret in the message.
        copy[i] = mask;
      } else {
        copy[i] = argument;
      }
    }
    return copy;
  }

  private Map<String, String> redactMdc(Map<String, String> originalMdc, Redaction redaction) {
    if (originalMdc == null || originalMdc.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> copy = new LinkedHashMap<>(originalMdc.size() * 2);
    for (Map.Entry<String, String> entry : originalMdc.entrySet()) {
      copy.put(entry.getKey(), redaction.redactValue(original, entry.getKey(), entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private List<KeyValuePair> redactKeyValuePairs(
      List<KeyValuePair> originalPairs, Redaction redaction) {
    if (originalPairs == null) {
      return null;
    }
    List<KeyValuePair> copy = new ArrayList<>(originalPairs.size());
    for (KeyValuePair pair : originalPairs) {
      if (pair.value == null) {
        copy.add(new KeyValuePair(pair.key, null));
        continue;
      }
      String text = String.valueOf(pair.value);
      String redacted = redaction.redactValue(original, pair.key, text);
      copy.add(new KeyValuePair(pair.key, redacted == text ? pair.value : redacted));
    }
    return Collections.unmodifiableList(copy);
  }

  @Override
  public String getThreadName() {
    return threadName;
  }

  @Override
  public Level getLevel() {
    return original.getLevel();
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public Object[] getArgumentArray() {
    return arguments == null ? null : arguments.clone();
  }

  @Override
  public String getFormattedMessage() {
    return formattedMessage;
  }

  @Override
  public String getLoggerName() {
    return loggerName;
  }

  @Override
  public LoggerContextVO getLoggerContextVO() {
    return original.getLoggerContextVO();
  }

  @Override
  public IThrowableProxy getThrowableProxy() {
    return throwableProxy;
  }

  @Override
  public StackTraceElement[] getCallerData() {
    // Computed on demand by the original event, in the logging thread, as Logback does.
    return original.getCallerData();
  }

  @Override
  public boolean hasCallerData() {
    return original.hasCallerData();
  }

  @Override
  public List<Marker> getMarkerList() {
    return original.getMarkerList();
  }

  @Override
  public Map<String, String> getMDCPropertyMap() {
    return mdc;
  }

  @Override
  @Deprecated
  public Map<String, String> getMdc() {
    return mdc;
  }

  @Override
  public long getTimeStamp() {
    return original.getTimeStamp();
  }

  @Override
  public int getNanoseconds() {
    return original.getNanoseconds();
  }

  @Override
  public Instant getInstant() {
    return instant;
  }

  @Override
  public long getSequenceNumber() {
    return original.getSequenceNumber();
  }

  @Override
  public List<KeyValuePair> getKeyValuePairs() {
    return keyValuePairs;
  }

  @Override
  public void prepareForDeferredProcessing() {
    // Everything but caller data was copied when this event was made.
  }

  @Override
  public String toString() {
    return "[" + getLevel() + "] " + formattedMessage;
  }
}
