package io.redactor.benchmarks;

import io.redactor.log4j2.RedactingRewritePolicy;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
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
 * What does {@code %redact{%m}} add to Log4j 2's {@code PatternLayout.encode}, next to the plain
 * layout and to what Log4j users write today ({@code %replace} with a regex), and what does the
 * {@code RedactingRewritePolicy} cost per event?
 *
 * <p>One operation encodes one event (the next of 4,096 lines drawn from the corpus) into a
 * reused byte buffer, as a file appender does. The line comes as a constant message
 * ({@code CONSTANT}: a {@code SimpleMessage}, as {@code log.info(line)} with a string literal
 * makes, whose redaction the redactor remembers) or as a message built at run time
 * ({@code ONE_ARGUMENT}: a {@code ParameterizedMessage} of {@code "{}"} and the line, every
 * character of which is scanned at every event). The corpus is the loghub sample logs as they
 * are ({@code clean}) or with a secret planted in 5% of the lines ({@code secrets5}). The forks
 * run in Log4j's garbage-free mode (thread-local buffers, direct encoders), so with
 * {@code -prof gc} the {@code gc.alloc.rate.norm} row is the allocation of one encoded event: 0
 * for {@code PLAIN} and {@code REDACT} on {@code clean}.
 *
 * <p>Run, from the repository root:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar Log4j2LayoutBenchmark -prof gc
 * </pre>
 *
 * <p>Every layout is checked once before it is measured ({@link #check()}): the redacting ones
 * mask a password and a token, the plain one writes them, and each encodes a clean line as it is.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {
    "-Xms1g", "-Xmx1g",
    "-Dlog4j2.enableThreadlocals=true",
    "-Dlog4j2.enableDirectEncoders=true",
    "-Dlog4j2.garbagefreeThreadContextMap=true",
    "-Dlog4j2.statusLoggerLevel=ERROR"})
public class Log4j2LayoutBenchmark {
  /** Events, drawn evenly from the corpus and cycled through, as in the Logback benchmark. */
  private static final int EVENTS = 4096;

  /** A naive keyword regex, as a user would first write it. */
  static final String NAIVE_REGEX =
      "(?i)(password|passwd|secret|token|api[_-]?key|authorization)([=:] *)[^ ,;&]+";

  /** Twenty provider and key patterns in one alternation, as a user who tried harder would. */
  static final String ALTERNATION_REGEX = String.join("|",
      "(?i)bearer +[A-Za-z0-9._~+/-]+=*",
      "(?i)basic +[A-Za-z0-9+/]+=*",
      "(?i)password[=:] *[^ ,;&]+",
      "(?i)passwd[=:] *[^ ,;&]+",
      "(?i)secret[=:] *[^ ,;&]+",
      "(?i)token[=:] *[^ ,;&]+",
      "(?i)api[_-]?key[=:] *[^ ,;&]+",
      "(?i)access[_-]?key[=:] *[^ ,;&]+",
      "(?i)client[_-]?secret[=:] *[^ ,;&]+",
      "ghp_[A-Za-z0-9]+",
      "gho_[A-Za-z0-9]+",
      "github_pat_[A-Za-z0-9_]+",
      "glpat-[A-Za-z0-9_-]+",
      "xox[baprs]-[A-Za-z0-9-]+",
      "sk_live_[A-Za-z0-9]+",
      "AKIA[0-9A-Z]+",
      "AIza[0-9A-Za-z_-]+",
      "eyJ[A-Za-z0-9_-]+[.][A-Za-z0-9_-]+[.][A-Za-z0-9_-]+",
      "-----BEGIN [A-Z ]*PRIVATE KEY-----",
      "[a-z]+://[^:/ ]+:[^@/ ]+@");

  /** The layouts compared in the same run. */
  public enum Impl {
    /** {@code %m%n}: the baseline users compare with. */
    PLAIN("%m%n", false),
    /** {@code %redact{%m}%n}. */
    REDACT("%redact{%m}%n", false),
    /** {@code %replace} with {@link #NAIVE_REGEX}. */
    REPLACE_NAIVE("%replace{%m}{" + NAIVE_REGEX + "}{$1$2[REDACTED]}%n", false),
    /** {@code %replace} with the 20 patterns of {@link #ALTERNATION_REGEX}. */
    REPLACE_ALTERNATION("%replace{%m}{" + ALTERNATION_REGEX + "}{[REDACTED]}%n", false),
    /** {@code RedactingRewritePolicy.rewrite} then the plain {@code %m%n}. */
    REWRITE_POLICY("%m%n", true);

    final String pattern;
    final boolean rewrite;

    Impl(String pattern, boolean rewrite) {
      this.pattern = pattern;
      this.rewrite = rewrite;
    }
  }

  @Param
  public Impl impl;

  @Param({Corpus.CLEAN, Corpus.SECRETS_5})
  public String corpus;

  @Param({"ONE_ARGUMENT", "CONSTANT"})
  public String message;

  private PatternLayout layout;
  private RedactingRewritePolicy policy;
  private LogEvent[] events;
  private final Sink sink = new Sink();
  private int next;

  @Setup
  public void setUp() {
    layout = PatternLayout.newBuilder()
        .withConfiguration(new DefaultConfiguration())
        .withPattern(impl.pattern)
        .build();
    policy = impl.rewrite ? RedactingRewritePolicy.newBuilder().build() : null;
    Corpus corpus = Corpus.named(this.corpus);
    events = new LogEvent[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      String line = corpus.lines[(int) ((long) i * corpus.lines.length / EVENTS)];
      Message text = message.equals("CONSTANT")
          ? new SimpleMessage(line)
          : new ParameterizedMessage("{}", line);
      if (!text.getFormattedMessage().equals(line)) {
        throw new IllegalStateException("formatting changed line " + i);
      }
      events[i] = event(text);
    }
    check();
  }

  private static LogEvent event(Message message) {
    return Log4jLogEvent.newBuilder()
        .setLoggerName("bench")
        .setLevel(Level.INFO)
        .setMessage(message)
        .build();
  }

  private void check() {
    String secretLine = "calling with password=hunter2 and token=abc123def456ghi789";
    String written = render(event(new SimpleMessage(secretLine)));
    boolean masked = !written.contains("abc123def456ghi789") && !written.contains("hunter2");
    if (masked == (impl == Impl.PLAIN)) {
      throw new IllegalStateException(impl + " wrote " + written);
    }
    String cleanLine = "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating";
    String clean = render(event(new SimpleMessage(cleanLine)));
    if (!clean.equals(cleanLine + System.lineSeparator())) {
      throw new IllegalStateException(impl + " changed a clean line into " + clean);
    }
  }

  private String render(LogEvent event) {
    return layout.toSerializable(policy == null ? event : policy.rewrite(event));
  }

  @Benchmark
  public int encode() {
    LogEvent event = events[next];
    next = (next + 1) & (EVENTS - 1);
    if (policy != null) {
      event = policy.rewrite(event);
    }
    layout.encode(event, sink);
    return sink.take();
  }

  /** Where the layout writes: one reused buffer, emptied after each event. */
  static final class Sink implements ByteBufferDestination {
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    int take() {
      int written = buffer.position();
      buffer.clear();
      return written;
    }

    @Override
    public ByteBuffer getByteBuffer() {
      return buffer;
    }

    @Override
    public ByteBuffer drain(ByteBuffer full) {
      full.clear();
      return full;
    }

    @Override
    public void writeBytes(ByteBuffer data) {
      data.position(data.limit());
    }

    @Override
    public void writeBytes(byte[] data, int offset, int length) {
      // Dropped: only the encoding is measured.
    }
  }
}
