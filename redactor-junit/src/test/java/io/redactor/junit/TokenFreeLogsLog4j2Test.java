package io.redactor.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.filter.Filterable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs real test classes, configured by the {@code log4j2.xml} files named after this test and
 * logging through the Log4j API, through the JUnit Platform. Runs without Logback on the class
 * path (the {@code log4j2-only} Surefire execution).
 */
final class TokenFreeLogsLog4j2Test {

  @AfterEach
  void quiet() {
    Log4j2Config.reset();
  }

  @Test
  void failsATestThatLogsACanaryThroughAPlainPatternLayout() {
    Throwable failure = Kit.onlyFailure(Kit.run(PlainLayout.class));

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule github-token, appender Plain, logger app.checkout: "
            + "INFO  app.checkout [{}] - calling GitHub with [REDACTED]")
        .hasMessageContaining("rule bearer-token, appender Plain, logger app.checkout: "
            + "INFO  app.checkout [{session=Bearer [REDACTED]}] - request accepted")
        .hasMessageContaining("rule stripe-key, appender Plain, logger app.checkout: "
            + "Caused by: java.lang.IllegalArgumentException: Stripe refused key [REDACTED]")
        .hasMessageContaining("rule canary:password, appender Plain, logger app.checkout: "
            + "INFO  app.checkout [{}] - user bob chose [REDACTED]");
    assertThat(((Filterable) PlainLayout.appender).getFilter()).isNull();
  }

  @Test
  void passesTheSameTestWithTheRedactConverter() {
    Kit.assertAllPassed(Kit.run(RedactConverter.class), 1);
  }

  @Test
  void passesTheSameTestWithTheRewritePolicy() {
    Kit.assertAllPassed(Kit.run(RewritePolicy.class), 1);
  }

  @Test
  void leavesWhatTheAppenderWritesUnchanged() throws IOException {
    Path file = Path.of(System.getProperty("redactor.out"), "TokenFreeLogsLog4j2Test-plain.log");
    Exception failure = new IllegalStateException("outer", new RuntimeException("inner"));
    Log4j2Config.load("TokenFreeLogsLog4j2Test-plain.xml");
    logEveryKind(failure);
    String withoutCapture = Files.readString(file);

    // Log4j keeps the file manager, and so the file, across the reconfiguration.
    Log4j2Config.load("TokenFreeLogsLog4j2Test-plain.xml");
    int before = Files.readString(file).length();
    try (LogCapture logs = LogCapture.start()) {
      logEveryKind(failure);
      assertThat(String.join("\n", logs.lines()) + "\n").isEqualTo(withoutCapture);
    }
    String withCapture = Files.readString(file).substring(before);

    assertThat(withCapture).isEqualTo(withoutCapture).contains("Caused by: ");
  }

  @Test
  void needsNoLogbackWhenItIsAbsent() {
    Log4j2Config.load("TokenFreeLogsLog4j2Test-plain.xml");
    try (LogCapture logs = LogCapture.start()) {
      LogManager.getLogger("app.alone").info("hello");
      assertThat(logs.lines()).containsExactly("INFO  app.alone [{}] - hello");
    }
    if ("log4j2-only".equals(System.getProperty("redactor.test.classpath"))) {
      assertThatThrownBy(() -> Class.forName("ch.qos.logback.classic.LoggerContext"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  private static void logEveryKind(Exception failure) {
    Logger log = LogManager.getLogger("app.same");
    ThreadContext.put("trace", "abc");
    try {
      log.info("plain line with password=hunter22");
      log.error("failed", failure);
    } finally {
      ThreadContext.clearMap();
    }
  }

  /** Logs a canary of every kind the layouts must redact: message, context map and cause. */
  static void logSecrets(Canaries canaries) {
    Logger log = LogManager.getLogger("app.checkout");
    log.info("calling GitHub with {}", canaries.githubToken());
    ThreadContext.put("session", "Bearer " + canaries.bearerToken());
    try {
      log.info("request accepted");
    } finally {
      ThreadContext.remove("session");
    }
    Exception cause = new IllegalArgumentException("Stripe refused key " + canaries.stripeKey());
    log.error("payment failed", new IllegalStateException("retries exhausted", cause));
    log.info("user bob chose password={}", canaries.password());
  }

  // The test classes below run through the test kit only (Surefire skips nested classes).

  @TokenFreeLogs
  static final class PlainLayout {
    static Appender appender;

    @BeforeAll
    static void configure() {
      appender = Log4j2Config.load("TokenFreeLogsLog4j2Test-plain.xml").getConfiguration()
          .getAppender("Plain");
    }

    @Test
    void checksOut(Canaries canaries) {
      logSecrets(canaries);
      LogManager.getLogger("app.checkout").info("user bob chose {}", canaries.password());
    }
  }

  @TokenFreeLogs
  static final class RedactConverter {
    @BeforeAll
    static void configure() {
      Log4j2Config.load("TokenFreeLogsLog4j2Test-redact.xml");
    }

    @Test
    void checksOut(Canaries canaries, LogCapture logs) {
      logSecrets(canaries);

      assertThat(logs.lines("Redacted"))
          .contains("INFO  app.checkout - [{}] calling GitHub with ghp_[REDACTED]",
              "INFO  app.checkout - [{session=Bearer [REDACTED]}] request accepted",
              "INFO  app.checkout - [{}] user bob chose password=[REDACTED]");
    }
  }

  @TokenFreeLogs
  static final class RewritePolicy {
    @BeforeAll
    static void configure() {
      Log4j2Config.load("TokenFreeLogsLog4j2Test-rewrite.xml");
    }

    @Test
    void checksOut(Canaries canaries, LogCapture logs) {
      logSecrets(canaries);

      assertThat(logs.appenderNames()).containsExactly("Redacted");
      assertThat(logs.lines("Redacted"))
          .contains("INFO  app.checkout [{}] - calling GitHub with ghp_[REDACTED]",
              "INFO  app.checkout [{session=Bearer [REDACTED]}] - request accepted",
              "INFO  app.checkout [{}] - user bob chose password=[REDACTED]");
    }
  }
}
