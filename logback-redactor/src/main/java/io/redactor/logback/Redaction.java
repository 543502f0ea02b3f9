package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.spi.ContextAware;
import io.redactor.MaskStyle;
import io.redactor.Redactor;
import io.redactor.RedactorConfigException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every component of this module shares: the configuration written in {@code logback.xml}
 * (the option string and the nested elements), the {@link Redactor} built from it at start, and
 * failure reporting.
 *
 * <p>Failure reporting follows one rule: an event whose redaction failed is written with
 * {@link Redactor#FAILURE_MARKER} in place of its text, and the component reports one status
 * error for it, however many of its parts failed. The cause goes with it, unless a message in its
 * chain quotes a secret (an encoder's {@code "cannot encode password=hunter2"}): status messages
 * reach the console, so such a cause is reported as a {@link RedactedCause}.
 */
final class Redaction {
  static final byte[] FAILURE_LINE =
      (Redactor.FAILURE_MARKER + CoreConstants.LINE_SEPARATOR).getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FAILURE_MARKER_BYTES =
      Redactor.FAILURE_MARKER.getBytes(StandardCharsets.US_ASCII);

  private final ContextAware owner;
  private String options;
  private final List<String> disabled = new ArrayList<>();
  private final List<String> enabled = new ArrayList<>();
  private final List<String> sensitiveKeys = new ArrayList<>();
  private final List<String> rules = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();
  private final List<String> allowValues = new ArrayList<>();
  private final List<String> allowPatterns = new ArrayList<>();
  private Boolean envSecrets;
  private String mask;
  private String style;
  private String fingerprintKey;

  private volatile Redactor redactor;
  private volatile Throwable lastEngineFailure;
  private volatile Object lastFailedEvent;
  private final ThreadLocal<StringBuilder> keyedBuffer =
      ThreadLocal.withInitial(StringBuilder::new);

  Redaction(ContextAware owner) {
    this.owner = owner;
  }

  void setOptions(String value) {
    options = value;
  }

  void addDisable(String ruleId) {
    disabled.add(ruleId);
  }

  void addEnable(String ruleId) {
    enabled.add(ruleId);
  }

  void addSensitiveKey(String name) {
    sensitiveKeys.add(name);
  }

  void addRule(String rule) {
    rules.add(rule);
  }

  void addSecret(String value) {
    secrets.add(value);
  }

  void addAllow(String value) {
    allowValues.add(value);
  }

  void addAllowPattern(String pattern) {
    allowPatterns.add(pattern);
  }

  void setEnvSecrets(boolean value) {
    envSecrets = value;
  }

  void setMask(String value) {
    mask = value;
  }

  void setStyle(String value) {
    style = value;
  }

  void setFingerprintKey(String value) {
    fingerprintKey = value;
  }

  /**
   * Builds the redactor, or reports through the owner's status why it cannot.
   *
   * @return whether the owner may start
   */
  boolean start() {
    if (!supportsThisLogback()) {
      return false;
    }
    try {
      Redactor.Builder builder = Redactor.builder();
      if (options != null && !options.trim().isEmpty()) {
        builder.options(options);
      }
      for (String id : disabled) {
        builder.disableRule(id.trim());
      }
      for (String id : enabled) {
        builder.enableRule(id.trim());
      }
      for (String key : sensitiveKeys) {
        builder.sensitiveKey(key.trim());
      }
      for (String rule : rules) {
        String[] parts = rule.split(":", 3);
        if (parts.length < 3) {
          throw new BadOption(
              "rule", rule, "id:keyword:pattern, such as ticket:ticket=:T-[0-9]{8}");
        }
        builder.addRule(parts[0].trim(), parts[1], parts[2]);
      }
      for (String secret : secrets) {
        builder.addSecret(secret);
      }
      for (String value : allowValues) {
        builder.allowValue(value);
      }
      for (String pattern : allowPatterns) {
        builder.allowPattern(pattern);
      }
      if (envSecrets != null) {
        builder.envSecrets(envSecrets);
      }
      if (mask != null) {
        builder.mask(mask);
      }
      if (style != null) {
        builder.style(parseStyle(style));
      }
      if (fingerprintKey != null) {
        builder.fingerprintKey(fingerprintKey);
      }
      builder.onFailure(cause -> lastEngineFailure = cause);
      redactor = builder.build();
      reportPrefilter();
      return true;
    } catch (RedactorConfigException | BadOption e) {
      owner.addError(describe() + " not started: " + e.getMessage());
    } catch (RuntimeException e) {
      owner.addError(describe() + " not started: " + e.getMessage(), e);
    }
    return false;
  }

  /** Whether the Logback in use is one this module serves; reports it through the owner if not. */
  boolean supportsThisLogback() {
    String unsupported = LogbackCompatibility.unsupported();
    if (unsupported != null) {
      owner.addError(describe() + " not started: " + unsupported);
      return false;
    }
    return true;
  }

  private static MaskStyle parseStyle(String value) {
    String name = value.trim().toUpperCase(Locale.ROOT);
    for (MaskStyle candidate : MaskStyle.values()) {
      if (candidate.name().equals(name)) {
        return candidate;
      }
    }
    throw new BadOption("style", value, "one of plain, label, fingerprint");
  }

  /** A bad nested element, worded as the core words a bad option. */
  private static final class BadOption extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadOption(String option, String value, String allowed) {
      super("Redactor option '" + option + "' has invalid value '" + value + "': " + allowed);
    }
  }

  /** The key under which a logger context remembers that the prefilter was reported to it. */
  static final String PREFILTER_REPORTED = "io.redactor.prefilterReported";

  /**
   * Reports once per logger context, through its status channel, which prefilter the engine scans
   * with (chosen once per JVM).
   */
  private void reportPrefilter() {
    Context context = owner.getContext();
    if (context == null) {
      owner.addInfo(PREFILTER_STATUS + Redactor.prefilter());
      return;
    }
    synchronized (context) {
      if (context.getObject(PREFILTER_REPORTED) == null) {
        context.putObject(PREFILTER_REPORTED, Boolean.TRUE);
        owner.addInfo(PREFILTER_STATUS + Redactor.prefilter());
      }
    }
  }

  static final String PREFILTER_STATUS = "Redactor prefilter: ";

  private String describe() {
    return owner.getClass().getSimpleName();
  }

  Redactor redactor() {
    return redactor;
  }

  /** The mask text as configured through {@code <mask>}, else the default one. */
  String mask() {
    return mask != null ? mask : Redactor.DEFAULT_MASK;
  }

  /** Redacts one part of {@code event}; the failure marker, reported once per event, on failure. */
  String redact(Object event, String text) {
    return reportingFailure(event, text, redactor.redact(text));
  }

  /**
   * {@link #redact(Object, String)} for text holding {@code event}'s formatted message: the
   * redactor remembers the scan of the message pattern's literal text.
   */
  String redactMessage(ILoggingEvent event, String text) {
    return reportingFailure(event, text, redactor.redact(text, event.getMessage()));
  }

  /** {@code result}, the redaction of {@code text}, after reporting it if it is the marker. */
  private String reportingFailure(Object event, String text, String result) {
    if (result == Redactor.FAILURE_MARKER && text != Redactor.FAILURE_MARKER) {
      failed(event, lastEngineFailure);
    }
    return result;
  }

  /**
   * Redacts what an encoder produced for {@code event}. A failure yields a marker line, so the
   * next event still starts on a line of its own.
   */
  byte[] redact(Object event, byte[] utf8) {
    byte[] result = redactor.redact(utf8);
    if (result != utf8 && Arrays.equals(result, FAILURE_MARKER_BYTES)) {
      failed(event, lastEngineFailure);
      return FAILURE_LINE.clone();
    }
    return result;
  }

  /**
   * Redacts a value printed without its key, such as {@code %X{password}} or an MDC entry: a
   * value alone ({@code hunter2}) is no secret to a rule that keys on its name, so it is read as
   * {@code key=value}. Returns {@code value} itself when nothing was masked.
   */
  String redactValue(Object event, String key, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    if (key == null || key.isEmpty()) {
      return redact(event, value);
    }
    StringBuilder buffer = keyedBuffer.get();
    buffer.setLength(0);
    buffer.append(key).append('=').append(value);
    if (!redactor.redact(buffer, 0)) {
      if (buffer.length() > 4096) {
        buffer.setLength(0);
        buffer.trimToSize();
      }
      return value;
    }
    String result;
    int keyEnd = key.length() + 1;
    if (buffer.length() >= keyEnd && buffer.indexOf(key) == 0 && buffer.charAt(keyEnd - 1) == '=') {
      result = buffer.substring(keyEnd);
    } else {
      int equals = buffer.indexOf("=");
      result = equals < 0 ? buffer.toString() : buffer.substring(equals + 1);
    }
    if (result.equals(Redactor.FAILURE_MARKER)) {
      failed(event, lastEngineFailure);
    }
    buffer.setLength(0);
    return result;
  }

  /**
   * Whether {@code argument}, as {@link String#valueOf(Object)} prints it, holds nothing to
   * mask. A number, a boolean or a character is printed into a reused buffer, not into a new
   * string.
   */
  boolean isClean(Object event, Object argument) {
    if (argument instanceof String) {
      return redact(event, (String) argument) == argument;
    }
    if (argument instanceof Integer || argument instanceof Long || argument instanceof Short
        || argument instanceof Byte || argument instanceof Boolean
        || argument instanceof Character) {
      StringBuilder buffer = keyedBuffer.get();
      buffer.setLength(0);
      if (argument instanceof Character) {
        buffer.append(((Character) argument).charValue());
      } else if (argument instanceof Boolean) {
        buffer.append(((Boolean) argument).booleanValue());
      } else {
        buffer.append(((Number) argument).longValue());
      }
      boolean clean = !redactor.redact(buffer, 0);
      buffer.setLength(0);
      return clean;
    }
    String text = String.valueOf(argument);
    return redact(event, text) == text;
  }

  /** {@link #isClean(Object, Object)} of a value printed without its key, as {@link #redactValue} reads it. */
  boolean isClean(Object event, String key, Object value) {
    String text = String.valueOf(value);
    return redactValue(event, key, text) == text;
  }

  /** Reports the failed redaction of {@code event}, once per event. */
  void failed(Object event, Throwable cause) {
    if (event != null && event == lastFailedEvent) {
      return;
    }
    lastFailedEvent = event;
    String message = "Redaction of a logging event failed; " + Redactor.FAILURE_MARKER
        + " was written in place of its text";
    Throwable reported = cause == null ? null : reportable(cause);
    if (reported == null) {
      owner.addError(message);
    } else {
      owner.addError(message, reported);
    }
  }

  /**
   * {@code cause} itself, or a redacted copy when a message in its chain holds a secret; none
   * when there is no redactor to check it or its messages cannot be read (reporting must not
   * throw).
   */
  private Throwable reportable(Throwable cause) {
    Redactor current = redactor;
    if (current == null) {
      return null;
    }
    try {
      boolean[] changed = {false};
      Throwable copy = RedactedCause.copy(
          cause, current, changed, Collections.newSetFromMap(new IdentityHashMap<>()));
      return changed[0] ? copy : cause;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * A cause reported in place of one whose messages quoted a secret: its message is the original
   * class name and redacted message, its frames are the original's, and its causes and
   * suppressed throwables are copied the same way.
   */
  static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;

    private RedactedCause(String message) {
      super(message);
    }

    static Throwable copy(
        Throwable original, Redactor redactor, boolean[] changed, Set<Throwable> seen) {
      seen.add(original);
      String message = original.getMessage();
      String redacted = redactor.redact(message);
      if (redacted != message) {
        changed[0] = true;
      }
      String name = original.getClass().getName();
      RedactedCause copy = new RedactedCause(redacted == null ? name : name + ": " + redacted);
      copy.setStackTrace(original.getStackTrace());
      Throwable cause = original.getCause();
      if (cause != null && !seen.contains(cause)) {
        copy.initCause(copy(cause, redactor, changed, seen));
      }
      for (Throwable suppressed : original.getSuppressed()) {
        if (!seen.contains(suppressed)) {
          copy.addSuppressed(copy(suppressed, redactor, changed, seen));
        }
      }
      return copy;
    }
  }
}
