package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.redactor.Faults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;

/**
 * Something fails while an event is written: a redaction rule, a nested encoder, a custom
 * conversion word, an appender behind {@link RedactingAppender}. Each time the failing event is
 * written with the failure marker (or, for an appender, reported by Logback), the events around it
 * are written as usual, one status error names the cause, and no secret reaches the output or the
 * status messages.
 */
final class FaultInjectionTest {
  /** Where the injected rule throws. */
  static final String TRIGGER = "BOOM";
  static final String FAILED =
      "Redaction of a logging event failed; [REDACTION FAILED] was written in place of its text";
  /** How a cause whose message quoted a secret is reported: a copy, every message redacted. */
  static final String REDACTED_CAUSE = "io.redactor.logback.Redaction$RedactedCause";

  @TempDir
  Path dir;

  /** What the injected rule throws. */
  enum Fault {
    RUNTIME_EXCEPTION(new IllegalStateException("rule failed")),
    OUT_OF_MEMORY_ERROR(new OutOfMemoryError("rule ran out of memory")),
    STACK_OVERFLOW_ERROR(new StackOverflowError("rule recursed too deep"));

    final Throwable failure;

    Fault(Throwable failure) {
      this.failure = failure;
    }

    Faults.Injected inject() {
      return failure instanceof Error
          ? Faults.errorOn(TRIGGER, (Error) failure)
          : Faults.throwOn(TRIGGER, (RuntimeException) failure);
    }

    /** The status error reported for each event the rule failed on. */
    String status() {
      return FAILED + " / " + failure;
    }
  }

  /** Two events the injected rule fails on, each carrying secrets, between healthy ones. */
  private static void logAroundTwoFaults(Logger log) {
    log.info("before password=hunter2");
    log.atInfo().addKeyValue("api_key", "abc123").log(TRIGGER + " charged, password=hunter2");
    log.info("between password=hunter2");
    log.atInfo().addKeyValue("api_key", "abc123").log(TRIGGER + " again, password=hunter2");
    log.info("after password=hunter2");
  }

  /** Configures {@code scenario} with {@code fault} injected, then logs around two faults. */
  private LogbackFixture logTwoFaults(Fault fault, String scenario) {
    try (Faults.Injected injected = fault.inject()) {
      LogbackFixture logback = LogbackFixture.configure(getClass(), scenario, dir);
      logAroundTwoFaults(logback.logger("t"));
      return logback;
    }
  }

  /** One status error per failed event, naming the fault, and no secret in any status. */
  private static void assertFailedTwice(LogbackFixture logback, Fault fault) {
    assertThat(logback.errors()).containsExactly(fault.status(), fault.status());
    assertNoSecretIn(logback.statusReport());
  }

  /** Three events, the second of which fails on {@code trigger}; all carry a secret. */
  private static void logAroundOneFault(Logger log, String trigger) {
    log.info("before password=hunter2");
    log.info(trigger + " order, password=hunter2");
    log.info("after password=hunter2");
  }

