package io.redactor.benchmarks;

import io.redactor.Redactor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does the engine's prefilter alone cost, in the shapes a scalar Java loop can take, next
 * to the floor of {@link ScanBenchmark}? Each operation runs one shape over the clean corpus
 * (32,000 loghub lines) with the bigram table of {@link Redactor#defaults()}, and counts the
 * flagged positions or blocks; no detector runs. This bounds what any scalar form of the scan
 * can reach: a shape that takes four times the floor's time cannot make the engine reach 40% of
 * it.
 *
 * <p>Run, from the repository root:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar FilterLoopBenchmark -f 2 -wi 4 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FilterLoopBenchmark {
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The loop shapes. */
  public enum Shape {
    /** {@link ScanBenchmark}'s floor: adds up every character. */
    FLOOR,
    /** Copies each line's Latin-1 bytes into a buffer and does nothing else. */
    COPY,
    /** The engine's shape: flags of 64 characters gathered into a word, no branch per char. */
    GATHER,
    /** One predictable branch per character on its bigram's flag. */
    BRANCH,
    /** Bytes copied out, then eight per load, eight lookups in the 128 x 128 table, one branch. */
    WORDS,
    /**
     * Bytes copied out, then eight per load, each byte pair looked up whole in a 64 KB table, so
     * that no character needs folding into 0..127.
     */
    PAIRS
  }

  @Param
  public Shape shape;

  private String[] lines;
  private byte[] filter;
  private final byte[] pairs = new byte[1 << 16];
  private final byte[] bytes = new byte[1 << 16];

  @Setup
  public void setUp() throws ReflectiveOperationException {
    lines = Corpus.named(Corpus.CLEAN).lines;
    // The table is the engine's own, read where the engine keeps it: not public API, and this
    // benchmark measures loops around it, not the engine.
    Field engineField = Redactor.class.getDeclaredField("engine");
    engineField.setAccessible(true);
    Object engine = engineField.get(Redactor.defaults());
    Field filterField = engine.getClass().getDeclaredField("filter");
    filterField.setAccessible(true);
    filter = (byte[]) filterField.get(engine);
    for (int first = 0; first < 256; first++) {
      for (int second = 0; second < 256; second++) {
        pairs[first | second << 8] = filter[Math.min(first, 127) << 7 | Math.min(second, 127)];
      }
    }
  }

  @Benchmark
  public long pass() {
    long result = 0;
    for (String line : lines) {
      result += line(line);
    }
    return result;
  }

  @SuppressWarnings("deprecation") // the one copy of a String's Latin-1 bytes that allocates nothing
  private long line(String s) {
    int n = s.length();
    switch (shape) {
      case FLOOR:
        return floor(s);
      case COPY:
        s.getBytes(0, n, bytes, 0);
        return bytes[n - 1];
      case GATHER:
        return gather(s);
      case BRANCH:
        return branch(s);
      case WORDS:
        s.getBytes(0, n, bytes, 0);
        return words(bytes, n);
      case PAIRS:
        s.getBytes(0, n, bytes, 0);
        return pairs(bytes, n);
      default:
        throw new AssertionError(shape);
    }
  }

  private static long floor(String s) {
    long sum = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      sum += s.charAt(i);
    }
    return sum;
  }

  private long gather(String s) {
    byte[] f = filter;
    int n = s.length();
    int prev = 0;
    long count = 0;
    for (int base = 0; base < n; base += 64) {
      int end = Math.min(base + 64, n);
      long flagged = 0;
      for (int i = base; i < end; i++) {
        int c = Math.min(s.charAt(i), 127);
        flagged |= (long) f[prev << 7 | c] << (i - base);
        prev = c;
      }
      count += Long.bitCount(flagged);
    }
    return count;
  }

  private long branch(String s) {
    byte[] f = filter;
    int prev = 0;
    long count = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = Math.min(s.charAt(i), 127);
      if (f[prev << 7 | c] != 0) {
        count++;
      }
      prev = c;
    }
    return count;
  }

  private long words(byte[] s, int n) {
    byte[] f = filter;
    int prev = 0;
    long count = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long w = (long) LONG.get(s, i);
      int c0 = Math.min((int) w & 0xFF, 127);
      int c1 = Math.min((int) (w >>> 8) & 0xFF, 127);
      int c2 = Math.min((int) (w >>> 16) & 0xFF, 127);
      int c3 = Math.min((int) (w >>> 24) & 0xFF, 127);
      int c4 = Math.min((int) (w >>> 32) & 0xFF, 127);
      int c5 = Math.min((int) (w >>> 40) & 0xFF, 127);
      int c6 = Math.min((int) (w >>> 48) & 0xFF, 127);
      int c7 = Math.min((int) (w >>> 56) & 0xFF, 127);
      if ((f[prev << 7 | c0] | f[c0 << 7 | c1] | f[c1 << 7 | c2] | f[c2 << 7 | c3]
          | f[c3 << 7 | c4] | f[c4 << 7 | c5] | f[c5 << 7 | c6] | f[c6 << 7 | c7]) != 0) {
        count++;
      }
      prev = c7;
    }
    return count + tail(s, i, n, prev);
  }

  private long pairs(byte[] s, int n) {
    byte[] p = pairs;
    int prev = 0;
    long count = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long w = (long) LONG.get(s, i);
      if ((p[prev | ((int) w & 0xFF) << 8] | p[(int) w & 0xFFFF] | p[(int) (w >>> 8) & 0xFFFF]
          | p[(int) (w >>> 16) & 0xFFFF] | p[(int) (w >>> 24) & 0xFFFF]
          | p[(int) (w >>> 32) & 0xFFFF] | p[(int) (w >>> 40) & 0xFFFF]
          | p[(int) (w >>> 48) & 0xFFFF]) != 0) {
        count++;
      }
      prev = (int) (w >>> 56) & 0xFF;
    }
    return count + tail(s, i, n, Math.min(prev, 127));
  }

  /** The flagged bigrams of the last bytes, fewer than eight. */
  private long tail(byte[] s, int from, int to, int before) {
    int prev = before;
    long count = 0;
    for (int i = from; i < to; i++) {
      int c = Math.min(s[i] & 0xFF, 127);
      count += filter[prev << 7 | c];
      prev = c;
    }
    return count;
  }
}
