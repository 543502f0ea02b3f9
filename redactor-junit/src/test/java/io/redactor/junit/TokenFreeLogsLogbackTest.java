package io.redactor.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import com.sun.net.httpserver.HttpServer;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs real test classes, configured by the {@code logback.xml} files named after this test,
 * through the JUnit Platform and checks their outcomes.
 */
final class TokenFreeLogsLogbackTest {
  /** A GitHub token of the core's corpus, valid checksum included. */
  static final String FIXTURE = "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";
  static final String PLAIN = "TokenFreeLogsLogbackTest-plain.xml";
  static final String REDACTING = "TokenFreeLogsLogbackTest-redacting.xml";

  @AfterEach
  void quiet() {
    LogbackConfig.reset();
  }

  @Test
  void failsATestThatLogsACanaryThroughAPlainPatternLayoutEncoder() {
    Throwable failure = Kit.onlyFailure(Kit.run(CanaryThroughPlainEncoder.class));

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("rule github-token, appender FILE, logger app.checkout: "
            + "INFO  app.checkout [] [] - calling GitHub with [REDACTED]")
        .hasMessageContaining("rule canary:github-token, appender FILE, logger app.checkout");
    assertThat(failure.getMessage()).doesNotContain(CanaryThroughPlainEncoder.planted);
  }

  @Test
  void passesTheSameTestWithRedactingPatternLayoutEncoder() {
    Kit.assertAllPassed(Kit.run(CanaryThroughRedactingEncoder.class), 1);
  }

  @Test
  void catchesACanaryThatNoRuleKnows() {
    Throwable failure = Kit.onlyFailure(Kit.run(PasswordCanaryInPlainText.class));

    assertThat(failure).hasMessageStartingWith("1 secret found in the log output")
        .hasMessageContaining("rule canary:password, appender FILE, logger app.signup: "
            + "INFO  app.signup [] [] - user bob chose [REDACTED] as a new passphrase");
  }

  @Test
  void catchesALeakThroughTheMdc() {
    Throwable failure = Kit.onlyFailure(Kit.run(LeakThroughMdc.class));

    assertThat(failure)
        .hasMessageContaining("rule bearer-token, appender FILE, logger app.session: "
            + "INFO  app.session [session=Bearer [REDACTED]] [] - request accepted")
        .hasMessageContaining("rule canary:bearer-token");
  }

  @Test
  void catchesALeakThroughKeyValuePairs() {
    Throwable failure = Kit.onlyFailure(Kit.run(LeakThroughKeyValues.class));

    assertThat(failure)
        .hasMessageContaining("rule sensitive-key, appender FILE, logger app.clients: "
            + "INFO  app.clients [] [api_key=\"[REDACTED]\"] - created client")
        .hasMessageContaining("rule canary:api-key");
  }

  @Test
  void catchesALeakInACausesMessage() {
    Throwable failure = Kit.onlyFailure(Kit.run(LeakInCause.class));

    assertThat(failure)
        .hasMessageContaining("rule stripe-key, appender FILE, logger app.payments: "
            + "Caused by: java.lang.IllegalArgumentException: Stripe refused key [REDACTED]")
        .hasMessageContaining("rule canary:stripe-key");
  }

  @Test
  void catchesALeakThroughTheWireLoggerOfApacheHttpClient() {
    Throwable failure = Kit.onlyFailure(Kit.run(WireLoggerLeak.class));

    assertThat(failure)
        .hasMessageContaining("rule authorization-header, appender HTTP, "
            + "logger org.apache.hc.client5.http.wire: DEBUG org.apache.hc.client5.http.wire - "
            + "http-outgoing-")
        .hasMessageContaining(" >> \"Authorization: Bearer [REDACTED][\\r][\\n]\"")
        .hasMessageContaining("rule canary:bearer-token, appender HTTP");
  }

  @Test
  void passesTheWireLoggerBehindRedactingPatternLayoutEncoder() {
    Kit.assertAllPassed(Kit.run(WireLoggerRedacted.class), 1);
  }

  @Test
  void hooksAppendersConfiguredInBeforeEach() {
    Throwable failure = Kit.onlyFailure(Kit.run(ConfiguredInBeforeEach.class));

    assertThat(failure).hasMessageContaining("rule canary:password, appender FILE, logger app.late");
  }

