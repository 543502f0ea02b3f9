package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Wraps any encoder and redacts the bytes it produces: Logback's {@code JsonEncoder},
 * logstash-logback-encoder's {@code LogstashEncoder}, a pattern encoder.
 *
 * <pre>{@code
 * <appender name="JSON" class="ch.qos.logback.core.FileAppender">
 *   <file>app.json</file>
 *   <encoder class="io.redactor.logback.RedactingEncoder">
 *     <encoder class="ch.qos.logback.classic.encoder.JsonEncoder"/>
 *   </encoder>
 * </appender>
 * }</pre>
 *
 * <p>The encoded bytes are scanned as UTF-8 without being decoded; when nothing matched, the
 * nested encoder's own array is written, with no copy. Secrets inside JSON strings, where quotes
 * and slashes are escaped, are found too. Because it redacts finished text, a field the nested
 * encoder truncated may have lost part of a secret before this encoder sees it; the nested encoder
 * must write an ASCII-compatible charset (UTF-8, the default), or this encoder does not start.
 * An argument that is a secret only in the context of the message
 * ({@code log.info("password={}", "hunter2")}) is masked where an encoder writes arguments apart
 * from the message, as {@code JsonEncoder} does.
 *
 * <p>Options and nested elements are those of {@link RedactingPatternLayoutEncoder}. A bad value
 * is reported through Logback's status at start; the encoder then does not start and writes
 * nothing, so its appender drops every event rather than write one unredacted.
 */
public class RedactingEncoder extends EncoderBase<ILoggingEvent> {
  private static final byte[] NOTHING = new byte[0];

  private final Redaction redaction = new Redaction(this);
  private Encoder<ILoggingEvent> encoder;
  private volatile boolean droppedReported;

  /** Creates an encoder, configured through its setters. */
  public RedactingEncoder() {
    // JavaBean: configured by Joran through setters, validated in start().
  }

  /** The encoder whose output is redacted. */
  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  /** The encoder whose output is redacted. */
  public Encoder<ILoggingEvent> getEncoder() {
    return encoder;
  }

  /** The option string of the core library, such as {@code rules=-jwt; keys=ssn; style=label}. */
  public void setOptions(String options) {
    redaction.setOptions(options);
  }

  /** Turns a built-in rule off by id, such as {@code jwt}. */
  public void addDisable(String ruleId) {
    redaction.addDisable(ruleId);
  }

  /** Turns a rule on by id (after {@code rules=none} in the option string). */
  public void addEnable(String ruleId) {
    redaction.addEnable(ruleId);
  }

  /** Adds a sensitive key name, matched in every case style, such as {@code ssn}. */
  public void addSensitiveKey(String name) {
    redaction.addSensitiveKey(name);
  }

  /** Adds a custom rule written {@code id:keyword:pattern}. */
  public void addRule(String rule) {
    redaction.addRule(rule);
  }

  /** Adds a known secret value, masked wherever it appears. */
  public void addSecret(String value) {
    redaction.addSecret(value);
  }

  /** Adds a value that is never masked. */
  public void addAllow(String value) {
    redaction.addAllow(value);
  }

  /** Adds a pattern; a secret it matches in full is never masked. */
  public void addAllowPattern(String pattern) {
    redaction.addAllowPattern(pattern);
  }

  /** Whether values of environment variables with sensitive names are known secrets. */
  public void setEnvSecrets(boolean envSecrets) {
    redaction.setEnvSecrets(envSecrets);
  }

  /** The text written in place of a secret; {@code [REDACTED]} by default. */
  public void setMask(String mask) {
    redaction.setMask(mask);
  }

  /** {@code plain}, {@code label} or {@code fingerprint}. */
  public void setStyle(String style) {
    redaction.setStyle(style);
  }

  /** The key of {@code style=fingerprint}. */
  public void setFingerprintKey(String key) {
    redaction.setFingerprintKey(key);
  }

  @Override
  public void start() {
    if (!redaction.supportsThisLogback()) {
      return;
    }
    if (encoder == null) {
      addError(getClass().getSimpleName()
          + " not started: it needs a nested <encoder class=\"...\">");
      return;
    }
    if (!encoder.isStarted()) {
      addError(getClass().getSimpleName() + " not started: its nested encoder "
          + encoder.getClass().getName() + " did not start");
      return;
    }
    if (encoder instanceof LayoutWrappingEncoder) {
      Charset charset = ((LayoutWrappingEncoder<ILoggingEvent>) encoder).getCharset();
      if (charset != null && !asciiCompatible(charset)) {
        addError(getClass().getSimpleName() + " not started: its nested encoder writes "
            + charset.name() + "; allowed: an ASCII-compatible charset such as UTF-8");
        return;
      }
    }
    if (!redaction.start()) {
      return;
    }
    super.start();
  }

  private static boolean asciiCompatible(Charset charset) {
    String probe = "Bearer az:=\"{}";
    return Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public void stop() {
    if (encoder != null) {
      encoder.stop();
    }
    super.stop();
  }

  @Override
  public byte[] headerBytes() {
    return isStarted() ? redaction.redact(null, encoder.headerBytes()) : NOTHING;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    if (!isStarted()) {
      if (!droppedReported) {
        droppedReported = true;
        addWarn(getClass().getSimpleName()
            + " is not started (see the errors above): events are dropped, not written");
      }
      return NOTHING;
    }
    try {
      byte[] encoded = encoder.encode(argumentsSafe(event));
      return encoded == null ? null : redaction.redact(event, encoded);
    } catch (RuntimeException e) {
      redaction.failed(event, e);
      return Redaction.FAILURE_LINE.clone();
    }
  }

  /**
   * Encoders that write the arguments apart from the message ({@code JsonEncoder} does) would
   * print {@code hunter2} of {@code log.info("password={}", "hunter2")} with nothing around it to
   * tell that it is a secret. When the formatted message holds a secret, the nested encoder is
   * given a redacted copy of the event instead, whose arguments that were part of it are masked.
   */
  private ILoggingEvent argumentsSafe(ILoggingEvent event) {
    Object[] arguments = event.getArgumentArray();
    if (arguments == null || arguments.length == 0) {
      return event;
    }
    String formatted = event.getFormattedMessage();
    if (redaction.redactor().redact(formatted) == formatted) {
      return event;
    }
    return new RedactedLoggingEvent(event, redaction, redaction.mask());
  }

  @Override
  public byte[] footerBytes() {
    return isStarted() ? redaction.redact(null, encoder.footerBytes()) : NOTHING;
  }
}
