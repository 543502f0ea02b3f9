package io.redactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log4j reloading a changed redaction configuration ({@code monitorInterval}) while threads log
 * events that carry secrets, through {@code %redact} and through {@link RedactingRewritePolicy}:
 * no event is written unredacted during the switch, each is written once, whole, redacted under
 * the configuration before or after it, and none is lost.
 *
 * <p>Log4j 2.25 looks for a changed file only on its configuration scheduler's thread, every
 * {@code monitorInterval} seconds, by comparing the file's last-modified time with the one it
 * saw; a change starts a reconfiguration on a thread of its own, which starts the new
 * configuration before it stops the old one.
 */
final class ConfigurationReloadTest {
  private static final String TEMPLATE = "ConfigurationReloadTest.xml";
  private static final int THREADS = 4;
  private static final int RELOADS = 4;
  /** Events logged under each version before the next rewrite. */
  private static final long EVENTS_PER_VERSION = 5_000;
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final Pattern NUMBERS = Pattern.compile("t=(\\d{1,9}) s=(\\d{1,9}) ");

  @TempDir
  Path out;

  @Test
  void writesEveryEventOnceAndRedactedWhileTheConfigurationReloads() throws Exception {
    String template = template();
    Path config = out.resolve("log4j2.xml");
    Files.writeString(config, template, StandardCharsets.UTF_8);
    LoggerContext context = Log4jFixture.configure(config.toUri(), out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    Logging logging = new Logging(context.getLogger("reload"));
    long[] reloadMillis = new long[RELOADS];
    try {
      logging.start();
      awaitLogged(logging, EVENTS_PER_VERSION);
      for (int version = 1; version <= RELOADS; version++) {
        Configuration before = context.getConfiguration();
        rewrite(config, template.replace("MASK-0", "MASK-" + version));
        long rewritten = System.nanoTime();
        await("reconfiguration to version " + version, () -> context.getConfiguration() != before);
        reloadMillis[version - 1] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - rewritten);
        awaitLogged(logging, EVENTS_PER_VERSION);
      }
    } finally {
      logging.stop();
      // Stops the file monitor too, before the temporary folder goes.
      context.stop(10, TimeUnit.SECONDS);
      errors.unregister();
    }

    assertThat(logging.failures).isEmpty();
    long[] logged = logging.counts();
    Check pattern = Check.of(out.resolve("pattern.log"), logged);
    Check rewritten = Check.of(out.resolve("rewritten.log"), logged);
    System.out.printf("log4j2 reload: %d threads, %d events, %d reloads (in effect %s ms after"
        + " each rewrite); %%redact: %s; rewrite policy: %s%n", THREADS, Arrays.stream(logged).sum(),
        RELOADS, Arrays.toString(reloadMillis), pattern, rewritten);
    for (Check check : List.of(pattern, rewritten)) {
      assertThat(check.malformed).as("lines not written whole and redacted").isEmpty();
      assertThat(check.leaked).as("lines holding their event's secret").isZero();
      assertThat(check.lost).as("events lost").isZero();
      assertThat(check.duplicated).as("events written twice").isZero();
      assertThat(check.backwards).as("events under an older configuration than an earlier event")
          .isZero();
      assertThat(check.perVersion).as("events per configuration version").doesNotContain(0L);
    }
    assertThat(errors.messages()).isEmpty();
  }

