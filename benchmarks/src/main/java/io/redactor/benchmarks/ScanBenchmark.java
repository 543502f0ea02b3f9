package io.redactor.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.redactor.Redactor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast does the engine scan log lines, next to what touching every byte costs and to what
 * users write today (a {@code java.util.regex} alternation)?
 *
 * <p>The references: {@code FLOOR}, a scalar loop adding up every character (which JDK 17 runs
 * one character at a time and later JDKs vectorize); {@code JDK_INDEX_OF}, the JDK's intrinsic
 * search for an absent character; {@code JDK_GET_BYTES} and {@code JDK_ARRAYCOPY}, the bulk
 * copies of a line into a reused buffer. The last three run at the speed of the machine's vector
 * units and memory, and are the honest measure of what reading every byte costs.
 *
 * <p>One operation is one pass over the whole corpus: the 32,000 lines of the loghub samples
 * ({@code clean}, about 4.4 MB), or the same lines with a secret planted in 5% of them
 * ({@code secrets5}). The {@code scan:bytes} row counts the corpus's UTF-8 bytes processed per
 * microsecond, which is MB/s (10<sup>6</sup> bytes per second); the {@code scan} row counts whole
 * corpus passes per microsecond. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the
 * allocation of one corpus pass, which must be 0 B/op for the engine on {@code clean}.
 *
 * <p>Run, from the repository root (16 cases, each two forks of 5 + 5 iterations of 2 s: about
 * 11 minutes):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar ScanBenchmark -prof gc
 * </pre>
 * The engine's two prefilters, on JDK 21 or later (the benchmarks' jar carries redactor-core's
 * Java 21 part when it was built with JDK 21 or later, or with {@code JAVA25_HOME} set):
 * <pre>
 * $JAVA25_HOME/bin/java -jar benchmarks/target/benchmarks.jar ScanBenchmark -prof gc \
 *     -jvmArgsAppend "--add-modules jdk.incubator.vector" -p scan=auto,scalar
 * </pre>
 * {@code -p rules=none} (on {@code clean}) measures the loop alone: an empty table flags nothing.
 *
 * <p>Every result is checked before it is consumed: {@link #check()} verifies once that the
 * engine leaves every clean line as it is (the same instance) and masks every planted secret, and
 * each operation compares its count of changed lines with the count found then.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScanBenchmark {
  /** The copy size of {@code JDK_GET_BYTES} and {@code JDK_ARRAYCOPY}, the engine's. */
  private static final int CHUNK = 256;

  /** A character no line of the corpus holds: lines come without terminators. */
  private static final char ABSENT = '\n';

  /** The implementations compared in the same run. */
  public enum Impl {
    /** Reads every character of every line into a checksum: the floor of a scalar loop. */
    FLOOR,
    /**
     * {@code String.indexOf} of a character no line holds: the JDK's own intrinsic search, what
     * reading every character costs when the JIT may use vector instructions.
     */
    JDK_INDEX_OF,
    /**
     * {@code String.getBytes(from, to, buffer, 0)} into a reused 256-byte buffer, 256 characters
     * at a time: the bulk copy with which the engine reads a string.
     */
    JDK_GET_BYTES,
    /** {@code System.arraycopy} of each UTF-8 line into a reused 256-byte buffer, in chunks. */
    JDK_ARRAYCOPY,
    /** {@code Matcher.replaceAll} with one alternation of provider patterns per line. */
    REGEX,
    /** {@link Redactor#redact(String)}. */
    ENGINE_STRING,
    /** {@link Redactor#redact(StringBuilder, int)} on a reused builder, as encoders do. */
    ENGINE_STRING_BUILDER,
    /** {@link Redactor#redact(byte[])} on lines encoded beforehand. */
    ENGINE_BYTES;

    boolean isEngine() {
      return name().startsWith("ENGINE");
    }
  }

  @Param({Corpus.CLEAN, Corpus.SECRETS_5})
  public String corpus;

  @Param
  public Impl impl;

  /**
   * {@code auto}: the engine's prefilter as chosen for this JVM (the vector one on JDK 21 or later
   * with {@code --add-modules jdk.incubator.vector}); {@code scalar}: the scalar one, forced with
   * {@code -Dredactor.scan=scalar} before the first engine is built. Both in one run:
   * {@code -p scan=auto,scalar}.
   */
  @Param({"auto"})
  public String scan;

  /**
   * The rule set, as the {@code rules} option: {@code default}, or {@code none} to measure the
   * prefilter's loop alone (its table is empty, so no position is flagged and no detector runs;
   * only on {@code clean}).
   */
  @Param({"default"})
  public String rules;

  private Redactor redactor;
  private final StringBuilder builder = new StringBuilder(1024);
  /** The reused buffer of {@code JDK_GET_BYTES} and {@code JDK_ARRAYCOPY}. */
  private final byte[] chunk = new byte[CHUNK];
  private String[] lines;
  private byte[][] utf8Lines;
  private long corpusBytes;
  private long expected;

  /**
   * Bytes of the corpus processed, reported as the {@code scan:bytes} rate, and the CPU time of
   * the benchmark thread meanwhile, as {@code scan:cpuNanos} (CPU nanoseconds per microsecond).
   * On a machine shared with other work, wall time counts the time the thread waited for a core;
   * {@code scan:bytes / (scan:cpuNanos / 1000)} is the bytes per microsecond of the thread's own
   * CPU time, which that waiting leaves out.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long bytes;
    public long cpuNanos;
    private long cpuStart;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      cpuNanos = 0;
      cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one pass: about a microsecond, against the millisecond or more of a pass. */
    void pass(long corpusBytes) {
      bytes += corpusBytes;
      cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
  }

  @Setup
  public void check() {
    CallLines.selectScan(scan);
    redactor = rules.equals("default") ? Redactor.defaults()
        : Redactor.fromOptions("rules=" + rules);
    Corpus text = Corpus.named(corpus);
    if (!rules.equals("default") && !corpus.equals(Corpus.CLEAN)) {
      throw new IllegalArgumentException("rules=" + rules + " only on corpus=clean");
    }
    lines = text.lines;
    utf8Lines = new byte[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      utf8Lines[i] = lines[i].getBytes(UTF_8);
    }
    corpusBytes = text.utf8Bytes();
    for (int i = 0; impl.isEngine() && i < lines.length; i++) {
      checkEngine(lines[i], text.planted[i]);
    }
    expected = run(null);
    if (impl == Impl.JDK_INDEX_OF && expected != -lines.length) {
      throw new IllegalStateException("a line holds the character JDK_INDEX_OF looks for");
    }
    System.out.printf(Locale.ROOT, "%n%s: %d lines, %d bytes (%.2f MB), %d planted secrets; "
            + "%s result %d; prefilter %s%n", corpus, lines.length, corpusBytes, corpusBytes / 1e6,
        text.plantedCount(), impl, expected, Redactor.prefilter());
  }

  /** Fails the run unless all three engine forms leave a clean line as is and mask a secret. */
  private void checkEngine(String line, String secret) {
    String redacted = redactor.redact(line);
    builder.setLength(0);
    boolean builderChanged = redactor.redact(builder.append(line), 0);
    byte[] utf8 = line.getBytes(UTF_8);
    byte[] redactedUtf8 = redactor.redact(utf8);
    if (secret == null) {
      if (redacted != line || builderChanged || redactedUtf8 != utf8) {
        throw new IllegalStateException("the engine changed a clean line: " + line
            + "\n  redact(String):        " + redacted
            + "\n  redact(StringBuilder): " + builder
            + "\n  redact(byte[]):        " + new String(redactedUtf8, UTF_8));
      }
    } else if (redacted.contains(secret) || !builderChanged || !builder.toString().equals(redacted)
        || !new String(redactedUtf8, UTF_8).equals(redacted)) {
      throw new IllegalStateException("the engine missed a planted secret, or its three forms "
          + "disagree: " + line
          + "\n  redact(String):        " + redacted
          + "\n  redact(StringBuilder): " + builder
          + "\n  redact(byte[]):        " + new String(redactedUtf8, UTF_8));
    }
  }

  @Benchmark
  public void scan(Blackhole blackhole, Bytes counter) {
    long result = run(blackhole);
    if (result != expected) {
      throw new IllegalStateException(impl + " on " + corpus + " gave " + result
          + ", expected " + expected);
    }
    blackhole.consume(result);
    counter.pass(corpusBytes);
  }

  /**
   * One pass of {@link #impl} over the corpus: the checksum of every character for the floor,
   * else the number of lines changed. Each output is consumed by {@code blackhole} when not null.
   */
  private long run(Blackhole blackhole) {
    String[] lines = this.lines;
    long result = 0;
    switch (impl) {
      case FLOOR:
        for (String line : lines) {
          for (int i = 0, n = line.length(); i < n; i++) {
            result += line.charAt(i);
          }
        }
        return result;
      case JDK_INDEX_OF:
        for (String line : lines) {
          result += line.indexOf(ABSENT);
        }
        return result;
      case JDK_GET_BYTES:
        return getBytes(lines, chunk);
      case JDK_ARRAYCOPY:
        return arraycopy(utf8Lines, chunk);
      case REGEX:
        for (String line : lines) {
          String redacted = RegexRedactor.redact(line);
          result += redacted != line ? 1 : 0;
          consume(blackhole, redacted);
        }
        return result;
      case ENGINE_STRING:
        for (String line : lines) {
          String redacted = redactor.redact(line);
          result += redacted != line ? 1 : 0;
          consume(blackhole, redacted);
        }
        return result;
      case ENGINE_STRING_BUILDER:
        StringBuilder builder = this.builder;
        for (String line : lines) {
          builder.setLength(0);
          result += redactor.redact(builder.append(line), 0) ? 1 : 0;
          consume(blackhole, builder);
        }
        return result;
      case ENGINE_BYTES:
        for (byte[] line : utf8Lines) {
          byte[] redacted = redactor.redact(line);
          result += redacted != line ? 1 : 0;
          consume(blackhole, redacted);
        }
        return result;
      default:
        throw new AssertionError(impl);
    }
  }

  /**
   * Copies every line's characters as bytes into {@code buffer}, {@value #CHUNK} at a time, and
   * adds up the first byte of each copy, so that the copies cannot be left out.
   */
  @SuppressWarnings("deprecation") // the copy the engine makes: no allocation
  private static long getBytes(String[] lines, byte[] buffer) {
    long result = 0;
    for (String line : lines) {
      for (int from = 0, n = line.length(); from < n; from += CHUNK) {
        line.getBytes(from, Math.min(from + CHUNK, n), buffer, 0);
        result += buffer[0];
      }
    }
    return result;
  }

  /** {@link #getBytes} of UTF-8 lines, with {@code System.arraycopy}. */
  private static long arraycopy(byte[][] lines, byte[] buffer) {
    long result = 0;
    for (byte[] line : lines) {
      for (int from = 0, n = line.length; from < n; from += CHUNK) {
        System.arraycopy(line, from, buffer, 0, Math.min(CHUNK, n - from));
        result += buffer[0];
      }
    }
    return result;
  }

  private static void consume(Blackhole blackhole, Object output) {
    if (blackhole != null) {
      blackhole.consume(output);
    }
  }
}
