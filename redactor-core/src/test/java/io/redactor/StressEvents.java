package io.redactor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The events of a stress run and the check of what was written, shared by the Logback and Log4j 2
 * stress tests through this module's test jar. Thread {@code t} logs events
 * {@code s = 0 .. events - 1}, each line starting {@code t=<t> s=<s> }; every tenth event carries a
 * secret, alternately an {@code Authorization: Bearer} token and a GitHub token, each derived from
 * {@code (t, s)} so that the check can recompute it without keeping 800,000 tokens in memory.
 *
 * <p>The size of a run comes from the system properties {@code redactor.stress.threads} (default 8)
 * and {@code redactor.stress.events} (events per thread, default 1,000,000).
 */
public final class StressEvents {
  public static final int THREADS = Integer.getInteger("redactor.stress.threads", 8);
  public static final int EVENTS = Integer.getInteger("redactor.stress.events", 1_000_000);
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int MAX_REPORTED = 10;

  private StressEvents() {
  }

  /** Logs one event: the thread and sequence numbers, then {@code text}. */
  public interface Sink {
    void log(int thread, int seq, String text);
  }

  public static boolean planted(int seq) {
    return seq % 10 == 0;
  }

  /** How many events of the run carry a secret. */
  public static long plantedCount() {
    return (long) THREADS * ((EVENTS + 9) / 10);
  }

  /** What thread {@code t} logs as event {@code s}, after the {@code t=.. s=.. } prefix. */
  public static String plain(int thread, int seq) {
    if (seq % 20 == 0) {
      return "Authorization: Bearer " + token(thread, seq, 40);
    }
    if (seq % 10 == 0) {
      return "pushing with token ghp_" + token(thread, seq, 36);
    }
    return "GET /orders/" + seq + " 200";
  }

  /** What must be written for event {@code s}: the secret masked, everything else as logged. */
  public static String redacted(int thread, int seq) {
    if (seq % 20 == 0) {
      return "Authorization: Bearer [REDACTED]";
    }
    if (seq % 10 == 0) {
      return "pushing with token ghp_[REDACTED]";
    }
    return "GET /orders/" + seq + " 200";
  }

  /** The secret part of a planted event, the text that must never be written. */
  public static String secret(int thread, int seq) {
    return token(thread, seq, seq % 20 == 0 ? 40 : 36);
  }

  /** Random-looking letters and digits, the same for the same {@code (t, s)}: SplitMix64. */
  private static String token(int thread, int seq, int length) {
    long state = ((long) thread << 32) ^ seq ^ 0x5DEECE66DL;
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      chars[i] = ALPHABET[(int) Math.floorMod(z, (long) ALPHABET.length)];
    }
    return new String(chars);
  }

  /** Runs {@link #THREADS} threads of {@link #EVENTS} events each, started together. */
  public static void run(Sink sink) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        try {
          start.await();
          for (int s = 0; s < EVENTS; s++) {
            sink.log(thread, s, plain(thread, s));
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }, "stress-" + t);
      threads.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : threads) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("a logging thread failed");
      failures.forEach(error::addSuppressed);
      throw error;
    }
  }

  /** What the check found in a log file; every count but {@link #lines} must be zero. */
  public static final class Report {
    public long lines;
    public long redacted;
    public long leaked;
    public long duplicated;
    public long lost;
    public long malformed;
    public final List<String> examples = new ArrayList<>();

    private void example(String problem) {
      if (examples.size() < MAX_REPORTED) {
        examples.add(problem);
      }
    }

    @Override
    public String toString() {
      return lines + " lines, " + redacted + " redacted, " + leaked + " leaked, " + duplicated
          + " duplicated, " + lost + " lost, " + malformed + " malformed " + examples;
    }
  }

  /**
   * Reads a log file whose lines are {@code <prefix>t=<t> s=<s> <text>} and checks that every
   * {@code (t, s)} of the run appears exactly once, with its text redacted exactly as expected.
   */
  public static Report check(Path file, String prefix) {
    Report report = new Report();
    BitSet[] seen = new BitSet[THREADS];
    for (int t = 0; t < THREADS; t++) {
      seen[t] = new BitSet(EVENTS);
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        report.lines++;
        checkLine(line, prefix, seen, report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int t = 0; t < THREADS; t++) {
      int missing = EVENTS - seen[t].cardinality();
      if (missing > 0) {
        report.lost += missing;
        report.example("lost: t=" + t + " s=" + seen[t].nextClearBit(0) + " and " + (missing - 1) + " more");
      }
    }
    return report;
  }

  private static void checkLine(String line, String prefix, BitSet[] seen, Report report) {
    int t = -1;
    int s = -1;
    int textStart = -1;
    if (line.startsWith(prefix + "t=")) {
      int threadEnd = line.indexOf(" s=", prefix.length() + 2);
      int seqEnd = threadEnd < 0 ? -1 : line.indexOf(' ', threadEnd + 3);
      if (seqEnd > 0) {
        try {
          t = Integer.parseInt(line, prefix.length() + 2, threadEnd, 10);
          s = Integer.parseInt(line, threadEnd + 3, seqEnd, 10);
          textStart = seqEnd + 1;
        } catch (NumberFormatException e) {
          t = -1;
        }
      }
    }
    if (t < 0 || t >= THREADS || s < 0 || s >= EVENTS) {
      report.malformed++;
      report.example("malformed: " + line);
      return;
    }
    if (seen[t].get(s)) {
      report.duplicated++;
      report.example("duplicated: " + line);
    }
    seen[t].set(s);
    String text = line.substring(textStart);
    if (planted(s) && text.contains(secret(t, s))) {
      report.leaked++;
      report.example("leaked: " + line);
    } else if (!text.equals(redacted(t, s))) {
      report.malformed++;
      report.example("expected t=" + t + " s=" + s + " " + redacted(t, s) + " but was: " + line);
    } else if (planted(s)) {
      report.redacted++;
    }
  }
}
