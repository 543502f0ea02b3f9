package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.DB_URL_PASSWORD;
import static io.redactor.log4j2.Secrets.GITHUB_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.redactor.Redactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.util.StringBuilderFormattable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

final class RedactingPatternConverterTest {
  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  private static Logger logger(String name) {
    return LogManager.getLogger(name);
  }

  @Test
  void masksBearerTokenInMessage() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);

    logger("app").info("Authorization: Bearer " + BEARER_TOKEN);
    logger("app").info("token count 42 for user 3f2b9c1e-7d4a-4e0b-9a51-2f0c8d6e1b37");

    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 2)).containsExactly(
        "INFO  app - Authorization: Bearer [REDACTED]",
        "INFO  app - token count 42 for user 3f2b9c1e-7d4a-4e0b-9a51-2f0c8d6e1b37");
  }

  @Test
  void masksAConstantMessageEveryTimeItIsLogged() {
    // The redaction of a message without arguments is remembered from its second use on.
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);
    String constant = "retrying with password=hunter2";
    for (int call = 0; call < 3; call++) {
      logger("app").info(constant);
      logger("app").info("retrying later");
      logger("app").info("retrying with password={}", "hunter" + call);
    }

    String[] once = {
        "INFO  app - retrying with password=[REDACTED]",
        "INFO  app - retrying later",
        "INFO  app - retrying with password=[REDACTED]"};
    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 9))
        .containsExactly(concat(once, once, once));
  }

  private static String[] concat(String[]... parts) {
    return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
  }

  @Test
  void masksSecretsPassedAsParameters() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);

    logger("app").info("user {} logged in with password={} to {}", "bob", PASSWORD,
        "https://bob:" + DB_URL_PASSWORD + "@db.example.com/x");

    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 1)).containsExactly(
        "INFO  app - user bob logged in with password=[REDACTED] to"
            + " https://bob:[REDACTED]@db.example.com/x");
  }

  @Test
  void masksBearerTokenInsideEscapedJson() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);

    logger("app").info("body {\\\"password\\\":\\\"" + PASSWORD + "\\\",\\\"user\\\":\\\"bob\\\"}");
    logger("app").info("body {\"password\":\"" + PASSWORD + "\"}");

    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 2)).containsExactly(
        "INFO  app - body {\\\"password\\\":\\\"[REDACTED]\\\",\\\"user\\\":\\\"bob\\\"}",
        "INFO  app - body {\"password\":\"[REDACTED]\"}");
  }

  @Test
  void masksMapMessageValues() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);

    logger("app").info(new StringMapMessage().with("password", PASSWORD).with("user", "bob"));

    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 1)).containsExactly(
        "INFO  app - password=\"[REDACTED]\" user=\"bob\"");
  }

  @Test
  void masksThreadContextRenderedInsideTheSubPattern() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);
    ThreadContext.put("password", PASSWORD);
    ThreadContext.put("user", "bob");

    logger("context").info("checkout");

    assertThat(Log4jFixture.awaitLines(out.resolve("context.log"), 1)).containsExactly(
        "[{password=[REDACTED], user=bob}] checkout");
  }

  @Test
  void masksExceptionMessageCauseAndSuppressedAndWritesTheStackTraceOnce() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);
    IllegalStateException failure = new IllegalStateException("login failed for password=" + PASSWORD,
        new IOException("Authorization: Bearer " + BEARER_TOKEN));
    failure.addSuppressed(new IllegalArgumentException("token " + GITHUB_TOKEN));

    logger("stacks").error("request failed", failure);

    String written = Log4jFixture.read(out.resolve("stacks.log"));
    assertThat(written).startsWith("ERROR stacks - request failed" + System.lineSeparator()
        + "java.lang.IllegalStateException: login failed for password=[REDACTED]"
        + System.lineSeparator() + "\tat io.redactor.log4j2.RedactingPatternConverterTest.");
    assertThat(written)
        .contains("Suppressed: java.lang.IllegalArgumentException: token ghp_[REDACTED]")
        .contains("Caused by: java.io.IOException: Authorization: Bearer [REDACTED]")
        .doesNotContain(PASSWORD, BEARER_TOKEN, GITHUB_TOKEN.substring(4));
    assertThat(written.split("java.lang.IllegalStateException", -1)).hasSize(2);
  }

  @Test
  void writesMaskLabelsWhenAskedInTheOptions() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);

    logger("labels").info("token " + GITHUB_TOKEN);

    assertThat(Log4jFixture.awaitLines(out.resolve("labels.log"), 1)).containsExactly(
        "token ghp_[REDACTED:github-token]");
  }

  @Test
  void masksWhatSlf4jLogs() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);
    org.slf4j.Logger slf4j = LoggerFactory.getLogger("app");

    slf4j.info("calling with X-Api-Key: {}", "abc123");
    slf4j.info("user={} password={}", "bob", PASSWORD);

    assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 2)).containsExactly(
        "INFO  app - calling with X-Api-Key: [REDACTED]",
        "INFO  app - user=bob password=[REDACTED]");
  }

  @Test
  void writesTheFailureMarkerForAnEventItCannotRenderAndReportsOnce() {
    Log4jFixture.configure("RedactingPatternConverterTest.xml", out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      logger("app").info(new BrokenMessage());
      logger("app").info(new BrokenMessage());
      logger("app").info("still logging");

      assertThat(Log4jFixture.awaitLines(out.resolve("messages.log"), 3)).containsExactly(
          "INFO  app - " + Redactor.FAILURE_MARKER,
          "INFO  app - " + Redactor.FAILURE_MARKER,
          "INFO  app - still logging");
      assertThat(errors.messages()).hasSize(1);
      assertThat(errors.messages().get(0)).contains("%redact", Redactor.FAILURE_MARKER);
    } finally {
      errors.unregister();
    }
  }

  @Test
  void reportsBadOptionsAndWritesOnlyTheFailureMarker() {
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Log4jFixture.configure("RedactingPatternConverterTest-badOptions.xml", out);

      logger("bad").error("password=" + PASSWORD, new IllegalStateException("Bearer " + BEARER_TOKEN));

      Log4jFixture.awaitLines(out.resolve("messages.log"), 1);
      assertThat(Log4jFixture.read(out.resolve("messages.log")))
          .isEqualTo("ERROR bad - " + Redactor.FAILURE_MARKER + System.lineSeparator());
      assertThat(errors.messages()).anySatisfy(message -> assertThat(message)
          .contains("%redact", "'style'", "'shiny'", "plain", "label", "fingerprint"));
    } finally {
      errors.unregister();
    }
  }

  /**
   * A message whose rendering into the layout's buffer fails half-way, after it wrote a secret, as
   * a message with a broken {@code formatTo} would.
   */
  private static final class BrokenMessage implements Message, StringBuilderFormattable {
    private static final long serialVersionUID = 1L;

    @Override
    public void formatTo(StringBuilder buffer) {
      buffer.append("password=").append(PASSWORD);
      throw new IllegalStateException("cannot render");
    }

    @Override
    public String getFormattedMessage() {
      return "broken";
    }

    @Override
    @SuppressWarnings("deprecation") // still part of the interface
    public String getFormat() {
      return "broken";
    }

    @Override
    public Object[] getParameters() {
      return null;
    }

    @Override
    public Throwable getThrowable() {
      return null;
    }
  }
}