  @Test
  void passesAnAllowedFixture() {
    Kit.assertAllPassed(Kit.run(AllowedFixture.class), 2);
  }

  @Test
  void failsTheSameFixtureWhenItIsNotAllowed() {
    Throwable failure = Kit.onlyFailure(Kit.run(UnallowedFixture.class));

    assertThat(failure).hasMessageContaining("rule github-token, appender FILE, logger app.docs: "
        + "INFO  app.docs [] [] - sample token ghp_[REDACTED]");
  }

  @Test
  void refusesToAllowWithoutAReason() {
    Throwable failure = Kit.onlyFailure(Kit.run(AllowedWithoutReason.class));

    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("gives no reason");
  }

  @Test
  void restoresTheEncoderAfterAFailingTest() {
    Kit.onlyFailure(Kit.run(CanaryThroughPlainEncoder.class));

    assertThat(fileAppender().getEncoder()).isExactlyInstanceOf(PatternLayoutEncoder.class);
  }

  @Test
  void restoresARedactingEncoderAfterAPassingTest() {
    Kit.assertAllPassed(Kit.run(CanaryThroughRedactingEncoder.class), 1);

    assertThat(fileAppender().getEncoder())
        .isExactlyInstanceOf(RedactingPatternLayoutEncoder.class);
  }

  @Test
  void leavesWhatTheAppenderWritesUnchanged() throws IOException {
    Path file = Path.of(System.getProperty("redactor.out"), "TokenFreeLogsLogbackTest-plain.log");
    Exception failure = new IllegalStateException("outer", new RuntimeException("inner"));
    LogbackConfig.load(PLAIN);
    logEveryKind(LoggerFactory.getLogger("app.same"), failure);
    String withoutCapture = Files.readString(file);

    LogbackConfig.load(PLAIN);
    try (LogCapture logs = LogCapture.start()) {
      logEveryKind(LoggerFactory.getLogger("app.same"), failure);
      assertThat(String.join("\n", logs.lines()) + "\n").isEqualTo(withoutCapture);
    }
    String withCapture = Files.readString(file);

    assertThat(withCapture).isEqualTo(withoutCapture).contains("Caused by: ");
  }

