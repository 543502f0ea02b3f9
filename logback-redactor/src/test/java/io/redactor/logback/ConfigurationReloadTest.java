package io.redactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.joran.ReconfigureOnChangeTask;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * Logback's {@code scan="true"} reloading a changed redaction configuration while threads log.
 * Version 1 of the configuration masks the built-in secrets with {@code [MASK-1]}; versions 2 and
 * 3 also make {@code badge} a sensitive key, with masks {@code [MASK-2]} and {@code [MASK-3]}, so
 * that each line tells which version wrote it. The file is rewritten six times (2, 3, 2, 3, 2, 3)
 * while four threads log events carrying a password, a badge and a bearer token, each event
 * numbered.
 *
 * <p>Every line must be whole and equal to the event redacted by a version that was in force
 * while the event was logged: the version of its window when the event was logged between two
 * switches, the old or the new one when it was logged during a switch. No event may be written
 * twice, nor any password or token, nor a badge by a version that masks it; Logback must report no
 * error. Logback resets the context to reload it, and events logged while no appender is attached
 * are dropped: the test counts them and prints the figures.
 */
final class ConfigurationReloadTest {
  private static final int THREADS = 4;
  /** The versions written over version 1, one reload each. */
  private static final int[] REWRITES = {2, 3, 2, 3, 2, 3};
  /** Events each thread logs under every version before the next switch. */
  private static final int EVENTS_PER_WINDOW = 500;
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final String TOKEN_TAIL = "Zx9Lm4Pw7Rt2Yv5N";
  private static final Pattern NUMBERS = Pattern.compile("^INFO  t=(\\d+) s=(\\d+) ");

  @TempDir
  Path dir;

  static String password(int thread, int seq) {
    return "hunter2-" + thread + "-" + seq;
  }

  static String badge(int thread, int seq) {
    return "B" + thread + "x" + seq;
  }

  static String token(int thread, int seq) {
    return "tk" + thread + "q" + seq + TOKEN_TAIL;
  }

