package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.GITHUB_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLogger;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every logger asynchronous ({@code AsyncLoggerContextSelector}, LMAX Disruptor): run by its own
 * surefire execution, which sets the selector.
 */
final class RedactingAsyncLoggerContextTest {
  @TempDir
  Path out;

  @Test
  void redactsEventsOfAsyncLoggersInPatternAndRewrite() {
    LoggerContext context = Log4jFixture.configure("RedactingAsyncLoggerContextTest.xml", out);
    assertThat(context).isInstanceOf(AsyncLoggerContext.class);
    assertThat(LogManager.getLogger("app")).isInstanceOf(AsyncLogger.class);

    ThreadContext.put("password", PASSWORD);
    try {
      LogManager.getLogger("app").info("Authorization: Bearer {}", BEARER_TOKEN);
    } finally {
      ThreadContext.clearAll();
    }
    LoggerFactory.getLogger("app").warn("token {}", GITHUB_TOKEN);
    LogManager.getLogger("app").error("failed", new IllegalStateException("password=" + PASSWORD,
        new IOException("Bearer " + BEARER_TOKEN)));

    // Stopping drains the ring buffer: the stack traces are then written in full.
    context.stop();
    for (String file : new String[] {"pattern.log", "rewritten.log"}) {
      List<String> lines = Log4jFixture.readLines(out.resolve(file));
      assertThat(lines.subList(0, 4)).as(file).containsExactly(
          "INFO  app - Authorization: Bearer [REDACTED] {password=[REDACTED]}",
          "WARN  app - token ghp_[REDACTED] {}",
          "ERROR app - failed {}",
          "java.lang.IllegalStateException: password=[REDACTED]");
      assertThat(lines).as(file).contains("Caused by: java.io.IOException: Bearer [REDACTED]");
      assertThat(String.join("\n", lines)).as(file)
          .doesNotContain(PASSWORD, BEARER_TOKEN, GITHUB_TOKEN.substring(4));
    }
  }
}
