package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.MarkerFactory;

final class RedactingAppenderTest {
  static final String BEARER = RedactingPatternLayoutEncoderTest.BEARER;

  @TempDir
  Path dir;

  @Test
  void handsOnEventsWithMessageParametersMdcAndKeyValuesMasked() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "file", dir);
    Logger log = logback.logger("com.example.Billing");
    log.info("login {} with password={}", "bob", "hunter2");
    logback.context.getMDCAdapter().put("password", "hunter2");
    log.atInfo().addKeyValue("api_key", "abc123").addKeyValue("user", "bob")
        .log("Authorization: Bearer {}", BEARER);
    logback.context.getMDCAdapter().clear();

    String thread = Thread.currentThread().getName();
    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  [" + thread + "] com.example.Billing - login bob with password=[REDACTED] |  | ",
        "INFO  [" + thread + "] com.example.Billing - Authorization: Bearer [REDACTED]"
            + " | password=[REDACTED] | api_key=\"[REDACTED]\" user=\"bob\""));
  }

  @Test
  void handsOnThrowableChainsWithMessagesMasked() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "file", dir);
    logback.logger("t").error("call failed", RedactingPatternLayoutEncoderTest.failure());

    String written = logback.file("app.log");

    assertThat(written).startsWith(lines(
        "ERROR [" + Thread.currentThread().getName() + "] t - call failed |  | ",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer [REDACTED]")
        + "\tat io.redactor.logback.RedactingPatternLayoutEncoderTest.failure(");
    assertThat(written)
        .contains(lines("Caused by: java.io.IOException: password=[REDACTED]"))
        .contains("\tSuppressed: java.lang.RuntimeException: "
            + "cannot reach https://bob:[REDACTED]@db.example.com/x" + System.lineSeparator())
        .contains("common frames omitted")
        .doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void neverChangesTheEventThatOtherAppendersSee() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "two-appenders", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atWarn()
        .addKeyValue("api_key", "abc123")
        .addMarker(MarkerFactory.getMarker("AUDIT"))
        .setCause(RedactingPatternLayoutEncoderTest.failure())
        .log("login {} with password={}", "bob", "hunter2");
    logback.context.getMDCAdapter().clear();

    @SuppressWarnings("unchecked")
    ILoggingEvent original = ((List<ILoggingEvent>) logback.context
        .getObject(EventCapturingAppender.KEY + "EVENTS")).get(0);
    @SuppressWarnings("unchecked")
    ILoggingEvent copy = ((List<ILoggingEvent>) logback.context
        .getObject(EventCapturingAppender.KEY + "REDACTED_EVENTS")).get(0);

    assertThat(logback.memory("PLAIN")).startsWith(lines(
        "WARN  login bob with password=hunter2 | password=hunter2 | api_key=\"abc123\"",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer " + BEARER));
    assertThat(original.getFormattedMessage()).isEqualTo("login bob with password=hunter2");
    assertThat(original.getArgumentArray()).containsExactly("bob", "hunter2");
    assertThat(original.getMDCPropertyMap()).containsEntry("password", "hunter2");
    assertThat(original.getKeyValuePairs().get(0).value).isEqualTo("abc123");
    assertThat(original.getThrowableProxy().getMessage()).endsWith(BEARER);

    assertThat(logback.file("redacted.log")).startsWith(lines(
        "WARN  login bob with password=[REDACTED] | password=[REDACTED] | api_key=\"[REDACTED]\"",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer [REDACTED]"))
        .doesNotContain(BEARER).doesNotContain("hunter2");
    assertThat(copy.getMessage()).isEqualTo("login {} with password={}");
    assertThat(copy.getArgumentArray()).containsExactly("bob", "[REDACTED]");
    assertThat(copy.getFormattedMessage()).isEqualTo("login bob with password=[REDACTED]");
    assertThat(copy.getMDCPropertyMap()).containsExactly(
        java.util.Map.entry("password", "[REDACTED]"));
    assertThat(copy.getKeyValuePairs()).extracting(kvp -> kvp.key + "=" + kvp.value)
        .containsExactly("api_key=[REDACTED]");
    assertThat(copy.getMarkerList()).containsExactly(MarkerFactory.getMarker("AUDIT"));
    assertThat(copy.getLevel()).isEqualTo(original.getLevel());
    assertThat(copy.getTimeStamp()).isEqualTo(original.getTimeStamp());
    assertThat(copy.getSequenceNumber()).isEqualTo(original.getSequenceNumber());
    IThrowableProxy proxy = copy.getThrowableProxy();
    assertThat(proxy).isNotInstanceOf(ThrowableProxy.class);
    assertThat(proxy.getClassName()).isEqualTo("java.lang.IllegalStateException");
    assertThat(proxy.getMessage()).isEqualTo("upstream said Authorization: Bearer [REDACTED]");
    assertThat(proxy.getStackTraceElementProxyArray())
        .isEqualTo(original.getThrowableProxy().getStackTraceElementProxyArray());
    assertThat(proxy.getCause().getMessage()).isEqualTo("password=[REDACTED]");
    assertThat(proxy.getCause().getCommonFrames())
        .isEqualTo(original.getThrowableProxy().getCause().getCommonFrames());
    assertThat(proxy.getSuppressed()[0].getMessage())
        .isEqualTo("cannot reach https://bob:[REDACTED]@db.example.com/x");
  }

  @Test
  void handsOnAnEventWithNothingToMaskAsItIs() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "two-appenders", dir);
    logback.context.getMDCAdapter().put("user", "bob");
    logback.logger("t").atInfo().addKeyValue("attempt", 3).addKeyValue("ok", true)
        .log("login {} took {} ms ({})", "bob", 42L, 'x');
    logback.logger("t").atInfo().addKeyValue("api_key", "abc123").log("login {}", 7);
    logback.context.getMDCAdapter().clear();

    @SuppressWarnings("unchecked")
    List<ILoggingEvent> originals = (List<ILoggingEvent>) logback.context
        .getObject(EventCapturingAppender.KEY + "EVENTS");
    @SuppressWarnings("unchecked")
    List<ILoggingEvent> copies = (List<ILoggingEvent>) logback.context
        .getObject(EventCapturingAppender.KEY + "REDACTED_EVENTS");
    assertThat(copies.get(0)).isSameAs(originals.get(0));
    assertThat(copies.get(1)).isNotSameAs(originals.get(1));
    assertThat(copies.get(1).getKeyValuePairs()).extracting(kvp -> kvp.key + "=" + kvp.value)
        .containsExactly("api_key=[REDACTED]");
    assertThat(logback.file("redacted.log")).isEqualTo(lines(
        "INFO  login bob took 42 ms (x) | user=bob | attempt=\"3\" ok=\"true\"",
        "INFO  login 7 | user=bob | api_key=\"[REDACTED]\""));
  }

  @Test
  void handsOnTextThatLaterTruncationCannotCutIntoAHalfSecret() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "truncation", dir);
    logback.context.getMDCAdapter().put("password", "hunter2-and-more");
    logback.logger("t").info("Authorization: Bearer " + BEARER + " sent");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.memory("MEMORY"))
        .isEqualTo(lines("Authorization: Bearer [REDACTE|[REDACTED]|"));
    logback.close();
  }

  @Test
  void worksBehindAnAsyncAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "async", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo().addKeyValue("access_token", "xyz789")
        .log("token sk_live_{}", "RgxqXDqTASJmm66qZ7YoefhO");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  token sk_live_[REDACTED] | password=[REDACTED] | access_token=\"[REDACTED]\""));
  }

  @Test
  void feedsAnAsyncAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "async-behind", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo().addKeyValue("access_token", "xyz789")
        .log("token sk_live_{}", "RgxqXDqTASJmm66qZ7YoefhO");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  token sk_live_[REDACTED] | password=[REDACTED] | access_token=\"[REDACTED]\""));
  }

  @Test
  void feedsLogbacksJsonEncoderWithOptions() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    logback.context.getMDCAdapter().put("ssn", "123-45-6789");
    logback.logger("t").atInfo().addKeyValue("password", "hunter2")
        .log("using {}", "ghp_k7pW4iaSmA9u9ORzK7jOCZRRa8Ero32BdRat");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {\"ssn\":\"[REDACTED:sensitive-key]\"},"
            + "\"kvpList\": [{\"password\":\"[REDACTED:sensitive-key]\"}],\"message\":\"using {}\","
            + "\"formattedMessage\":\"using ghp_[REDACTED:github-token]\","
            + "\"arguments\": [\"ghp_[REDACTED:github-token]\"],\"throwable\":null}"));
  }

  @Test
  void refusesToStartOnABadNestedElement() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "bad-options", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.errors()).contains(
        "RedactingAppender not started: Redactor option 'rule' has invalid value "
            + "'no-colons-here': id:keyword:pattern, such as ticket:ticket=:T-[0-9]{8}");
    assertThat(logback.statuses(Status.WARN))
        .contains("Attempted to append to non started appender [REDACTED].");
    assertThat(logback.file("app.log")).isEmpty();
  }

  @Test
  void failsClosedForOneEventAndGoesOn() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "file", dir);
    Logger log = logback.logger("t");
    log.atInfo().addKeyValue("order", new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("toString failed");
      }
    }).log("charged");
    log.info("next password=hunter2");

    String thread = Thread.currentThread().getName();
    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  [[REDACTION FAILED]] t - [REDACTION FAILED] |  | ",
        "INFO  [" + thread + "] t - next password=[REDACTED] |  | "));
    assertThat(logback.errors()).containsExactly(
        "Redaction of a logging event failed; [REDACTION FAILED] was written in place of its text"
            + " / java.lang.IllegalStateException: toString failed");
  }
}
