package io.redactor.logback;

import io.redactor.StressEvents;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * Many threads logging through {@link RedactingPatternLayoutEncoder}, directly and behind an
 * {@code AsyncAppender}: no secret written, no event lost or written twice, no warning in the
 * status manager. Not part of the default build; run with
 * {@code mvn -B -pl logback-redactor -Pstress test} (size: see {@link StressEvents}).
 */
@Tag("stress")
final class RedactingStressTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sync", "async"})
  void writesEveryEventOnceAndNoSecret(String scenario) throws InterruptedException {
    LogbackFixture logback = LogbackFixture.configure(getClass(), scenario, dir);
    Logger log = logback.logger("stress");

    long start = System.nanoTime();
    StressEvents.run((thread, seq, text) -> log.info("t={} s={} {}", thread, seq, text));
    logback.close();
    long millis = (System.nanoTime() - start) / 1_000_000;

    StressEvents.Report report = StressEvents.check(dir.resolve("stress.log"), "INFO ");
    System.out.printf("logback %s: %d threads x %d events in %d ms: %s%n",
        scenario, StressEvents.THREADS, StressEvents.EVENTS, millis, report);
    assertThat(report.examples).isEmpty();
    assertThat(report.lines).isEqualTo((long) StressEvents.THREADS * StressEvents.EVENTS);
    assertThat(report.redacted).isEqualTo(StressEvents.plantedCount());
    assertThat(report.leaked + report.lost + report.duplicated + report.malformed).isZero();
    assertThat(logback.statuses(Status.WARN)).isEmpty();
  }
}
