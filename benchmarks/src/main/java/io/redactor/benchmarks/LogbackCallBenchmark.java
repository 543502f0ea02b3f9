package io.redactor.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;

/**
 * What does a whole logging call cost a user of Logback, from {@code logger.info(...)} to the
 * bytes in the file, with and without each redacting component?
 *
 * <p>One operation is {@code logger.info("request {} took {} ms", line, i)} through SLF4J: a
 * message built at run time from one of 4,096 lines of the loghub samples ({@link CallLines}),
 * so that every call's text is scanned. The logger writes to a real {@code FileAppender} with the
 * pattern {@code %d %-5level [%thread] %logger{36} - %msg%n}, in a file under a fresh folder of
 * {@code java.io.tmpdir} (point it at a tmpfs with {@code -jvmArgsAppend
 * -Djava.io.tmpdir=/dev/shm} to measure the logging rather than the disk), emptied before every
 * iteration. Each configuration is a {@code logback.xml} of the benchmarks' resources
 * ({@code e2e/logback-<impl>.xml}), read by Logback's own {@code JoranConfigurator}:
 * <ul>
 *   <li>{@code PLAIN}: Logback's {@code PatternLayoutEncoder}, the baseline;</li>
 *   <li>{@code PATTERN_ENCODER}: {@code RedactingPatternLayoutEncoder}, same pattern;</li>
 *   <li>{@code ENCODER}: {@code RedactingEncoder} around the plain encoder;</li>
 *   <li>{@code CONVERTER}: {@code %redact(%msg){}} in the plain encoder;</li>
 *   <li>{@code APPENDER}: {@code RedactingAppender} in front of the plain file appender.</li>
 * </ul>
 * {@link #front} puts an {@code AsyncAppender} first or not; {@link #flush} is the file
 * appender's {@code immediateFlush}. The AsyncAppender discards nothing ({@code
 * discardingThreshold} 0): when its queue is full the caller waits, so a call's cost is the
 * rate at which its worker writes.
 *
 * <p>{@code call} is calls per microsecond of wall time; {@link CallCpu} adds the calling
 * thread's CPU time, which on a shared machine is the steadier measure of a synchronous call.
 *
 * <p>Run, from the repository root (20 cases, about 5 minutes):
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar LogbackCallBenchmark -prof gc
 * </pre>
 * On JDK 21 or later, add {@code -jvmArgsAppend "--add-modules jdk.incubator.vector"} for the
 * vector prefilter, and {@code -p scan=auto,scalar} to compare it with the scalar one.
 *
 * <p>Before measuring, {@link #setUp()} logs every line once through the same configuration into
 * a second folder, stops the context and checks what the file holds: each clean line exactly as
 * the plain encoder writes it, and a planted bearer token masked by every redacting
 * configuration and kept by the plain one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LogbackCallBenchmark {

  /** The configurations compared in the same run, each a file {@code e2e/logback-<name>.xml}. */
  public enum Impl {
    PLAIN, PATTERN_ENCODER, ENCODER, CONVERTER, APPENDER;

    String resource() {
      return "e2e/logback-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
          + ".xml";
    }
  }

  /** What the logger calls first: the file appender itself, or an AsyncAppender in front. */
  public enum Front {
    FILE("sync"), ASYNC("async");

    final String logger;

    Front(String logger) {
      this.logger = logger;
    }
  }

  @Param
  public Impl impl;

  @Param
  public Front front;

  @Param({"true", "false"})
  public String flush;

  /**
   * {@code auto}: the engine's prefilter as chosen for this JVM; {@code scalar}: the scalar one,
   * forced ({@code -Dredactor.scan=scalar}) before the first engine is built.
   */
  @Param({"auto"})
  public String scan;

  private LoggerContext context;
  private Logger logger;
  private Path folder;
  private String[] lines;
  private Integer[] numbers;
  private int next;

  @Setup
  public void setUp() throws IOException, JoranException {
    CallLines.selectScan(scan);
    lines = CallLines.lines();
    numbers = CallLines.numbers();
    Path check = CallLines.folder("logback-check");
    try {
      LoggerContext checked = configure(check, "true");
      Logger checkLogger = checked.getLogger(CallLines.loggerName(front.logger));
      for (int i = 0; i < lines.length; i++) {
        checkLogger.info(CallLines.TEMPLATE, lines[i], numbers[i]);
      }
      checkLogger.info(CallLines.TEMPLATE, CallLines.SECRET_LINE, -1);
      stop(checked);
      CallLines.checkWritten(check.resolve("app.log"), impl != Impl.PLAIN, impl.name());
    } finally {
      CallLines.delete(check);
    }

    folder = CallLines.folder("logback");
    context = configure(folder, flush);
    logger = context.getLogger(CallLines.loggerName(front.logger));
    System.out.println("\nprefilter " + io.redactor.Redactor.prefilter());
  }

  private LoggerContext configure(Path dir, String immediateFlush) throws JoranException {
    LoggerContext result = new LoggerContext();
    result.setMDCAdapter(new LogbackMDCAdapter());
    result.putProperty("dir", dir.toString());
    result.putProperty("flush", immediateFlush);
    URL config = LogbackCallBenchmark.class.getClassLoader().getResource(impl.resource());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(result);
    configurator.doConfigure(config);
    for (Status status : result.getStatusManager().getCopyOfStatusList()) {
      if (status.getLevel() >= Status.WARN) {
        throw new IllegalStateException(impl.resource() + ": " + status.getMessage(),
            status.getThrowable());
      }
    }
    return result;
  }

  /** Empties the file, so that a run writes gigabytes to no disk. */
  @Setup(Level.Iteration)
  public void emptyFile() throws IOException {
    CallLines.empty(folder.resolve("app.log"));
  }

  /**
   * Stops the AsyncAppender first, so that it drains its queue into a file appender still open
   * (the context alone stops appenders logger by logger, the file's first).
   */
  private static void stop(LoggerContext context) {
    context.getLogger("async").getAppender("ASYNC").stop();
    context.stop();
  }

  @TearDown
  public void tearDown() throws IOException {
    stop(context);
    CallLines.delete(folder);
  }

  @Benchmark
  public void call(CallCpu cpu) {
    int k = next;
    next = (k + 1) & (CallLines.COUNT - 1);
    logger.info(CallLines.TEMPLATE, lines[k], numbers[k]);
    cpu.call();
  }
}