  private static String template() throws IOException {
    ClassLoader loader = ConfigurationReloadTest.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(TEMPLATE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Replaces the file in one step, so that Log4j never reads half of it, with a last-modified time
   * a second after the previous one, so that the change shows even within the same second.
   */
  private static void rewrite(Path config, String content) throws IOException {
    Path next = config.resolveSibling(config.getFileName() + ".next");
    Files.writeString(next, content, StandardCharsets.UTF_8);
    long previous = Files.getLastModifiedTime(config).toMillis();
    Files.setLastModifiedTime(next, FileTime.fromMillis(previous + 1_000));
    Files.move(next, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitLogged(Logging logging, long events) {
    long target = logging.total.get() + events;
    await(events + " more events logged", () -> logging.total.get() >= target);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no " + what + " within " + TimeUnit.NANOSECONDS.toSeconds(DEADLINE_NANOS) + " s");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  /** What thread {@code t} logs as event {@code s}: its numbers, a bearer token and a PIN. */
  static String token(int thread, int seq) {
    return "tk" + Long.toHexString(mix(thread, seq)) + "Q";
  }

  static String pin(int thread, int seq) {
    return String.valueOf(100_000 + Math.floorMod(mix(seq, thread), 900_000));
  }

  private static long mix(int a, int b) {
    long z = ((long) a << 32 | b) + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** What must be written for event {@code (t, s)} under configuration {@code version}. */
  static String expected(int thread, int seq, int version) {
    String mask = "[MASK-" + version + "]";
    return "t=" + thread + " s=" + seq + " Authorization: Bearer " + mask + " pin=" + mask;
  }

  /** The logging threads: each logs events 0, 1, 2... until stopped, pausing briefly between. */
  private static final class Logging {
    final Logger logger;
    final AtomicLong total = new AtomicLong();
    final List<Throwable> failures = new ArrayList<>();
    private final long[] counts = new long[THREADS];
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean stopped;

    Logging(Logger logger) {
      this.logger = logger;
    }

    void start() {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Thread worker = new Thread(() -> run(thread), "reload-" + t);
        threads.add(worker);
        worker.start();
      }
      started.countDown();
    }

    private void run(int thread) {
      int seq = 0;
      try {
        started.await();
        while (!stopped) {
          logger.info("t={} s={} Authorization: Bearer {} pin={}", thread, seq, token(thread, seq),
              pin(thread, seq));
          seq++;
          total.incrementAndGet();
          // A short pause keeps the files to a few megabytes.
          LockSupport.parkNanos(50_000);
        }
      } catch (Throwable e) {
        synchronized (failures) {
          failures.add(e);
        }
      } finally {
        synchronized (counts) {
          counts[thread] = seq;
        }
      }
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread worker : threads) {
        worker.join();
      }
    }

    long[] counts() {
      synchronized (counts) {
        return counts.clone();
      }
    }
  }

  /** What one log file holds, checked against what each thread logged. */
  private static final class Check {
    final List<String> malformed = new ArrayList<>();
    final long[] perVersion = new long[RELOADS + 1];
    long lines;
    long leaked;
    long lost;
    long duplicated;
    long backwards;

    static Check of(Path file, long[] logged) {
      Check check = new Check();
      int[][] versions = new int[THREADS][];
      for (int t = 0; t < THREADS; t++) {
        versions[t] = new int[(int) logged[t]];
        Arrays.fill(versions[t], -1);
      }
      for (String line : Log4jFixture.readLines(file)) {
        check.lines++;
        Matcher numbers = NUMBERS.matcher(line);
        int t = numbers.lookingAt() ? Integer.parseInt(numbers.group(1)) : -1;
        int s = t >= 0 ? Integer.parseInt(numbers.group(2)) : -1;
        if (t < 0 || t >= THREADS || s >= logged[t]) {
          check.malformed(line);
          continue;
        }
        if (line.contains(token(t, s)) || line.contains("pin=" + pin(t, s))) {
          check.leaked++;
        }
        int version = versionOf(line, t, s);
        if (version < 0) {
          check.malformed(line);
          continue;
        }
        if (versions[t][s] >= 0) {
          check.duplicated++;
        }
        versions[t][s] = version;
        check.perVersion[version]++;
      }
      for (int t = 0; t < THREADS; t++) {
        int previous = 0;
        for (int s = 0; s < versions[t].length; s++) {
          int version = versions[t][s];
          if (version < 0) {
            check.lost++;
          } else {
            check.backwards += version < previous ? 1 : 0;
            previous = Math.max(previous, version);
          }
        }
      }
      return check;
    }

    /** The configuration version under which {@code line} is event {@code (t, s)}, or -1. */
    private static int versionOf(String line, int thread, int seq) {
      for (int version = 0; version <= RELOADS; version++) {
        if (line.equals(expected(thread, seq, version))) {
          return version;
        }
      }
      return -1;
    }

    private void malformed(String line) {
      if (malformed.size() < 10) {
        malformed.add(line);
      }
    }

    @Override
    public String toString() {
      return lines + " lines, per configuration version " + Arrays.toString(perVersion) + ", "
          + leaked + " leaked, " + lost + " lost, " + duplicated + " duplicated, " + backwards
          + " backwards, " + malformed.size() + " malformed";
    }
  }
}
