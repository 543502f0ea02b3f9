package io.redactor.log4j2;

import io.redactor.StressEvents;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many threads logging through an {@code <AsyncLogger>} into {@code %redact{}}, and through a
 * blocking {@code <Async>} appender into {@link RedactingRewritePolicy}: no secret written, no event
 * lost or written twice, no warning from the status logger. Not part of the default build; run with
 * {@code mvn -B -pl log4j2-redactor -Pstress test} (size: see {@link StressEvents}).
 */
@Tag("stress")
final class RedactingStressTest {
  @TempDir
  Path out;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"async-logger", "async-appender"})
  void writesEveryEventOnceAndNoSecret(String scenario) throws InterruptedException {
    Run run = run(scenario);

    assertThat(run.report.examples).isEmpty();
    assertThat(run.report.lines).isEqualTo((long) StressEvents.THREADS * StressEvents.EVENTS);
    assertThat(run.report.redacted).isEqualTo(StressEvents.plantedCount());
    assertThat(run.report.leaked + run.report.lost + run.report.duplicated + run.report.malformed)
        .isZero();
    assertThat(run.warnings).isEmpty();
  }

  /**
   * The {@code <AsyncLogger>} run with a plain {@code %msg}: no Redactor plugin in the path, so
   * events lost here are lost by Log4j itself. Secrets are written on purpose.
   */
  @Test
  void asyncLoggerWritesEveryEventOnceWithoutRedactorToo() throws InterruptedException {
    Run run = run("async-logger-plain");

    assertThat(run.report.lost).as("lost").isZero();
    assertThat(run.report.duplicated).as("duplicated").isZero();
    assertThat(run.report.leaked).isEqualTo(StressEvents.plantedCount());
    assertThat(run.warnings).isEmpty();
  }

  private Run run(String scenario) throws InterruptedException {
    LoggerContext context = Log4jFixture.configure("RedactingStressTest-" + scenario + ".xml", out);
    // Registered after configuring: the fixture's first, default configuration warns by design.
    StatusWarnings warnings = new StatusWarnings();
    StatusLogger.getLogger().registerListener(warnings);
    try {
      Logger log = context.getLogger("stress");
      long start = System.nanoTime();
      StressEvents.run((thread, seq, text) -> log.info("t={} s={} {}", thread, seq, text));
      // Drains the ring buffer or queue, then flushes and closes the file.
      assertThat(context.stop(5, TimeUnit.MINUTES)).as("stopped in time").isTrue();
      long millis = (System.nanoTime() - start) / 1_000_000;

      StressEvents.Report report = StressEvents.check(out.resolve("stress.log"), "INFO ");
      System.out.printf("log4j2 %s: %d threads x %d events in %d ms: %s%n",
          scenario, StressEvents.THREADS, StressEvents.EVENTS, millis, report);
      return new Run(report, warnings.messages());
    } finally {
      StatusLogger.getLogger().removeListener(warnings);
    }
  }

  private static final class Run {
    final StressEvents.Report report;
    final List<String> warnings;

    Run(StressEvents.Report report, List<String> warnings) {
      this.report = report;
      this.warnings = warnings;
    }
  }

  /** Every WARN or ERROR the status logger reports while registered. */
  private static final class StatusWarnings implements StatusListener {
    private final List<String> messages = new ArrayList<>();

    @Override
    public synchronized void log(StatusData data) {
      if (data.getLevel().isMoreSpecificThan(Level.WARN)) {
        messages.add(data.getLevel() + " " + data.getMessage().getFormattedMessage()
            + (data.getThrowable() == null ? "" : " / " + data.getThrowable()));
      }
    }

    @Override
    public Level getStatusLevel() {
      return Level.WARN;
    }

    synchronized List<String> messages() {
      return new ArrayList<>(messages);
    }

    @Override
    public void close() {
      // Called back by the status logger on removal: nothing to release.
    }
  }
}
