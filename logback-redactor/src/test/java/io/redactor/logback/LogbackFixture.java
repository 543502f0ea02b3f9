package io.redactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * A fresh {@link LoggerContext} configured by Logback's own {@link JoranConfigurator} from the
 * XML file named after a test and scenario ({@code RedactingEncoderTest-json.xml}). The file sees
 * the property {@code dir}, a temporary folder for {@code FileAppender}s.
 */
final class LogbackFixture implements AutoCloseable {
  final LoggerContext context;
  final Path dir;

  private LogbackFixture(LoggerContext context, Path dir) {
    this.context = context;
    this.dir = dir;
  }

  /** A new context, apart from the one SLF4J's {@code LoggerFactory} hands out. */
  static LogbackFixture configure(Class<?> test, String scenario, Path dir) {
    LoggerContext context = new LoggerContext();
    context.setName(scenario);
    // A context made outside SLF4J's provider has no MDC adapter of its own yet.
    context.setMDCAdapter(new LogbackMDCAdapter());
    return configure(context, test, scenario, dir);
  }

  /**
   * The context behind SLF4J's {@code LoggerFactory}, reset and configured anew, for libraries
   * that log through it; {@link #close()} resets it again.
   */
  static LogbackFixture configureGlobal(Class<?> test, String scenario, Path dir) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    return configure(context, test, scenario, dir);
  }

  private static LogbackFixture configure(
      LoggerContext context, Class<?> test, String scenario, Path dir) {
    String resource = test.getSimpleName() + "-" + scenario + ".xml";
    URL url = test.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    String xml;
    try (InputStream in = url.openStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LogbackVersion.assumeJsonEncoderOptions(xml);
    LogbackFixture fixture = new LogbackFixture(context, dir);
    fixture.context.putProperty("dir", dir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(fixture.context);
    try {
      configurator.doConfigure(new ByteArrayInputStream(
          LogbackVersion.readable(xml).getBytes(StandardCharsets.UTF_8)));
    } catch (JoranException e) {
      throw new IllegalStateException(e);
    }
    return fixture;
  }

  /**
   * A new context configured from a file, which Logback then watches when the file says
   * {@code scan="true"}: configuring from a file URL makes it the main watch URL.
   */
  static LogbackFixture configureFile(Path file, StatusListener listener, Path dir) {
    LoggerContext context = new LoggerContext();
    context.setName(file.getFileName().toString());
    // A context made outside SLF4J's provider has no MDC adapter of its own yet.
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.getStatusManager().add(listener);
    try {
      return configure(context, file.toUri().toURL(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LogbackFixture configure(LoggerContext context, URL url, Path dir) {
    LogbackFixture fixture = new LogbackFixture(context, dir);
    fixture.context.putProperty("dir", dir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(fixture.context);
    try {
      configurator.doConfigure(url);
    } catch (JoranException e) {
      throw new IllegalStateException(e);
    }
    return fixture;
  }

  org.slf4j.Logger logger(String name) {
    return context.getLogger(name);
  }

  /** Stops the context, which flushes and closes every appender. */
  @Override
  public void close() {
    context.stop();
  }

  /** What a {@code FileAppender} wrote to {@code name} in the temporary folder, after close. */
  String file(String name) {
    close();
    try {
      return new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the {@link MemoryAppender} named {@code name} received. */
  String memory(String name) {
    ByteArrayOutputStream bytes =
        (ByteArrayOutputStream) context.getObject(MemoryAppender.KEY + name);
    if (bytes == null) {
      throw new IllegalArgumentException("no memory appender " + name);
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }

  /** The messages the {@link ThrowingAppender} named {@code name} delivered. */
  @SuppressWarnings("unchecked")
  List<String> delivered(String name) {
    List<String> delivered = (List<String>) context.getObject(ThrowingAppender.KEY + name);
    if (delivered == null) {
      throw new IllegalArgumentException("no throwing appender " + name);
    }
    return List.copyOf(delivered);
  }

  /** Every status message at {@code level} or above, one per line, with its cause's message. */
  List<String> statuses(int level) {
    return context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getLevel() >= level)
        .map(s -> s.getMessage() + (s.getThrowable() == null ? "" : " / " + s.getThrowable()))
        .collect(Collectors.toList());
  }

  List<String> errors() {
    return statuses(Status.ERROR);
  }

  /**
   * Every status with the whole stack trace of its cause (causes and suppressed included), which
   * is what a console status listener prints; tests check that no secret reaches it.
   */
  String statusReport() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    for (Status status : context.getStatusManager().getCopyOfStatusList()) {
      out.println(status);
      if (status.getThrowable() != null) {
        status.getThrowable().printStackTrace(out);
      }
    }
    out.flush();
    return text.toString();
  }

  static String lines(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(System.lineSeparator());
    }
    return text.toString();
  }
}