  /** Event {@code seq} of {@code thread} as configuration {@code version} must write it. */
  static String expected(int version, int thread, int seq) {
    String mask = "[MASK-" + version + "]";
    return "INFO  t=" + thread + " s=" + seq + " password=" + mask
        + " badge=" + (version == 1 ? badge(thread, seq) : mask)
        + " Authorization: Bearer " + mask;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"encoder", "appender"})
  void reloadsUnderLoadWithoutWritingASecret(String scenario) throws Exception {
    // The configuration event that says a reconfiguration finished is fired from Logback 1.5.12.
    Assumptions.assumeTrue(LogbackVersion.atLeast("1.5.12"), "Logback " + LogbackVersion.CURRENT
        + " reports no finished reconfiguration that this test can wait for");
    Path config = dir.resolve("logback.xml");
    install(scenario, 1, config);
    ProblemCollector problems = new ProblemCollector();
    LogbackFixture logback = LogbackFixture.configureFile(config, problems, dir);
    assertThat(ConfigurationWatchListUtil.getMainWatchURL(logback.context))
        .isEqualTo(config.toUri().toURL());
    AtomicInteger reloads = new AtomicInteger();
    logback.context.addConfigurationEventListener(event -> {
      if (event.getEventType() == ConfigurationEvent.EventType.CONFIGURATION_ENDED_SUCCESSFULLY) {
        reloads.incrementAndGet();
      }
    });

    // done[t]: the last event thread t finished logging. Snapshots of it bound each window.
    AtomicIntegerArray done = new AtomicIntegerArray(THREADS);
    int[][] switchStarted = new int[REWRITES.length + 1][];
    int[][] switchEnded = new int[REWRITES.length + 1][];
    int[] versions = new int[REWRITES.length + 1];
    versions[0] = 1;
    switchEnded[0] = new int[THREADS];
    for (int t = 0; t < THREADS; t++) {
      done.set(t, -1);
      switchEnded[0][t] = -2;
    }

    List<Throwable> thrown = new CopyOnWriteArrayList<>();
    Logger log = logback.logger("reload");
    List<Thread> threads = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    long start = System.nanoTime();
    long switchMicros = 0;
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread writer = new Thread(() -> {
        try {
          for (int s = 0; !stop.get(); s++) {
            log.info("t={} s={} password={} badge={} Authorization: Bearer {}",
                thread, s, password(thread, s), badge(thread, s), token(thread, s));
            done.set(thread, s);
          }
        } catch (Throwable e) {
          thrown.add(e);
        }
      }, "reload-writer-" + t);
      threads.add(writer);
      writer.start();
    }

    try {
      awaitEvents(done, switchEnded[0], thrown);
      for (int k = 1; k <= REWRITES.length; k++) {
        versions[k] = REWRITES[k - 1];
        switchStarted[k] = snapshot(done);
        long switchStart = System.nanoTime();
        install(scenario, versions[k], config);
        int reload = k;
        await(() -> reloads.get() >= reload, "reload " + k + " to version " + versions[k],
            problems);
        switchEnded[k] = snapshot(done);
        switchMicros = Math.max(switchMicros, (System.nanoTime() - switchStart) / 1000);
        awaitEvents(done, switchEnded[k], thrown);
      }
    } finally {
      stop.set(true);
      for (Thread writer : threads) {
        writer.join();
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    logback.close();

    assertThat(thrown).isEmpty();
    assertThat(reloads.get()).isEqualTo(REWRITES.length);
    Report report = check(Files.readAllLines(dir.resolve("app.log"), StandardCharsets.UTF_8),
        done, versions, switchStarted, switchEnded);
    System.out.printf("logback reload (%s): %d events logged by %d threads in %d ms, %d reloads"
            + " (longest %.1f ms from rewrite to reloaded), %d events logged during a switch,"
            + " %d dropped, %d leaked, %d malformed, %d by a version not in force,"
            + " %d duplicated; warnings: %s%n",
        scenario, report.logged, THREADS, millis, reloads.get(), switchMicros / 1000.0,
        report.duringSwitch, report.dropped, report.leaked, report.malformed, report.wrongVersion,
        report.duplicated, problems.warnings);

    assertThat(report.examples).isEmpty();
    assertThat(report.leaked + report.malformed + report.wrongVersion + report.duplicated)
        .isZero();
    assertThat(report.written + report.dropped).isEqualTo(report.logged);
    // Logback drops events only while it resets the context, that is during a switch.
    assertThat(report.droppedBetweenSwitches).isZero();
    assertThat(problems.errors).isEmpty();
    assertThat(problems.changesDetected.get()).isEqualTo(REWRITES.length);
  }

  /** Copies version {@code version} of the scenario's configuration over {@code config}. */
  private void install(String scenario, int version, Path config) throws IOException {
    String resource = getClass().getSimpleName() + "-" + scenario + "-" + version + ".xml";
    String xml;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Written out: a reload resets the context, and with it the properties the fixture sets.
    xml = xml.replace("${dir}", dir.toString());
    Path next = dir.resolve("logback.xml.next");
    Files.write(next, xml.getBytes(StandardCharsets.UTF_8));
    if (Files.exists(config)) {
      // Logback compares modification times in milliseconds: make sure this one differs.
      long previous = Files.getLastModifiedTime(config).toMillis();
      if (Files.getLastModifiedTime(next).toMillis() <= previous) {
        Files.setLastModifiedTime(next, FileTime.fromMillis(previous + 1000));
      }
    }
    // Moved in whole, so that the scanner never reads a half-written file.
    Files.move(next, config, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static int[] snapshot(AtomicIntegerArray done) {
    int[] copy = new int[THREADS];
    for (int t = 0; t < THREADS; t++) {
      copy[t] = done.get(t);
    }
    return copy;
  }

  /** Waits until every thread has logged a window's worth of events after {@code from}. */
  private static void awaitEvents(AtomicIntegerArray done, int[] from, List<Throwable> thrown) {
    await(() -> {
      if (!thrown.isEmpty()) {
        return true;
      }
      for (int t = 0; t < THREADS; t++) {
        if (done.get(t) < from[t] + 1 + EVENTS_PER_WINDOW) {
          return false;
        }
      }
      return true;
    }, EVENTS_PER_WINDOW + " events per thread", null);
  }

  private static void await(BooleanSupplier condition, String what, ProblemCollector problems) {
    long deadline = System.nanoTime() + DEADLINE_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("no " + what + " within 5 s"
            + (problems == null ? "" : "; warnings " + problems.warnings
                + ", errors " + problems.errors));
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  /**
   * Checks each written line against the versions in force while its event was logged. An event
   * that started after switch {@code k} ended (its number at least two past the snapshot: the one
   * after it may have been under way) and ended before switch {@code k + 1} started (its number
   * at most the snapshot) was logged under version {@code k} alone.
   */
  private static Report check(List<String> lines, AtomicIntegerArray done, int[] versions,
      int[][] switchStarted, int[][] switchEnded) {
    Report report = new Report();
    int last = versions.length - 1;
    BitSet[] seen = new BitSet[THREADS];
    for (int t = 0; t < THREADS; t++) {
      seen[t] = new BitSet();
      report.logged += done.get(t) + 1;
    }
    for (String line : lines) {
      if (line.contains("hunter2") || line.contains(TOKEN_TAIL)) {
        report.leaked++;
        report.example(line);
        continue;
      }
      Matcher numbers = NUMBERS.matcher(line);
      if (!numbers.find()) {
        report.malformed++;
        report.example(line);
        continue;
      }
      int t = Integer.parseInt(numbers.group(1));
      int s = Integer.parseInt(numbers.group(2));
      if (t >= THREADS || s > done.get(t)) {
        report.malformed++;
        report.example(line);
        continue;
      }
      if (seen[t].get(s)) {
        report.duplicated++;
        report.example(line);
        continue;
      }
      seen[t].set(s);
      report.written++;
      int lo = 0;
      for (int k = 1; k <= last; k++) {
        if (s >= switchEnded[k][t] + 2) {
          lo = k;
        }
      }
      int hi = last;
      for (int k = last; k >= 1; k--) {
        if (s <= switchStarted[k][t]) {
          hi = k - 1;
        }
      }
      StringBuilder allowed = new StringBuilder();
      boolean matched = false;
      for (int k = lo; k <= hi && !matched; k++) {
        matched = line.equals(expected(versions[k], t, s));
        allowed.append(allowed.length() == 0 ? "" : " or ").append(versions[k]);
      }
      if (!matched) {
        boolean someVersion = line.equals(expected(1, t, s))
            || line.equals(expected(2, t, s)) || line.equals(expected(3, t, s));
        if (someVersion && line.contains(badge(t, s))) {
          report.leaked++; // version 1 wrote it after version 2 made the badge a secret
        } else if (someVersion) {
          report.wrongVersion++;
        } else {
          report.malformed++;
        }
        report.example(line + "   (logged under version " + allowed + ")");
      }
    }
    for (int t = 0; t < THREADS; t++) {
      for (int s = 0; s <= done.get(t); s++) {
        if (!seen[t].get(s)) {
          report.dropped++;
          if (!duringSwitch(t, s, switchStarted, switchEnded)) {
            report.droppedBetweenSwitches++;
          }
        }
      }
      for (int k = 1; k <= last; k++) {
        // Events neither wholly before switch k started nor wholly after it ended.
        report.duringSwitch += Math.max(0, switchEnded[k][t] + 1 - switchStarted[k][t]);
      }
    }
    return report;
  }

  /** Whether event {@code seq} of {@code thread} may have been logged while a switch ran. */
  private static boolean duringSwitch(
      int thread, int seq, int[][] switchStarted, int[][] switchEnded) {
    for (int k = 1; k < switchStarted.length; k++) {
      if (seq > switchStarted[k][thread] && seq <= switchEnded[k][thread] + 1) {
        return true;
      }
    }
    return false;
  }

  /** What {@link #check} found. */
  private static final class Report {
    long logged;
    long written;
    long dropped;
    long droppedBetweenSwitches;
    long duringSwitch;
    long leaked;
    long malformed;
    long wrongVersion;
    long duplicated;
    final List<String> examples = new ArrayList<>();

    void example(String line) {
      if (examples.size() < 10) {
        examples.add(line);
      }
    }
  }

  /**
   * Keeps Logback's warnings and errors, and counts detected changes, across resets; the status
   * manager itself keeps only the first and the last statuses of a long run.
   */
  private static final class ProblemCollector implements StatusListener {
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final AtomicInteger changesDetected = new AtomicInteger();

    @Override
    public void addStatusEvent(Status status) {
      String text = status.getMessage()
          + (status.getThrowable() == null ? "" : " / " + status.getThrowable());
      if (status.getLevel() == Status.ERROR) {
        errors.add(text);
      } else if (status.getLevel() == Status.WARN) {
        warnings.add(text);
      } else if (status.getMessage().equals(
          ReconfigureOnChangeTask.DETECTED_CHANGE_IN_CONFIGURATION_FILES)) {
        changesDetected.incrementAndGet();
      }
    }

    @Override
    public boolean isResetResistant() {
      return true;
    }
  }

}
