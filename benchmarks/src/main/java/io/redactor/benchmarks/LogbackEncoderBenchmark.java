package io.redactor.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.Encoder;
import io.redactor.Redactor;
import io.redactor.logback.RedactingEncoder;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * What does redaction add to the cost of encoding one Logback event, next to the plain encoder
 * (the baseline users compare with) and to what users write today ({@code %replace(%msg){...}})?
 *
 * <p>One operation encodes one event, as an appender does: events are made beforehand from 4,096
 * lines of the loghub samples ({@code clean}), or of the same lines with a secret planted in 5% of
 * them ({@code secrets5}), with realistic logger names, 64 to a millisecond, and cycled through;
 * each line comes as a constant message or as an argument ({@link #message}). Pattern
 * encoders use {@value #PATTERN}. The rows:
 * <ul>
 *   <li>{@code PATTERN_PLAIN}: Logback's {@code PatternLayoutEncoder}, the baseline;</li>
 *   <li>{@code PATTERN_REDACTING}: {@code RedactingPatternLayoutEncoder}, same pattern;</li>
 *   <li>{@code PATTERN_REDACTING_NO_RULES}: the same with {@code rules=none}, what the encoder
 *       costs apart from the engine's scan;</li>
 *   <li>{@code PATTERN_REPLACE_KEYWORD}: {@code %replace(%msg){...}} with a naive keyword
 *       regex;</li>
 *   <li>{@code PATTERN_REPLACE_PROVIDERS}: {@code %replace(%msg){...}} with an alternation of 20
 *       provider patterns ({@link RegexRedactor});</li>
 *   <li>{@code JSON_PLAIN} and {@code JSON_REDACTING}: Logback's {@code JsonEncoder}, alone and
 *       inside {@code RedactingEncoder}.</li>
 * </ul>
 * With {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per event; the redacting
 * rows must allocate what their plain row does on {@code clean}.
 *
 * <p>Run, from the repository root:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar LogbackEncoderBenchmark -prof gc
 * </pre>
 * A short trial: add {@code -f 1 -wi 2 -i 2 -w 1s -r 1s}.
 *
 * <p>Results are checked before they are consumed: {@link #setUp()} verifies that the redacting
 * encoders write exactly the plain encoders' bytes for every event whose message the engine leaves
 * as it is, and no planted secret for the others; each operation checks that it wrote a line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LogbackEncoderBenchmark {
  static final String PATTERN = "%d %-5level [%thread] %logger{36} - %msg%n";

  /** A regex as users write it in {@code %replace}: a few keywords and what follows. */
  static final String KEYWORD_REGEX =
      "(?i)(password|passwd|pwd|secret|token|api[_-]?key|authorization)(\\s*[=:]\\s*)[^\\s,&\"]+";

  private static final int EVENTS = 4096;
  private static final String[] LOGGER_NAMES = {
    "org.apache.hadoop.hdfs.server.datanode.DataNode",
    "org.apache.zookeeper.server.quorum.QuorumPeer",
    "com.example.orders.web.CheckoutController",
    "io.netty.channel.nio.NioEventLoop",
    "org.springframework.web.servlet.DispatcherServlet",
    "com.example.billing.InvoiceService",
    "sshd",
    "org.apache.spark.storage.BlockManager",
  };

  /** The encoders compared in the same run. */
  public enum Impl {
    PATTERN_PLAIN,
    PATTERN_REDACTING,
    PATTERN_REDACTING_NO_RULES,
    PATTERN_REPLACE_KEYWORD,
    PATTERN_REPLACE_PROVIDERS,
    JSON_PLAIN,
    JSON_REDACTING
  }

  @Param({Corpus.CLEAN, Corpus.SECRETS_5})
  public String corpus;

  @Param
  public Impl impl;

  /**
   * How events carry their line: {@code CONSTANT} as {@code log.info(line)} with a string
   * literal, whose redaction the redactor remembers; {@code ONE_ARGUMENT} as
   * {@code log.info("{}", line)}, a message built at run time, whose every character is scanned
   * at every event.
   */
  @Param({"ONE_ARGUMENT", "CONSTANT"})
  public String message;

  private LoggingEvent[] events;
  private Encoder<ILoggingEvent> encoder;
  private int next;

  @Setup
  public void setUp() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    Corpus lines = Corpus.named(corpus);
    events = new LoggingEvent[EVENTS];
    String[] planted = new String[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
      int line = (int) ((long) i * lines.lines.length / EVENTS);
      Logger logger = context.getLogger(LOGGER_NAMES[i % LOGGER_NAMES.length]);
      LoggingEvent event = message.equals("CONSTANT")
          ? new LoggingEvent(Logger.FQCN, logger, Level.INFO, lines.lines[line], null, null)
          : new LoggingEvent(Logger.FQCN, logger, Level.INFO, "{}", null,
              new Object[] {lines.lines[line]});
      if (!event.getFormattedMessage().equals(lines.lines[line])) {
        throw new IllegalStateException("formatting changed line " + line);
      }
      // 64 events per millisecond, as under load: Logback formats the date once per 64 events.
      event.setTimeStamp(1_796_000_000_000L + i / 64);
      event.prepareForDeferredProcessing();
      events[i] = event;
      planted[i] = lines.planted[line];
    }
    encoder = encoder(impl, context);
    check(context, planted);
  }

  private static Encoder<ILoggingEvent> encoder(
      Impl impl, LoggerContext context) {
    Encoder<ILoggingEvent> result;
    switch (impl) {
      case PATTERN_PLAIN:
        result = patternEncoder(new PatternLayoutEncoder(), PATTERN);
        break;
      case PATTERN_REDACTING:
        RedactingPatternLayoutEncoder redacting = new RedactingPatternLayoutEncoder();
        redacting.setPattern(PATTERN);
        result = redacting;
        break;
      case PATTERN_REDACTING_NO_RULES:
        RedactingPatternLayoutEncoder noRules = new RedactingPatternLayoutEncoder();
        noRules.setPattern(PATTERN);
        noRules.setOptions("rules=none");
        result = noRules;
        break;
      case PATTERN_REPLACE_KEYWORD:
        result = patternEncoder(new PatternLayoutEncoder(), replacePattern(KEYWORD_REGEX));
        break;
      case PATTERN_REPLACE_PROVIDERS:
        result = patternEncoder(
            new PatternLayoutEncoder(), replacePattern(RegexRedactor.PATTERN.pattern()));
        break;
      case JSON_PLAIN:
        result = new JsonEncoder();
        break;
      case JSON_REDACTING:
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        json.start();
        RedactingEncoder wrapper = new RedactingEncoder();
        wrapper.setEncoder(json);
        result = wrapper;
        break;
      default:
        throw new IllegalArgumentException(impl.name());
    }
    result.setContext(context);
    result.start();
    if (!result.isStarted()) {
      throw new IllegalStateException(impl + " did not start: "
          + context.getStatusManager().getCopyOfStatusList());
    }
    return result;
  }

  private static PatternLayoutEncoder patternEncoder(PatternLayoutEncoder encoder, String pattern) {
    encoder.setPattern(pattern);
    return encoder;
  }

  private static String replacePattern(String regex) {
    return PATTERN.replace("%msg", "%replace(%msg){'" + regex + "', '"
        + RegexRedactor.REPLACEMENT + "'}");
  }

  private void check(LoggerContext context, String[] planted) {
    // Every row runs the same check, against a second encoder, so that each fork warms up alike.
    Encoder<ILoggingEvent> plain = null;
    if (impl.name().startsWith("PATTERN")) {
      plain = encoder(Impl.PATTERN_PLAIN, context);
    } else if (impl.name().startsWith("JSON")) {
      plain = encoder(Impl.JSON_PLAIN, context);
    }
    boolean redacting = impl == Impl.PATTERN_REDACTING || impl == Impl.JSON_REDACTING;
    for (int i = 0; i < EVENTS; i++) {
      byte[] written = encoder.encode(events[i]);
      if (written == null || written.length == 0) {
        throw new IllegalStateException(impl + " wrote nothing for event " + i);
      }
      byte[] plainWritten = plain.encode(events[i]);
      if (!redacting && impl != Impl.PATTERN_REDACTING_NO_RULES) {
        continue;
      }
      String text = new String(written, StandardCharsets.UTF_8);
      String message = events[i].getFormattedMessage();
      boolean clean = planted[i] == null && Redactor.defaults().redact(message) == message;
      if ((clean || !redacting) && !Arrays.equals(written, plainWritten)) {
        throw new IllegalStateException(impl + " changed a clean event: " + text);
      }
      if (planted[i] != null && redacting && text.contains(planted[i])) {
        throw new IllegalStateException(impl + " let a secret through: " + text);
      }
    }
  }

  @Benchmark
  public byte[] encode() {
    LoggingEvent event = events[next];
    next = (next + 1) & (EVENTS - 1);
    byte[] written = encoder.encode(event);
    if (written.length == 0) {
      throw new IllegalStateException(impl + " wrote nothing");
    }
    return written;
  }
}