  @Test
  void capturesProgrammaticallyWithoutTheAnnotation() {
    LogbackConfig.load(PLAIN);
    String token;
    try (LogCapture logs = LogCapture.start()) {
      token = logs.canaries().githubToken();
      LoggerFactory.getLogger("app.manual").info("token {}", token);

      assertThat(logs.appenderNames()).containsExactly("FILE");
      assertThat(logs.lines("FILE")).containsExactly("INFO  app.manual [] [] - token " + token);
      assertThat(logs.lines("OTHER")).isEmpty();
      assertThat(logs.leaks()).extracting(Leak::ruleId)
          .containsExactly("github-token", "canary:github-token");
      assertThatThrownBy(logs::assertTokenFree).isInstanceOf(AssertionError.class)
          .hasMessageContaining("rule github-token, appender FILE, logger app.manual: "
              + "INFO  app.manual [] [] - token [REDACTED]");
      assertThatThrownBy(() -> logs.assertRedacted("github-token"))
          .hasMessageContaining("found in the log output by rule github-token");
      logs.assertRedacted("jwt");
      assertThatThrownBy(() -> logs.assertNotLogged(token)).hasMessageNotContaining(token);
      logs.assertNotLogged("never written");
      assertThatThrownBy(() -> logs.assertRedacted("no-such-rule"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("github-token");
    }

    assertThat(fileAppender().getEncoder()).isExactlyInstanceOf(PatternLayoutEncoder.class);
  }

  @Test
  void allowsValuesAndRulesWithAReason() {
    LogbackConfig.load(PLAIN);
    try (LogCapture logs = LogCapture.start()) {
      Logger log = LoggerFactory.getLogger("app.manual");
      log.info("sample {}", FIXTURE);
      log.info("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
          + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
      assertThat(logs.leaks()).hasSize(2);

      logs.allowValue(FIXTURE, "public fixture of the core corpus")
          .allowRule("jwt", "the sample JWT of the docs");

      logs.assertTokenFree();
      assertThatThrownBy(() -> logs.allowValue("x", " "))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    }
  }

  @Test
  void keepsTheCaptureOfEachTestItsOwnUnderParallelExecution() {
    LogbackConfig.load(REDACTING);
    EngineExecutionResults results = Kit.run(Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"),
        ConcurrentAnnotatedTests.class, ConcurrentUnannotatedTests.class);

    Kit.assertAllPassed(results, 8);
  }

  @Test
  void refusesCapturesOfTwoThreadsAtOnce() {
    OverlappingCaptures.firstOpen = new CountDownLatch(1);
    OverlappingCaptures.secondTried = new CountDownLatch(1);

    EngineExecutionResults results = Kit.run(Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
        OverlappingCaptures.class);

    Kit.assertAllPassed(results, 2);
  }

  @Test
  void needsNoLog4j2WhenItIsAbsent() {
    LogbackConfig.load(PLAIN);
    try (LogCapture logs = LogCapture.start()) {
      LoggerFactory.getLogger("app.alone").info("hello");
      assertThat(logs.lines()).containsExactly("INFO  app.alone [] [] - hello");
    }
    if ("logback-only".equals(System.getProperty("redactor.test.classpath"))) {
      assertThatThrownBy(() -> Class.forName("org.apache.logging.log4j.core.LoggerContext"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  private static OutputStreamAppender<?> fileAppender() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    return (OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
  }

  private static void logEveryKind(Logger log, Exception failure) {
    MDC.put("trace", "abc");
    try {
      log.info("plain line with password=hunter22");
      log.atWarn().addKeyValue("user", "bob").log("with a pair");
      log.error("failed", failure);
    } finally {
      MDC.clear();
    }
  }

  // The test classes below run through the test kit only (Surefire skips nested classes).

  @TokenFreeLogs
  static final class CanaryThroughPlainEncoder {
    static volatile String planted;

    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void callsGitHub(Canaries canaries) {
      planted = canaries.githubToken();
      LoggerFactory.getLogger("app.checkout").info("calling GitHub with {}", planted);
    }
  }

  @TokenFreeLogs
  static final class CanaryThroughRedactingEncoder {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(REDACTING);
    }

    @Test
    void callsGitHub(Canaries canaries, LogCapture logs) {
      LoggerFactory.getLogger("app.checkout").info("calling GitHub with {}",
          canaries.githubToken());

      assertThat(logs.lines("FILE"))
          .containsExactly("INFO  app.checkout [] [] - calling GitHub with ghp_[REDACTED]");
    }
  }

  @TokenFreeLogs
  static final class PasswordCanaryInPlainText {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void signsUp(Canaries canaries) {
      LoggerFactory.getLogger("app.signup")
          .info("user bob chose {} as a new passphrase", canaries.password());
    }
  }

  @TokenFreeLogs
  static final class ConfiguredInBeforeEach {
    @BeforeEach
    void configure() {
      LogbackConfig.load(PLAIN);
    }

    @RepeatedTest(1)
    void logsLate(Canaries canaries) {
      LoggerFactory.getLogger("app.late").info("chose {}", canaries.password());
    }
  }

  @TokenFreeLogs
  static final class LeakThroughMdc {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void acceptsARequest(Canaries canaries) {
      MDC.put("session", "Bearer " + canaries.bearerToken());
      try {
        LoggerFactory.getLogger("app.session").info("request accepted");
      } finally {
        MDC.remove("session");
      }
    }
  }

  @TokenFreeLogs
  static final class LeakThroughKeyValues {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void createsAClient(Canaries canaries) {
      LoggerFactory.getLogger("app.clients").atInfo()
          .addKeyValue("api_key", canaries.apiKey()).log("created client");
    }
  }

  @TokenFreeLogs
  static final class LeakInCause {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void failsAPayment(Canaries canaries) {
      Exception cause = new IllegalArgumentException("Stripe refused key " + canaries.stripeKey());
      LoggerFactory.getLogger("app.payments")
          .error("payment failed", new IllegalStateException("retries exhausted", cause));
    }
  }

  /** Sends a request with a canary bearer token to a loopback server. */
  abstract static class HttpClientWire {
    private static HttpServer server;

    @BeforeAll
    static void startServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
    }

    @AfterAll
    static void stopServer() {
      server.stop(0);
    }

    @Test
    void callsTheApi(Canaries canaries) throws IOException {
      try (CloseableHttpClient client = HttpClients.createDefault()) {
        HttpGet get = new HttpGet(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/orders");
        get.addHeader("Authorization", "Bearer " + canaries.bearerToken());
        String body = client.execute(get, response -> EntityUtils.toString(response.getEntity()));
        assertThat(body).isEqualTo("ok");
      }
    }
  }

  @TokenFreeLogs
  static final class WireLoggerLeak extends HttpClientWire {
    @BeforeAll
    static void configure() {
      LogbackConfig.load("TokenFreeLogsLogbackTest-wire.xml");
    }
  }

  @TokenFreeLogs
  static final class WireLoggerRedacted extends HttpClientWire {
    @BeforeAll
    static void configure() {
      LogbackConfig.load("TokenFreeLogsLogbackTest-wire-redacting.xml");
    }
  }

  @TokenFreeLogs(allowValues = FIXTURE, reason = "public fixture of the core corpus")
  static final class AllowedFixture {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void logsTheDocsSample() {
      LoggerFactory.getLogger("app.docs").info("sample token {}", FIXTURE);
    }

    @Test
    @TokenFreeLogs(allowRules = "jwt", reason = "the sample JWT of the docs")
    void logsTheSampleJwt() {
      LoggerFactory.getLogger("app.docs").info("sample eyJhbGciOiJIUzI1NiJ9"
          + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
    }
  }

  @TokenFreeLogs
  static final class UnallowedFixture {
    @BeforeAll
    static void configure() {
      LogbackConfig.load(PLAIN);
    }

    @Test
    void logsTheDocsSample() {
      LoggerFactory.getLogger("app.docs").info("sample token {}", FIXTURE);
    }
  }

  @TokenFreeLogs(allowValues = FIXTURE)
  static final class AllowedWithoutReason {
    @Test
    void logsNothing() {
    }
  }

  @TokenFreeLogs
  static final class ConcurrentAnnotatedTests {
    @Test
    void first(LogCapture logs) throws InterruptedException {
      logAndCheck("first", logs);
    }

    @Test
    void second(LogCapture logs) throws InterruptedException {
      logAndCheck("second", logs);
    }

    @Test
    void third(LogCapture logs) throws InterruptedException {
      logAndCheck("third", logs);
    }

    @Test
    void fourth(LogCapture logs) throws InterruptedException {
      logAndCheck("fourth", logs);
    }

    private static void logAndCheck(String name, LogCapture logs) throws InterruptedException {
      Logger log = LoggerFactory.getLogger("parallel." + name);
      for (int i = 0; i < 10; i++) {
        log.info("step {}", i);
        Thread.sleep(2);
      }
      List<String> lines = logs.lines();
      assertThat(lines).hasSize(10).allMatch(line -> line.contains(" parallel." + name + " "));
    }
  }

  static final class ConcurrentUnannotatedTests {
    @Test
    void noiseOne() throws InterruptedException {
      noise();
    }

    @Test
    void noiseTwo() throws InterruptedException {
      noise();
    }

    @Test
    void noiseThree() throws InterruptedException {
      noise();
    }

    @Test
    void noiseFour() throws InterruptedException {
      noise();
    }

    private static void noise() throws InterruptedException {
      Logger log = LoggerFactory.getLogger("parallel.noise");
      for (int i = 0; i < 10; i++) {
        log.info("noise {}", i);
        Thread.sleep(2);
      }
    }
  }

  static final class OverlappingCaptures {
    static CountDownLatch firstOpen;
    static CountDownLatch secondTried;

    @Test
    void first() throws InterruptedException {
      LogCapture logs = LogCapture.start();
      try {
        firstOpen.countDown();
        assertThat(secondTried.await(20, TimeUnit.SECONDS)).isTrue();
      } finally {
        logs.close();
      }
    }

    @Test
    void second() throws InterruptedException {
      assertThat(firstOpen.await(20, TimeUnit.SECONDS)).isTrue();
      try {
        assertThatThrownBy(LogCapture::start).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is still open")
            .hasMessageContaining("@TokenFreeLogs");
      } finally {
        secondTried.countDown();
      }
    }
  }
}
