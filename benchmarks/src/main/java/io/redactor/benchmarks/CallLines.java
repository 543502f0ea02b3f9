package io.redactor.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the end-to-end benchmarks log, and the check of what their files hold: shared by
 * {@link LogbackCallBenchmark} and {@link Log4j2CallBenchmark}.
 */
final class CallLines {
  /** Lines logged, cycled through; a power of two. */
  static final int COUNT = 4096;
  static final String TEMPLATE = "request {} took {} ms";
  /** A planted secret: every redacting configuration must mask it, the plain one keep it. */
  static final String SECRET = "3f9a1c0e7b2d4a6c8e0f1a2b3c4d5e6f";
  static final String SECRET_LINE = "GET /orders Authorization: Bearer " + SECRET;

  private CallLines() {
  }

  /**
   * Forces the scalar prefilter for {@code scan=scalar}, before the first engine is built in this
   * JVM (the choice is made once); {@code auto} leaves the choice to the engine.
   */
  static void selectScan(String scan) {
    switch (scan) {
      case "auto":
        break;
      case "scalar":
        System.setProperty("redactor.scan", "scalar");
        break;
      default:
        throw new IllegalArgumentException("scan '" + scan + "': expected auto or scalar");
    }
  }

  /** {@value #COUNT} clean loghub lines, spread over the 16 systems. */
  static String[] lines() {
    String[] all = Corpus.named(Corpus.CLEAN).lines;
    String[] lines = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      lines[i] = all[(int) ((long) i * all.length / COUNT)];
    }
    return lines;
  }

  /** The second argument of each call, boxed beforehand so that no row allocates for it. */
  static Integer[] numbers() {
    Integer[] numbers = new Integer[COUNT];
    for (int i = 0; i < COUNT; i++) {
      numbers[i] = 1000 + i;
    }
    return numbers;
  }

  /** A logger under the configuration's {@code sync} or {@code async} logger. */
  static String loggerName(String parent) {
    return parent + ".com.example.orders.web.CheckoutController";
  }

  static Path folder(String name) throws IOException {
    return Files.createTempDirectory(Paths.get(System.getProperty("java.io.tmpdir")),
        "redactor-" + name + "-");
  }

  /**
   * Checks that {@code file} holds one line per call of {@link #lines()}, in order, each ending in
   * its message exactly, and then the secret line, masked when {@code redacting}.
   */
  static void checkWritten(Path file, boolean redacting, String what) throws IOException {
    List<String> written = Files.readAllLines(file, UTF_8);
    String[] lines = lines();
    if (written.size() != COUNT + 1) {
      throw new IllegalStateException(what + " wrote " + written.size() + " lines, expected "
          + (COUNT + 1));
    }
    for (int i = 0; i < COUNT; i++) {
      String expected = " - request " + lines[i] + " took " + (1000 + i) + " ms";
      if (!written.get(i).endsWith(expected)) {
        throw new IllegalStateException(what + " changed a clean line:\n  " + written.get(i)
            + "\nexpected it to end in\n  " + expected);
      }
    }
    String last = written.get(COUNT);
    if (last.contains(SECRET) == redacting || !last.contains("GET /orders Authorization: Bearer ")) {
      throw new IllegalStateException(what + (redacting ? " let the secret through: "
          : " changed the secret line: ") + last);
    }
  }

  static void empty(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(0);
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
