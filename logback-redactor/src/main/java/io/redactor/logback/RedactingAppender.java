package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.Iterator;

/**
 * Hands the appenders it wraps a redacted copy of each event, for appenders that read events
 * rather than encoded text: error trackers, {@code DBAppender}, {@code SMTPAppender}, an
 * {@code AsyncAppender} chain.
 *
 * <pre>{@code
 * <appender name="REDACTED" class="io.redactor.logback.RedactingAppender">
 *   <appender-ref ref="SENTRY"/>
 *   <sensitiveKey>ssn</sensitiveKey>   <!-- optional -->
 * </appender>
 * <root level="INFO">
 *   <appender-ref ref="REDACTED"/>
 * </root>
 * }</pre>
 *
 * <p>The copy carries the formatted message, the message pattern and the arguments, the MDC, the
 * key-value pairs, the thread and logger names, and the throwable proxy chain (causes and
 * suppressed throwables, frames kept) with every text redacted. The original event is never
 * changed, so other appenders on the same logger still see it as it was. An event without a
 * throwable whose texts hold nothing to mask, as most are, is handed on as it is: no copy.
 * Markers, caller data and the logger context's properties are passed on as they are, and so is
 * nothing else: the copy holds no reference to the original {@link Throwable}.
 *
 * <p>Options and nested elements are those of {@link RedactingPatternLayoutEncoder}. A bad value
 * is reported through Logback's status at start; the appender then does not start, and Logback
 * drops the events sent to it (with a status warning), so the wrapped appenders receive none.
 */
public class RedactingAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
    implements AppenderAttachable<ILoggingEvent> {
  private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
  private final Redaction redaction = new Redaction(this);

  /** Creates an appender, configured through its setters. */
  public RedactingAppender() {
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
    if (!appenders.iteratorForAppenders().hasNext()) {
      addError(getClass().getSimpleName() + " [" + name
          + "] not started: it needs at least one <appender-ref>");
      return;
    }
    if (redaction.start()) {
      super.start();
    }
  }

  /** Stops this appender and the appenders it wraps, even when it never started. */
  @Override
  public void stop() {
    super.stop();
    appenders.detachAndStopAllAppenders();
  }

  @Override
  protected void append(ILoggingEvent event) {
    ILoggingEvent copy;
    try {
      copy = RedactedLoggingEvent.of(event, redaction, redaction.mask());
    } catch (RuntimeException e) {
      redaction.failed(event, e);
      copy = RedactedLoggingEvent.failed(event);
    }
    appenders.appendLoopOnAppenders(copy);
  }

  @Override
  public void addAppender(Appender<ILoggingEvent> appender) {
    appenders.addAppender(appender);
  }

  @Override
  public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
    return appenders.iteratorForAppenders();
  }

  @Override
  public Appender<ILoggingEvent> getAppender(String appenderName) {
    return appenders.getAppender(appenderName);
  }

  @Override
  public boolean isAttached(Appender<ILoggingEvent> appender) {
    return appenders.isAttached(appender);
  }

  @Override
  public void detachAndStopAllAppenders() {
    appenders.detachAndStopAllAppenders();
  }

  @Override
  public boolean detachAppender(Appender<ILoggingEvent> appender) {
    return appenders.detachAppender(appender);
  }

  @Override
  public boolean detachAppender(String appenderName) {
    return appenders.detachAppender(appenderName);
  }
}
