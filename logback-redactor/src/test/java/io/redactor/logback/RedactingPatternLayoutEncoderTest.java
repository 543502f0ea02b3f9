package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.MarkerFactory;
import org.slf4j.spi.MDCAdapter;

final class RedactingPatternLayoutEncoderTest {
  static final String BEARER = "abc123def456ghi789";

  @TempDir
  Path dir;

  @Test
  void masksBearerTokenWithTheUsualPattern() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "basic", dir);
    logback.logger("com.example.Billing").info("Authorization: Bearer {}", BEARER);

    String written = logback.file("app.log");

    assertThat(written).endsWith(
        " INFO  [" + Thread.currentThread().getName()
            + "] com.example.Billing - Authorization: Bearer [REDACTED]" + System.lineSeparator());
    assertThat(written).doesNotContain(BEARER);
  }

  @Test
  void masksAConstantMessageEveryTimeItIsLogged() {
    // The redaction of a message without arguments is remembered from its second use on.
    LogbackFixture logback = LogbackFixture.configure(getClass(), "parts", dir);
    Logger log = logback.logger("t");
    String constant = "retrying with password=hunter2";
    String clean = "retrying later";
    for (int call = 0; call < 3; call++) {
      log.info(constant);
      log.info(clean);
      log.info("retrying with password={}", "hunter" + call);
    }

    String once = lines(
        "INFO  t - retrying with password=[REDACTED] |  |  |  | ",
        "INFO  t - retrying later |  |  |  | ",
        "INFO  t - retrying with password=[REDACTED] |  |  |  | ");
    assertThat(logback.file("app.log")).isEqualTo(once + once + once);
  }

  @Test
  void masksMessageParametersMdcKeyValuesAndMarkers() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "parts", dir);
    Logger log = logback.logger("com.example.Billing");
    MDCAdapter mdc = logback.context.getMDCAdapter();

    log.info("login {} with password={}", "bob", "hunter2");
    mdc.put("password", "hunter2");
    log.info("charged");
    mdc.clear();
    log.atInfo()
        .addKeyValue("api_key", "abc123")
        .addKeyValue("user", "bob")
        .addMarker(MarkerFactory.getDetachedMarker("password=hunter2"))
        .log("fluent {}", "call");

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  com.example.Billing - login bob with password=[REDACTED] |  |  |  | ",
        "INFO  com.example.Billing - charged | password=[REDACTED] | [REDACTED] |  | ",
        "INFO  com.example.Billing - fluent call |  |  | api_key=\"[REDACTED]\" user=\"bob\""
            + " | password=[REDACTED]"));
  }

  @Test
  void masksThreadAndLoggerNames() throws InterruptedException {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "names", dir);
    Thread worker = new Thread(() -> {
      logback.logger("com.example.Db").info("connected");
      logback.logger("jdbc:postgresql://bob:secret@db.example.com/x").info("connected");
    }, "pool https://bob:secret@db.example.com/x");
    worker.start();
    worker.join();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  [pool https://bob:[REDACTED]@db.example.com/x] com.example.Db - connected",
        "INFO  [pool https://bob:[REDACTED]@db.example.com/x] "
            + "jdbc:postgresql://bob:[REDACTED]@db.example.com/x - connected"));
  }

  @Test
  void redactsBeforeTruncatingSoNoHalfSecretLeaks() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "truncation", dir);
    logback.logger("t").info("Authorization: Bearer " + BEARER + " sent");

    String written = logback.file("app.log");

    assertThat(written).isEqualTo(lines("Authorization: Bearer [REDACTE|arer [REDACTED] sent|"));
    assertThat(written).doesNotContain("abc123").doesNotContain("ghi789");
  }

  @Test
  void masksExceptionMessagesCausesAndSuppressed() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "exception", dir);
    logback.logger("t").error("call failed", failure());

    String written = logback.file("app.log");

    assertThat(written).startsWith(lines(
        "ERROR call failed",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer [REDACTED]"));
    assertThat(written)
        .contains(System.lineSeparator()
            + "Caused by: java.io.IOException: password=[REDACTED]" + System.lineSeparator())
        .contains("\tSuppressed: java.lang.RuntimeException: "
            + "cannot reach https://bob:[REDACTED]@db.example.com/x" + System.lineSeparator())
        .contains("common frames omitted")
        .contains("\tat io.redactor.logback.RedactingPatternLayoutEncoderTest.failure(")
        .doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void masksTheStackTraceLogbackAppendsOnItsOwnAndWritesItOnce() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "appended-exception", dir);
    logback.logger("t").error("call failed", failure());

    String written = logback.file("app.log");

    assertThat(written).startsWith(lines(
        "ERROR call failed",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer [REDACTED]"));
    assertThat(written.split("java.lang.IllegalStateException", -1)).hasSize(2);
    assertThat(written).contains("Caused by: java.io.IOException: password=[REDACTED]")
        .doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void masksRootCauseFirstStackTraces() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "root-cause-first", dir);
    logback.logger("t").error("call failed", failure());

    String written = logback.file("app.log");

    assertThat(written).startsWith(lines(
        "ERROR call failed", "java.io.IOException: password=[REDACTED]"));
    assertThat(written).contains(
        "Wrapped by: java.lang.IllegalStateException: "
            + "upstream said Authorization: Bearer [REDACTED]")
        .doesNotContain(BEARER).doesNotContain("hunter2");
  }

  @Test
  void masksWhatCustomConversionWordsAndCompositesPrint() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "custom-word", dir);
    logback.context.getMDCAdapter().put("token", "xyz789secret");
    logback.logger("t").info("password=hunter2");
    logback.context.getMDCAdapter().clear();

    String written = logback.file("app.log");

    assertThat(written)
        .startsWith("INFO  GET /callback?access_token=[REDACTED] - ")
        .contains("password=[REDACTED]")
        .doesNotContain("xyz789secret").doesNotContain("hunter2");
  }

  @Test
  void masksStackTracesOfThrowableWordsRegisteredByFrameworks() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "spring-style", dir);
    logback.logger("com.example.Billing").error("call failed", failure());

    String written = logback.file("app.log");

    assertThat(written).startsWith("ERROR \u001B[36mc.example.Billing   \u001B[0;39m : "
        + lines("call failed", "", "java.lang.IllegalStateException: "
            + "upstream said Authorization: Bearer [REDACTED]"));
    assertThat(written.split("java.lang.IllegalStateException", -1)).hasSize(2);
    assertThat(written).doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void keepsTheKeysThatPrefixNamesAndMasksItsOutput() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "prefix", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").info("hello");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.memory("MEMORY"))
        .isEqualTo(lines("INFO  password=[REDACTED] message=hello"));
    logback.close();
  }

  @Test
  void writesToAnOutputStreamAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "memory", dir);
    logback.logger("t").warn("retrying with X-Api-Key: abc123");

    assertThat(logback.memory("MEMORY"))
        .isEqualTo(lines("WARN  retrying with X-Api-Key: [REDACTED]"));
    logback.close();
  }

  @Test
  void masksThroughAnAsyncAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "async", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo().addKeyValue("access_token", "xyz")
        .log("token sk_live_{}", "RgxqXDqTASJmm66qZ7YoefhO");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  token sk_live_[REDACTED] | password=[REDACTED] | access_token=\"[REDACTED]\""));
  }

  @Test
  void acceptsTheOptionString() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "options", dir);
    logback.logger("t").info("using ghp_{}", "k7pW4iaSmA9u9ORzK7jOCZRRa8Ero32BdRat");

    assertThat(logback.file("app.log")).isEqualTo(lines("INFO  using ghp_[REDACTED:github-token]"));
  }

  @Test
  void acceptsNestedOptionElements() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "nested-options", dir);
    Logger log = logback.logger("t");
    log.info("ssn=123-45-6789 pin=4321");
    log.info("known correct-horse-battery");
    log.info("opened ticket=T-12345678");

    assertThat(logback.errors()).isEmpty();
    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  ssn=*** pin=***",
        "INFO  known ***",
        "INFO  opened ticket=***"));
  }

  @Test
  void refusesToStartOnABadOptionAndWritesNothing() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "bad-options", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.errors()).anySatisfy(error -> assertThat(error)
        .contains("RedactingPatternLayoutEncoder not started")
        .contains("'style'").contains("'loud'").contains("plain"));
    assertThat(logback.statuses(Status.WARN))
        .contains("RedactingPatternLayoutEncoder is not started (see the errors above): "
            + "events are dropped, not written");
    // Logback 1.5 starts an appender whose encoder did not start; the encoder writes nothing.
    assertThat(logback.context.getLogger("ROOT").getAppender("FILE").isStarted()).isTrue();
    assertThat(logback.file("app.log")).isEmpty();
  }

  @Test
  void refusesToStartOnABadNestedElement() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "bad-style", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.errors()).containsExactly(
        "RedactingPatternLayoutEncoder not started: Redactor option 'style' has invalid value "
            + "'loud': one of plain, label, fingerprint");
    assertThat(logback.file("app.log")).isEmpty();
  }

  @Test
  void failsClosedForOneEventAndGoesOn() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "failure", dir);
    Logger log = logback.logger("t");
    log.atInfo().addKeyValue("order", new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("toString failed");
      }
    }).log("charged");
    log.info("next password=hunter2");

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  charged | [REDACTION FAILED]",
        "INFO  next password=[REDACTED] | "));
    assertThat(logback.errors()).containsExactly(
        "Redaction of a logging event failed; [REDACTION FAILED] was written in place of its text"
            + " / java.lang.IllegalStateException: toString failed");
  }

  @Test
  void doesNotChangeCleanLines() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "parts", dir);
    AtomicReference<String> id = new AtomicReference<>("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    logback.logger("com.example.Tokens").info("token count {} for trace {}", 42, id.get());

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  com.example.Tokens - token count 42 for trace " + id.get() + " |  |  |  | "));
  }

  static Exception failure() {
    IllegalStateException failure = new IllegalStateException(
        "upstream said Authorization: Bearer " + BEARER, new IOException("password=hunter2"));
    failure.addSuppressed(new RuntimeException("cannot reach https://bob:secret@db.example.com/x"));
    return failure;
  }
}
