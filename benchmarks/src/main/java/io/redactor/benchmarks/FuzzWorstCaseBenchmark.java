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
 * Is the slowest input the fuzzer found still linear? Each shape is an input that
 * {@code RedactorFuzzTest} found, or one built from what it found, made as slow per character as
 * we could, repeated to 1 KB, 64 KB and 1 MB. Linear time shows as the same nanoseconds per
 * character at every length; the {@code CLEAN_LINE} shape is the plain baseline of the same run.
 * The score is the time of one redaction of the whole input, as a {@code String} or in a
 * {@code StringBuilder} ({@code form}), the form the Logback and Log4j 2 adapters use.
 *
 * <p>Run, from the repository root:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar FuzzWorstCaseBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * and divide each score by the length for ns per character.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FuzzWorstCaseBenchmark {

  /** What the input repeats. */
  public enum Shape {
    /**
     * {@code Authorization: x} over and over on one line: each header name read the rest of the
     * line until fuzzing found it (18 us per character at 256 KB, and growing with the length).
     */
    AUTHORIZATION_RUN("Authorization: x "),
    /** The same in brackets, as Java's HttpHeaders prints values. */
    BRACKETED_AUTHORIZATION_RUN("authorization=[x "),
    /** Cookie headers whose value is a placeholder, which is never masked. */
    PLACEHOLDER_COOKIE_RUN("Cookie: ${x} "),
    /** An escaped quote with one more backslash each time: each closes only the same count. */
    ESCAPE_LADDER(null),
    /** URLs whose user name is a token: the user name is scanned apart from the password. */
    TOKEN_USERINFO_RUN("https://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:x@h "),
    /** Output redacted once, read again: masks glued to tokens and values. */
    REDACTED_OUTPUT("token=a1[REDACTED] -Rq8Q~~G~p0.iZI1NiJ9.eyJzjM0N3ODkghp_[REDACTED] "),
    /**
     * A secret every 11 characters: the builder form shifted the rest of the text once per
     * secret until fuzzing found it with a megabyte line.
     */
    MANY_SECRETS("password=x "),
    /** The inputs the fuzzer reported, one after the other. */
    FUZZ_FINDINGS("etoken\":\"token\":\":\u001b!e \"token\":\u00ff\u00ffhttps://u:(@h "
        + "https://upassword=:p@h', \u0000\u0012ehs://upassword=/[u:p@8; "
        + "htoken\":h:/`s:-----BEGIN RSA PRIVATE KEY-----/%22pap@0\n"),
    /** A plain log line, for comparison. */
    CLEAN_LINE("2015-07-29 19:04:12,394 - INFO  [main:QuorumPeer@913] - tickTime set to 2000 ");

    final String unit;

    Shape(String unit) {
      this.unit = unit;
    }

    String repeatedTo(int length) {
      StringBuilder text = new StringBuilder(length + 64);
      for (int k = 1; text.length() < length; k++) {
        text.append(unit != null ? unit : "authorization:" + "\\".repeat(k) + "\"x ");
      }
      text.setLength(length);
      return text.toString();
    }
  }

  @Param
  public Shape shape;

  @Param({"1024", "65536", "1048576"})
  public int length;

  /** {@code redact(String)}, or {@code redact(StringBuilder, 0)} on a copy made per operation. */
  @Param({"STRING", "BUILDER"})
  public String form;

  private final Redactor redactor = Redactor.defaults();
  private String input;
  private int expectedLength;

  @Setup
  public void build() {
    input = shape.repeatedTo(length);
    String once = redactor.redact(input);
    if (once.equals(Redactor.FAILURE_MARKER) || !redactor.redact(once).equals(once)) {
      throw new IllegalStateException(shape + ": the engine failed or is not idempotent");
    }
    expectedLength = once.length();
  }

  @Benchmark
  public int redact() {
    CharSequence out;
    if (form.equals("BUILDER")) {
      StringBuilder builder = new StringBuilder(input);
      redactor.redact(builder, 0);
      out = builder;
    } else {
      out = redactor.redact(input);
    }
    if (out.length() != expectedLength) {
      throw new IllegalStateException(shape + ": " + out.length() + " characters out, expected "
          + expectedLength);
    }
    return out.length();
  }
}
