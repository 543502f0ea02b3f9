package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

final class RedactingConverterTest {
  static final String BEARER = RedactingPatternLayoutEncoderTest.BEARER;

  @TempDir
  Path dir;

  @Test
  void masksTheMessageAndItsParameters() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "msg", dir);
    Logger log = logback.logger("t");
    log.info("Authorization: Bearer {}", BEARER);
    log.info("login {} with password={}", "bob", "hunter2");
    log.info("token count {}", 42);

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  Authorization: Bearer [REDACTED]",
        "INFO  login bob with password=[REDACTED]",
        "INFO  token count 42"));
  }

  @Test
  void masksMdcKeyValuesAndTheStackTraceInsideItAndWritesOneStackTrace() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "with-exception", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atError()
        .addKeyValue("access_token", "xyz")
        .setCause(RedactingPatternLayoutEncoderTest.failure())
        .log("call failed");
    logback.context.getMDCAdapter().clear();

    String written = logback.file("app.log");

    assertThat(written).startsWith(lines(
        "ERROR call failed | password=[REDACTED] | access_token=\"[REDACTED]\"",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer [REDACTED]"));
    assertThat(written.split("java.lang.IllegalStateException", -1)).hasSize(2);
    assertThat(written)
        .contains("Caused by: java.io.IOException: password=[REDACTED]")
        .contains("Suppressed: java.lang.RuntimeException: "
            + "cannot reach https://bob:[REDACTED]@db.example.com/x")
        .contains("common frames omitted")
        .doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void leavesTheStackTraceLogbackAppendsOutsideUnredacted() {
    // Documented limit: without %ex inside %redact(...), Logback appends its own, plain one.
    LogbackFixture logback = LogbackFixture.configure(getClass(), "appended-exception", dir);
    logback.logger("t").error("call failed", RedactingPatternLayoutEncoderTest.failure());

    assertThat(logback.file("app.log")).startsWith(lines(
        "ERROR call failed",
        "java.lang.IllegalStateException: upstream said Authorization: Bearer " + BEARER));
  }

  @Test
  void truncationOutsideAppliesToRedactedText() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "truncation", dir);
    logback.logger("t").info("Authorization: Bearer " + BEARER + " sent");

    assertThat(logback.file("app.log")).isEqualTo(lines("INFO  Authorization: Bearer [REDACTE|"));
  }

  @Test
  void masksThroughAnAsyncAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "async", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo().addKeyValue("access_token", "xyz789")
        .log("token sk_live_{}", "RgxqXDqTASJmm66qZ7YoefhO");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  token sk_live_[REDACTED] | password=[REDACTED] | access_token=\"[REDACTED]\""));
  }

  @Test
  void acceptsTheOptionStringInBraces() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "options", dir);
    logback.logger("t").info("using ghp_{}", "k7pW4iaSmA9u9ORzK7jOCZRRa8Ero32BdRat");

    assertThat(logback.file("app.log")).isEqualTo(lines("INFO  using ghp_[REDACTED:github-token]"));
  }

  @Test
  void joinsOptionsThatLogbackSplitAtCommas() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "comma-options", dir);
    Logger log = logback.logger("t");
    log.info("ssn=123-45-6789 pin=4321 key AKIAIOSFODNN7EXAMPLE");

    assertThat(logback.errors()).isEmpty();
    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  ssn=[REDACTED] pin=[REDACTED] key AKIAIOSFODNN7EXAMPLE"));
  }

  @Test
  void readsACompositeDirectlyFollowedByPercentAsLiteralText() {
    // Logback's parser: %redact(%msg)%n prints a literal "%n"; {} or a space in between fixes it.
    LogbackFixture literal = LogbackFixture.configure(getClass(), "literal-n", dir.resolve("a"));
    literal.logger("t").info("password=hunter2");
    LogbackFixture space = LogbackFixture.configure(getClass(), "space", dir.resolve("b"));
    space.logger("t").info("password=hunter2");

    assertThat(literal.file("app.log")).isEqualTo("INFO  password=[REDACTED]%n");
    assertThat(space.file("app.log")).isEqualTo(lines("INFO  password=[REDACTED] "));
  }

  @Test
  void takesAQuotedOptionHoldingBraces() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "quoted-rule", dir);
    logback.logger("t").info("opened ticket=T-12345678 for password=hunter2");

    assertThat(logback.errors()).isEmpty();
    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  opened ticket=[REDACTED] for password=[REDACTED]"));
  }

  @Test
  void endsTheLineInsideTheSubPattern() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "newline-inside", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.file("app.log")).isEqualTo(lines("INFO  password=[REDACTED]"));
  }

  @Test
  void writesTheMarkerWhenItsOptionsAreBad() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "bad-options", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.errors()).anySatisfy(error -> assertThat(error)
        .contains("RedactingConverter not started")
        .contains("'style'").contains("'loud'").contains("plain"));
    assertThat(logback.file("app.log")).isEqualTo(lines("INFO  [REDACTION FAILED]"));
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
        "INFO  [REDACTION FAILED]",
        "INFO  next password=[REDACTED] | "));
    assertThat(logback.errors()).containsExactly(
        "Redaction of a logging event failed; [REDACTION FAILED] was written in place of its text"
            + " / java.lang.IllegalStateException: toString failed");
  }
}
