package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.GITHUB_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.redactor.Redactor;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

final class RedactingRewritePolicyTest {
  private static final String CONFIG = "RedactingRewritePolicyTest.xml";

  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  private static Logger app() {
    return LogManager.getLogger("app");
  }

  @Test
  void masksTheMessageAndLeavesTheOriginalEventToOtherAppenders() {
    Log4jFixture.configure(CONFIG, out);

    app().info("Authorization: Bearer " + BEARER_TOKEN);
    app().info("token count 42, keyboard layout de");

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 2)).containsExactly(
        "INFO  app - Authorization: Bearer [REDACTED] {}",
        "INFO  app - token count 42, keyboard layout de {}");
    assertThat(Log4jFixture.awaitLines(out.resolve("raw.log"), 2)).containsExactly(
        "INFO  app - Authorization: Bearer " + BEARER_TOKEN + " {}",
        "INFO  app - token count 42, keyboard layout de {}");
  }

  @Test
  void masksParameters() {
    Log4jFixture.configure(CONFIG, out);

    app().info("user {} password={} token {}", "bob", PASSWORD, GITHUB_TOKEN);

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 1)).containsExactly(
        "INFO  app - user bob password=[REDACTED] token ghp_[REDACTED] {}");
  }

  @Test
  void keepsMapMessageAMapMessageWithMaskedValues() {
    Log4jFixture.configure(CONFIG, out);

    LogManager.getLogger("maps").info(new StringMapMessage().with("password", PASSWORD).with("user", "bob"));

    assertThat(Log4jFixture.awaitLines(out.resolve("maps.log"), 1)).containsExactly(
        "password=[REDACTED] user=bob | password=\"[REDACTED]\" user=\"bob\"");
  }

  @Test
  void masksThreadContextValuesBySensitiveKey() {
    Log4jFixture.configure(CONFIG, out);
    ThreadContext.put("password", PASSWORD);
    ThreadContext.put("auth", "Bearer " + BEARER_TOKEN);
    ThreadContext.put("user", "bob");

    app().info("checkout");

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 1)).containsExactly(
        "INFO  app - checkout {auth=Bearer [REDACTED], password=[REDACTED], user=bob}");
    assertThat(Log4jFixture.awaitLines(out.resolve("raw.log"), 1)).containsExactly(
        "INFO  app - checkout {auth=Bearer " + BEARER_TOKEN + ", password=" + PASSWORD + ", user=bob}");
  }

  @Test
  void masksExceptionMessageCauseAndSuppressedKeepingClassesAndFrames() {
    Log4jFixture.configure(CONFIG, out);
    IllegalStateException failure = new IllegalStateException("login failed for password=" + PASSWORD,
        new IOException("Authorization: Bearer " + BEARER_TOKEN));
    failure.addSuppressed(new IllegalArgumentException("token " + GITHUB_TOKEN));

    app().error("request failed", failure);

    String written = Log4jFixture.read(out.resolve("redacted.log"));
    assertThat(written).startsWith("ERROR app - request failed {}" + System.lineSeparator()
        + "java.lang.IllegalStateException: login failed for password=[REDACTED]"
        + System.lineSeparator() + "\tat io.redactor.log4j2.RedactingRewritePolicyTest."
        + "masksExceptionMessageCauseAndSuppressedKeepingClassesAndFrames(RedactingRewritePolicyTest.java:");
    assertThat(written)
        .contains("Suppressed: java.lang.IllegalArgumentException: token ghp_[REDACTED]")
        .contains("Caused by: java.io.IOException: Authorization: Bearer [REDACTED]")
        .doesNotContain(PASSWORD, BEARER_TOKEN, GITHUB_TOKEN.substring(4));
    assertThat(failure.getMessage()).endsWith(PASSWORD);
    assertThat(Log4jFixture.read(out.resolve("raw.log"))).contains(PASSWORD, BEARER_TOKEN);
  }

  @Test
  void masksExtraKeysAndKnownSecretsFromAttributesAndProperties() {
    Log4jFixture.configure(CONFIG, out);

    app().info("ssn=123-45-6789 phrase correct-horse-battery and tr0ub4dor-and-3");

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 1)).containsExactly(
        "INFO  app - ssn=[REDACTED] phrase [REDACTED] and [REDACTED] {}");
  }

  @Test
  void masksWhatSlf4jLogs() {
    Log4jFixture.configure(CONFIG, out);
    org.slf4j.Logger slf4j = LoggerFactory.getLogger("app");

    slf4j.info("calling with X-Api-Key: {}", "abc123");
    slf4j.warn("retrying {}", "https://api.example.com/v1?access_token=ya29.a0AfH6SMBx&page=2");

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 2)).containsExactly(
        "INFO  app - calling with X-Api-Key: [REDACTED] {}",
        "WARN  app - retrying https://api.example.com/v1?access_token=[REDACTED]&page=2 {}");
  }

  @Test
  void replacesAnEventItCannotRedactWithTheFailureMarkerAndReportsOnce() {
    Log4jFixture.configure(CONFIG, out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Logger failing = LogManager.getLogger("failing");
      failing.error("password=" + PASSWORD, new UnreadableException());
      failing.error("password=" + PASSWORD, new UnreadableException());
      failing.info("still logging");

      assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 3)).containsExactly(
          "ERROR failing - " + Redactor.FAILURE_MARKER + " {}",
          "ERROR failing - " + Redactor.FAILURE_MARKER + " {}",
          "INFO  failing - still logging {}");
      assertThat(errors.messages()).hasSize(1);
      assertThat(errors.messages().get(0)).contains("RedactingRewritePolicy", Redactor.FAILURE_MARKER);
    } finally {
      errors.unregister();
    }
  }

  @Test
  void reportsBadOptionsAndPassesOnlyTheFailureMarker() {
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Log4jFixture.configure("RedactingRewritePolicyTest-badOptions.xml", out);
      ThreadContext.put("password", PASSWORD);

      LogManager.getLogger("bad").error("password=" + PASSWORD,
          new IllegalStateException("Bearer " + BEARER_TOKEN));

      Log4jFixture.awaitLines(out.resolve("redacted.log"), 1);
      assertThat(Log4jFixture.read(out.resolve("redacted.log")))
          .isEqualTo("ERROR bad - " + Redactor.FAILURE_MARKER + " {}" + System.lineSeparator());
      assertThat(errors.messages()).anySatisfy(message -> assertThat(message)
          .contains("RedactingRewritePolicy", "'style'", "'shiny'", "plain", "label", "fingerprint"));
    } finally {
      errors.unregister();
    }
  }

  /** An exception whose message cannot be read. */
  private static final class UnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("unreadable");
    }
  }
}
