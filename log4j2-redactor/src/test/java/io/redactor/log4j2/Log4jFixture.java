package io.redactor.log4j2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Loads a test's own {@code log4j2.xml} through Log4j's configuration factory into the context
 * that both the Log4j API and SLF4J log to, and reads what its file appenders wrote.
 *
 * <p>Every file appender of the test configurations writes under {@code ${sys:redactor.out}},
 * which points at the test's temporary folder.
 */
final class Log4jFixture {
  static final String OUTPUT_PROPERTY = "redactor.out";

  private Log4jFixture() {
  }

  /** (Re)configures the application's logger context from a test resource. */
  static LoggerContext configure(String resource, Path outputDirectory) {
    URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return configure(url.toURI(), outputDirectory);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** (Re)configures the application's logger context from a configuration file at any place. */
  static LoggerContext configure(URI location, Path outputDirectory) {
    System.setProperty(OUTPUT_PROPERTY, outputDirectory.toString());
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.setConfigLocation(location);
    return context;
  }

  /** The lines of a log file, waiting up to ten seconds for at least {@code count} of them. */
  static List<String> awaitLines(Path file, int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> lines = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      lines = readLines(file);
      if (lines.size() >= count) {
        return lines;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("expected " + count + " lines in " + file.getFileName() + " but found "
        + lines.size() + ": " + lines);
  }

  static List<String> readLines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Records the errors Log4j's status logger reports while it is registered; closing it
   * unregisters it.
   */
  static final class StatusErrors implements StatusListener {
    private final List<String> messages = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();

    static StatusErrors register() {
      StatusErrors errors = new StatusErrors();
      StatusLogger.getLogger().registerListener(errors);
      return errors;
    }

    @Override
    public synchronized void log(StatusData data) {
      if (data.getLevel().isMoreSpecificThan(Level.ERROR)) {
        messages.add(data.getMessage().getFormattedMessage());
        causes.add(data.getThrowable());
      }
    }

    @Override
    public Level getStatusLevel() {
      return Level.ERROR;
    }

    synchronized List<String> messages() {
      return new ArrayList<>(messages);
    }

    /** The throwable reported with each message, {@code null} where there was none. */
    synchronized List<Throwable> causes() {
      return new ArrayList<>(causes);
    }

    /** Unregisters; the status logger itself calls {@link #close()} on removal. */
    void unregister() {
      StatusLogger.getLogger().removeListener(this);
    }

    @Override
    public void close() {
      // Called back by the status logger on removal: nothing to release.
    }
  }
}
