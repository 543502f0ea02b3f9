package io.redactor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The 2k-line samples of the LogPai loghub collection, which are not part of this repository: they
 * are read from {@code ../shared/corpus/loghub} beside the checkout (found by walking up from the
 * working directory), or from the folder the system property {@value #PROPERTY} names. Tests that
 * need them are skipped when they are absent; the generated clean lines of {@link CleanLines} keep
 * the same guarantees then.
 */
final class LoghubSamples {
  static final String PROPERTY = "redactor.loghub";
  static final String[] SYSTEMS = {"Android", "Apache", "BGL", "HDFS", "HPC", "Hadoop",
      "HealthApp", "Linux", "Mac", "OpenSSH", "OpenStack", "Proxifier", "Spark", "Thunderbird",
      "Windows", "Zookeeper"};
  static final String MISSING = "../shared/corpus/loghub was not found above "
      + Paths.get("").toAbsolutePath() + " (or the folder given by -D" + PROPERTY
      + " does not hold the 16 *_2k.log files): put the loghub samples in shared/corpus/loghub "
      + "beside the checkout, or run with -D" + PROPERTY + "=<folder>";

  private static final Optional<Path> FOLDER = locate();
  private static List<String> lines;

  private LoghubSamples() {
  }

  static boolean present() {
    return FOLDER.isPresent();
  }

  /** Skips the calling test, with {@link #MISSING} as the reason, when the samples are absent. */
  static void assumePresent() {
    Assumptions.assumeTrue(present(), MISSING);
  }

  /** Every line of the 16 samples (32,000 lines), as BufferedReader splits them. */
  static synchronized List<String> lines() {
    if (lines == null) {
      Path folder = FOLDER.orElseThrow(() -> new IllegalStateException(MISSING));
      List<String> all = new ArrayList<>();
      for (String system : SYSTEMS) {
        all.addAll(read(folder.resolve(system + "_2k.log")));
      }
      lines = List.copyOf(all);
    }
    return lines;
  }

  /** The samples' lines when present, otherwise an empty list. */
  static List<String> linesIfPresent() {
    return present() ? lines() : List.of();
  }

  private static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      Path folder = Paths.get(configured);
      return holdsSamples(folder) ? Optional.of(folder) : Optional.empty();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir.getParent() != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus").resolve("loghub");
      if (holdsSamples(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean holdsSamples(Path folder) {
    for (String system : SYSTEMS) {
      if (!Files.isRegularFile(folder.resolve(system + "_2k.log"))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> read(Path file) {
    List<String> lines = new ArrayList<>();
    // A decoding reader, not Files.newBufferedReader: that one fails on a malformed byte.
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
