package io.redactor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how far the scrubbing of a large file got (percent and MB/s) on one line of a terminal,
 * rewritten in place. Never used when standard error is not a terminal, so that logs of scripts
 * and CI jobs stay clean.
 */
final class Progress {
  /** Files smaller than this go too fast for progress to help. */
  static final long MIN_SIZE = 8L << 20;

  private static final long CHECK_EVERY_BYTES = 4L << 20;
  private static final long REFRESH_NANOS = 250_000_000L;
  private static final Progress NONE = new Progress(null, "", 0);

  private final PrintStream err;
  private final String name;
  private final long size;
  private final long startNanos = System.nanoTime();
  private long nextCheck;
  private long lastShown = startNanos;
  private boolean shown;

  private Progress(PrintStream err, String name, long size) {
    this.err = err;
    this.name = name;
    this.size = size;
    this.nextCheck = err == null ? Long.MAX_VALUE : CHECK_EVERY_BYTES;
  }

  /** A progress display that shows nothing. */
  static Progress none() {
    return NONE;
  }

  /** A progress display on {@code err} for a file of {@code size} bytes. */
  static Progress of(PrintStream err, String name, long size) {
    return new Progress(err, name, size);
  }

  /** Called after each line with the bytes read so far; cheap until a few MB went by. */
  void update(long bytesRead) {
    if (bytesRead < nextCheck) {
      return;
    }
    nextCheck = bytesRead + CHECK_EVERY_BYTES;
    long now = System.nanoTime();
    if (now - lastShown < REFRESH_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - startNanos) / 1e9;
    err.printf(Locale.ROOT, "\rredactor: %s %3d%% %6.0f MB/s ",
        name, Math.min(100, bytesRead * 100 / Math.max(1, size)), bytesRead / 1e6 / seconds);
    err.flush();
  }

  /** Erases the progress line, if one was shown. */
  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /**
   * Whether standard error is a terminal. The JDK cannot tell for standard error alone
   * ({@code System.console()} looks at standard input and output), so ask {@code test -t 2} with
   * standard error inherited; where there is no such command, show no progress.
   */
  static boolean stderrIsTerminal() {
    try {
      Process test = new ProcessBuilder("test", "-t", "2")
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      return test.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
