package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.PatternLayoutEncoderBase;
import java.nio.charset.Charset;

/**
 * A drop-in replacement for Logback's {@code PatternLayoutEncoder}: same {@code <pattern>}, and
 * everything it writes is redacted, the stack trace included.
 *
 * <pre>{@code
 * <appender name="FILE" class="ch.qos.logback.core.FileAppender">
 *   <file>app.log</file>
 *   <encoder class="io.redactor.logback.RedactingPatternLayoutEncoder">
 *     <pattern>%d %-5level [%thread] %logger{36} - %msg%n</pattern>
 *     <options>keys=ssn,pin; style=label</options>   <!-- optional -->
 *   </encoder>
 * </appender>
 * }</pre>
 *
 * <p>Each part of the pattern that can carry event data is redacted on its own before its padding
 * or truncation applies: the message and its arguments ({@code %msg}), {@code %mdc} and
 * {@code %X{key}}, {@code %kvp}, {@code %marker}, {@code %logger}, {@code %thread}, caller data,
 * words added with {@code <conversionRule>}, and the stack trace, whether the pattern names it
 * ({@code %ex}, {@code %xEx}, {@code %rEx}...) or Logback appends it on its own. Literal text,
 * dates, levels and counters are never scanned, which keeps the cost of a clean event close to
 * the plain encoder's.
 *
 * <p>Options: {@link #setOptions(String) options} takes the option string of the core library;
 * the nested elements {@code <disable>}, {@code <enable>}, {@code <sensitiveKey>}, {@code <rule>},
 * {@code <secret>}, {@code <allow>}, {@code <allowPattern>}, {@code <envSecrets>}, {@code <mask>},
 * {@code <style>} and {@code <fingerprintKey>} add to it. A bad value is reported through Logback's
 * status at start, naming the option, the value and what is allowed; the encoder then does not
 * start and writes nothing, so the appender it belongs to drops every event rather than write one
 * unredacted.
 */
public class RedactingPatternLayoutEncoder extends PatternLayoutEncoderBase<ILoggingEvent> {
  private static final byte[] NOTHING = new byte[0];

  private final Redaction redaction = new Redaction(this);
  private volatile boolean droppedReported;

  /** Creates an encoder, configured through its setters. */
  public RedactingPatternLayoutEncoder() {
    // JavaBean: configured by Joran through setters, validated in start().
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
    if (!redaction.start()) {
      return;
    }
    RedactingPatternLayout patternLayout = new RedactingPatternLayout(redaction);
    patternLayout.setContext(context);
    patternLayout.setPattern(getPattern());
    patternLayout.setOutputPatternAsHeader(outputPatternAsHeader);
    patternLayout.start();
    if (!patternLayout.isStarted()) {
      addError(getClass().getSimpleName() + " not started: its pattern \"" + getPattern()
          + "\" did not compile");
      return;
    }
    this.layout = patternLayout;
    super.start();
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
      String text = layout.doLayout(event);
      Charset charset = getCharset();
      return charset == null ? text.getBytes() : text.getBytes(charset);
    } catch (RuntimeException e) {
      redaction.failed(event, e);
      return Redaction.FAILURE_LINE.clone();
    }
  }

  @Override
  public byte[] headerBytes() {
    return isStarted() ? super.headerBytes() : NOTHING;
  }

  @Override
  public byte[] footerBytes() {
    return isStarted() ? super.footerBytes() : NOTHING;
  }
}
