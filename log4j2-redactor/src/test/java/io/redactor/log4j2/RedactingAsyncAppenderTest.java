package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** {@code <AsyncLogger>} in a mixed configuration, and the {@code <Async>} appender. */
final class RedactingAsyncAppenderTest {
  private static final String CONFIG = "RedactingAsyncAppenderTest.xml";

  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  @Test
  void redactsInPatternLayoutBehindAnAsyncLogger() {
    Log4jFixture.configure(CONFIG, out);
    ThreadContext.put("password", PASSWORD);

    LogManager.getLogger("async.logger").info("user {} password={}", "bob", PASSWORD);
    LoggerFactory.getLogger("async.logger").info("Authorization: Bearer {}", BEARER_TOKEN);

    assertThat(Log4jFixture.awaitLines(out.resolve("async-logger.log"), 2)).containsExactly(
        "INFO  async.logger - user bob password=[REDACTED] {password=[REDACTED]}",
        "INFO  async.logger - Authorization: Bearer [REDACTED] {password=[REDACTED]}");
  }

  @Test
  void redactsInRewriteBehindAnAsyncAppender() {
    Log4jFixture.configure(CONFIG, out);
    ThreadContext.put("password", PASSWORD);

    LogManager.getLogger("async.appender").info("user {} password={}", "bob", PASSWORD);
    LoggerFactory.getLogger("async.appender").error("failed",
        new IllegalStateException("Authorization: Bearer " + BEARER_TOKEN, new IOException("password=" + PASSWORD)));

    List<String> lines = Log4jFixture.awaitLines(out.resolve("async-appender.log"), 4);
    assertThat(lines.subList(0, 3)).containsExactly(
        "INFO  async.appender - user bob password=[REDACTED] {password=[REDACTED]}",
        "ERROR async.appender - failed {password=[REDACTED]}",
        "java.lang.IllegalStateException: Authorization: Bearer [REDACTED]");
    assertThat(lines).contains("Caused by: java.io.IOException: password=[REDACTED]");
    assertThat(String.join("\n", lines)).doesNotContain(PASSWORD, BEARER_TOKEN);
  }
}