  private static void assertNoSecretIn(String text) {
    assertThat(text).doesNotContain("hunter2").doesNotContain("abc123");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void patternEncoderMarksThePartAFailingRuleScanned(Fault fault) {
    LogbackFixture logback = logTwoFaults(fault, "pattern-encoder");
    String written = logback.file("app.log");

    assertThat(written).isEqualTo(lines(
        "INFO  t - before password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED] | api_key=\"[REDACTED]\"",
        "INFO  t - between password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED] | api_key=\"[REDACTED]\"",
        "INFO  t - after password=[REDACTED] | "));
    assertFailedTwice(logback, fault);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void encoderWritesAMarkerLineWhenAFailingRuleScannedTheJson(Fault fault) {
    LogbackFixture logback = logTwoFaults(fault, "json-encoder");
    String written = logback.file("app.json");

    assertThat(written).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\","
            + "\"message\":\"before password=[REDACTED]\"}",
        "[REDACTION FAILED]",
        "{\"level\":\"INFO\",\"loggerName\":\"t\","
            + "\"message\":\"between password=[REDACTED]\"}",
        "[REDACTION FAILED]",
        "{\"level\":\"INFO\",\"loggerName\":\"t\","
            + "\"message\":\"after password=[REDACTED]\"}"));
    assertFailedTwice(logback, fault);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void converterMarksItsSubPatternWhenAFailingRuleScannedIt(Fault fault) {
    LogbackFixture logback = logTwoFaults(fault, "converter");
    String written = logback.file("app.log");

    assertThat(written).isEqualTo(lines(
        "INFO  t - before password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED]",
        "INFO  t - between password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED]",
        "INFO  t - after password=[REDACTED] | "));
    assertFailedTwice(logback, fault);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void appenderPassesOnAMarkedCopyWhenAFailingRuleScannedTheEvent(Fault fault) {
    LogbackFixture logback = logTwoFaults(fault, "appender");
    List<String> delivered = logback.delivered("BROKEN");
    String written = logback.file("app.log");

    assertThat(written).isEqualTo(lines(
        "INFO  t - before password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED] | api_key=\"[REDACTED]\"",
        "INFO  t - between password=[REDACTED] | ",
        "INFO  t - [REDACTION FAILED] | api_key=\"[REDACTED]\"",
        "INFO  t - after password=[REDACTED] | "));
    assertThat(delivered).containsExactly(
        "before password=[REDACTED]", "[REDACTION FAILED]", "between password=[REDACTED]",
        "[REDACTION FAILED]", "after password=[REDACTED]");
    assertFailedTwice(logback, fault);
  }

  @Test
  void encoderWritesAMarkerLineWhenItsNestedEncoderThrows() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "throwing-encoder", dir);
    logAroundOneFault(logback.logger("t"), ThrowingEncoder.TRIGGER);

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO before password=[REDACTED]",
        "[REDACTION FAILED]",
        "INFO after password=[REDACTED]"));
    // The nested encoder's exception quoted the event in its cause: the status carries the
    // exception and its cause redacted.
    assertThat(logback.errors()).containsExactly(FAILED + " / " + REDACTED_CAUSE
        + ": java.lang.IllegalStateException: cannot encode an event");
    assertThat(logback.statusReport()).contains("Caused by: " + REDACTED_CAUSE
        + ": java.lang.IllegalArgumentException: unexpected unencodable order, "
        + "password=[REDACTED]");
    assertNoSecretIn(logback.statusReport());
  }

  @Test
  void patternEncoderMarksACustomWordThatThrows() {
    assertCustomWordFault("throwing-word",
        "INFO  [REDACTION FAILED] - unrenderable order, password=[REDACTED]");
  }

  @Test
  void converterMarksItsSubPatternWhenACustomWordInsideThrows() {
    assertCustomWordFault("throwing-word-in-redact", "INFO  [REDACTION FAILED]");
  }

  /** Logs around a fault of {@link ThrowingConverter}; expects {@code failedLine} for it. */
  private void assertCustomWordFault(String scenario, String failedLine) {
    LogbackFixture logback = LogbackFixture.configure(getClass(), scenario, dir);
    Logger log = logback.logger("t");
    logback.context.getMDCAdapter().put("order", "o-17");
    logAroundOneFault(log, ThrowingConverter.TRIGGER);
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  order=o-17 - before password=[REDACTED]",
        failedLine,
        "INFO  order=o-17 - after password=[REDACTED]"));
    assertThat(logback.errors()).containsExactly(FAILED + " / " + REDACTED_CAUSE
        + ": java.lang.IllegalStateException: cannot render the order of unrenderable order, "
        + "password=[REDACTED]");
    assertNoSecretIn(logback.statusReport());
  }

  @Test
  void appenderStillFeedsItsHealthyAppenderWhenAnotherThrows() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "appender", dir);
    Logger log = logback.logger("t");
    logAroundOneFault(log, ThrowingAppender.TRIGGER);
    log.atInfo().addKeyValue("api_key", "abc123").log(ThrowingAppender.TRIGGER + " again");
    List<String> delivered = logback.delivered("BROKEN");

    assertThat(logback.file("app.log")).isEqualTo(lines(
        "INFO  t - before password=[REDACTED] | ",
        "INFO  t - undeliverable order, password=[REDACTED] | ",
        "INFO  t - after password=[REDACTED] | ",
        "INFO  t - undeliverable again | api_key=\"[REDACTED]\""));
    assertThat(delivered).containsExactly(
        "before password=[REDACTED]", "after password=[REDACTED]");
    // Logback reports the failing appender; what it quoted was the redacted copy.
    assertThat(logback.errors()).containsExactly(
        "Appender [BROKEN] failed to append. / java.lang.IllegalStateException: "
            + "cannot deliver undeliverable order, password=[REDACTED]",
        "Appender [BROKEN] failed to append. / java.lang.IllegalStateException: "
            + "cannot deliver undeliverable again");
    assertNoSecretIn(logback.statusReport());
  }
}
