package io.redactor.benchmarks;

import io.redactor.Redactor;
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
 * Does any input make the engine superlinear? Each input repeats a pattern built to make a
 * scanner look again and again (runs of keyword prefixes, separators, nested escaped JSON) to a
 * length of 1 KB, 100 KB and 10 MB; linear time shows as the same nanoseconds per character at
 * every length. The score is the time of one {@code redact(String)} of the whole input.
 *
 * <p>Run, from the repository root:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar AdversarialBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * and divide each score by the length for ns per character.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AdversarialBenchmark {

  /** What the input repeats. */
  public enum Shape {
    /** {@code BearerBearerBearer...}: a keyword without its token, everywhere. */
    BEARER_RUN("BearerBearer "),
    /** {@code ghp_ghp_ghp_...}: token prefixes that never complete. */
    PREFIX_RUN("ghp_glpat-sk_live_xoxb-AKIA"),
    /** {@code "password":"password":...}: key after key, each the value of the one before. */
    KEY_RUN("\"password\":"),
    /** {@code a=b&c=d&...}: separators with nothing sensitive. */
    SEPARATORS("x=1&y=2;z:3,"),
    /** JSON escaped inside JSON, over and over. */
    ESCAPED_JSON("{\\\"k\\\\\\\":\\\"v\\\",\\u0022t\\u0022:%22x%22"),
    /** {@code eyJ.eyJ.eyJ...}: JWT headers without a payload. */
    JWT_RUN("eyJhbGciOiJIUzI1NiJ9."),
    /** A plain log line, for comparison. */
    CLEAN_LINE("2015-07-29 19:04:12,394 - INFO  [main:QuorumPeer@913] - tickTime set to 2000 ");

    final String unit;

    Shape(String unit) {
      this.unit = unit;
    }
  }

  @Param
  public Shape shape;

  @Param({"1000", "100000", "10000000"})
  public int length;

  private final Redactor redactor = Redactor.defaults();
  private String input;

  @Setup
  public void build() {
    StringBuilder text = new StringBuilder(length + shape.unit.length());
    while (text.length() < length) {
      text.append(shape.unit);
    }
    text.setLength(length);
    input = text.toString();
  }

  @Benchmark
  public int redact() {
    String out = redactor.redact(input);
    if (out.isEmpty()) {
      throw new IllegalStateException("the engine lost the input");
    }
    return out.length();
  }
}
