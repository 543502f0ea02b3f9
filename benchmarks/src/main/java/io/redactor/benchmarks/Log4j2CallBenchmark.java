package io.redactor.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
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

/**
 * What does a whole logging call cost a user of Log4j 2, from {@code logger.info(...)} to the
 * bytes in the file, with and without redaction?
 *
 * <p>One operation is {@code logger.info("request {} took {} ms", line, i)} through the Log4j
 * API, as in {@link LogbackCallBenchmark}: 4,096 loghub lines as run-time arguments. The logger
 * writes to a {@code File} appender with the pattern {@code %d %-5level [%t] %c{36} - %m%n} in a
 * fresh folder of {@code java.io.tmpdir}, emptied before every iteration. Each configuration is a
 * {@code log4j2.xml} of the benchmarks' resources ({@code e2e/log4j2-<impl>.xml}) read by Log4j's
 * own configuration factory:
 * <ul>
 *   <li>{@code PLAIN}: the plain {@code PatternLayout}, the baseline;</li>
 *   <li>{@code CONVERTER}: {@code %redact{%m}} in the same pattern;</li>
 *   <li>{@code REWRITE}: a {@code Rewrite} appender with {@code RedactingRewritePolicy} in front
 *       of the plain file appender.</li>
 * </ul>
 * {@link #front} calls the file (or rewrite) appender directly, through an {@code Async}
 * appender, or from an {@code AsyncLogger} (LMAX Disruptor). Log4j runs in its default
 * garbage-free mode (thread-local reusable messages, direct encoders).
 *
 * <p>{@code call} is calls per microsecond of wall time; {@link CallCpu} adds the calling
 * thread's CPU time, which on a shared machine is the steadier measure of a synchronous call.
 *
 * <p>Run, from the repository root (18 cases, about 4 minutes):
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Log4j2CallBenchmark -prof gc
 * </pre>
 * On JDK 21 or later, add {@code -jvmArgsAppend "--add-modules jdk.incubator.vector"} for the
 * vector prefilter, and {@code -p scan=auto,scalar} to compare it with the scalar one.
 *
 * <p>Before measuring, {@link #setUp()} logs every line once through the same configuration into
 * a second folder, stops the context and checks the file, as {@link LogbackCallBenchmark} does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Log4j2CallBenchmark {

  /** The configurations compared in the same run, each a file {@code e2e/log4j2-<name>.xml}. */
  public enum Impl {
    PLAIN, CONVERTER, REWRITE
  }

  /** What the call goes through first. */
  public enum Front {
    FILE("sync"), ASYNC_APPENDER("async"), ASYNC_LOGGER("asynclogger");

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
  public void setUp() throws IOException, URISyntaxException {
    CallLines.selectScan(scan);
    lines = CallLines.lines();
    numbers = CallLines.numbers();
    Path check = CallLines.folder("log4j2-check");
    try {
      LoggerContext checked = configure("check", check, "true");
      Logger checkLogger = checked.getLogger(CallLines.loggerName(front.logger));
      for (int i = 0; i < lines.length; i++) {
        checkLogger.info(CallLines.TEMPLATE, lines[i], numbers[i]);
      }
      checkLogger.info(CallLines.TEMPLATE, CallLines.SECRET_LINE, -1);
      checked.stop();
      CallLines.checkWritten(check.resolve("app.log"), impl != Impl.PLAIN, impl.name());
    } finally {
      CallLines.delete(check);
    }

    folder = CallLines.folder("log4j2");
    context = configure("bench", folder, flush);
    logger = context.getLogger(CallLines.loggerName(front.logger));
    System.out.println("\nprefilter " + io.redactor.Redactor.prefilter());
  }

  private LoggerContext configure(String name, Path dir, String immediateFlush)
      throws URISyntaxException {
    String resource = "e2e/log4j2-" + impl.name().toLowerCase(Locale.ROOT) + ".xml";
    System.setProperty("redactor.e2e.dir", dir.toString());
    System.setProperty("redactor.e2e.flush", immediateFlush);
    LoggerContext result = new LoggerContext(name, null,
        Log4j2CallBenchmark.class.getClassLoader().getResource(resource).toURI());
    result.start();
    for (String appender : new String[] {"File", "Async"}) {
      Appender started = result.getConfiguration().getAppender(appender);
      if (started == null || !started.isStarted()) {
        throw new IllegalStateException(resource + ": appender " + appender + " not started");
      }
    }
    return result;
  }

  /** Empties the file, so that a run writes gigabytes to no disk. */
  @Setup(Level.Iteration)
  public void emptyFile() throws IOException {
    CallLines.empty(folder.resolve("app.log"));
  }

  @TearDown
  public void tearDown() throws IOException {
    context.stop();
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
