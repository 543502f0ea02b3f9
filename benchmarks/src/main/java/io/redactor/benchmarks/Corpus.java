package io.redactor.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The lines the benchmarks read: the loghub sample logs (16 systems, 2,000 lines each), either as
 * they are ({@code clean}) or with a planted secret in 5% of the lines ({@code secrets5}), chosen
 * and generated from a fixed seed so that every run reads the same text.
 *
 * <p>The samples are not part of the repository. They are read from {@code ../shared/corpus/loghub}
 * beside the checkout, found by walking up from the working directory (run the benchmarks from
 * the repository root), or from the folder named by {@code -Dredactor.loghub=<folder>}, which the
 * forked JVMs inherit. Without them a benchmark fails at set-up with a message saying so.
 */
final class Corpus {
  static final String CLEAN = "clean";
  static final String SECRETS_5 = "secrets5";

  private static final String[] LOGHUB_FILES = {
    "Android_2k.log", "Apache_2k.log", "BGL_2k.log", "HDFS_2k.log", "HPC_2k.log",
    "Hadoop_2k.log", "HealthApp_2k.log", "Linux_2k.log", "Mac_2k.log", "OpenSSH_2k.log",
    "OpenStack_2k.log", "Proxifier_2k.log", "Spark_2k.log", "Thunderbird_2k.log",
    "Windows_2k.log", "Zookeeper_2k.log"
  };
  static final String LOGHUB_PROPERTY = "redactor.loghub";
  private static final long SEED = 20261127L;
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE64URL = ALNUM + "-_";
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int KINDS = 12;
  private static final int AWS_KIND = 5;

  /** The lines, without terminators. */
  final String[] lines;
  /** For each line, the secret planted in it, or null. */
  final String[] planted;

  private Corpus(String[] lines, String[] planted) {
    this.lines = lines;
    this.planted = planted;
  }

  /** The corpus named {@code clean} or {@code secrets5}. */
  static Corpus named(String name) {
    List<String> loghub = loghubLines();
    switch (name) {
      case CLEAN:
        return new Corpus(loghub.toArray(new String[0]), new String[loghub.size()]);
      case SECRETS_5:
        return withSecrets(loghub, 20);
      default:
        throw new IllegalArgumentException("corpus '" + name + "': expected clean or secrets5");
    }
  }

  /** Size of the lines in UTF-8, terminators not counted: what MB/s figures divide. */
  long utf8Bytes() {
    long bytes = 0;
    for (String line : lines) {
      bytes += line.getBytes(UTF_8).length;
    }
    return bytes;
  }

  int plantedCount() {
    int count = 0;
    for (String secret : planted) {
      count += secret == null ? 0 : 1;
    }
    return count;
  }

  /** Plants a secret in one line out of {@code every}, at a word boundary. */
  private static Corpus withSecrets(List<String> loghub, int every) {
    Random random = new Random(SEED);
    String[] lines = loghub.toArray(new String[0]);
    String[] planted = new String[lines.length];
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, random);
    for (int n = 0; n < lines.length / every; n++) {
      int i = indexes.get(n);
      int kind = n % KINDS;
      String secret =
          kind == AWS_KIND ? randomOf(BASE32, 16, random) : randomOf(ALNUM, 24, random);
      String snippet = plantedSnippet(kind, secret, random);
      String line = lines[i];
      int space = line.indexOf(' ', random.nextInt(line.length() + 1));
      lines[i] = space < 0
          ? line + " " + snippet
          : line.substring(0, space) + " " + snippet + line.substring(space);
      planted[i] = secret;
    }
    return new Corpus(lines, planted);
  }

  /**
   * A secret in one of the shapes and contexts that logs carry; {@code secret} is the part that
   * must not survive redaction.
   */
  private static String plantedSnippet(int kind, String secret, Random random) {
    switch (kind) {
      case 0:
        return "Authorization: Bearer " + secret;
      case 1:
        return "password=" + secret;
      case 2:
        return "{\"user\":\"svc\",\"password\":\"" + secret + "\"}";
      case 3:
        return "ghp_" + secret + randomOf(ALNUM, 12, random);
      case 4:
        return "https://svc:" + secret + "@db.example.com/orders";
      case AWS_KIND:
        return "AKIA" + secret;
      case 6:
        return "sk_live_" + secret;
      case 7:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiJzdmMtYmF0Y2giLCJleHAiOjE3OTYwMDAwMDB9." + secret + randomOf(BASE64URL, 19, random);
      case 8:
        return "X-Api-Key: " + secret;
      case 9:
        return "GET /oauth/callback?state=af31c0&access_token=" + secret + "&expires_in=3600";
      case 10:
        return "xoxb-" + randomOf("0123456789", 11, random) + "-"
            + randomOf("0123456789", 13, random) + "-" + secret;
      default:
        return "AIza" + secret + randomOf(BASE64URL, 11, random);
    }
  }

  private static String randomOf(String alphabet, int length, Random random) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  private static List<String> loghubLines() {
    Path folder = loghubFolder();
    if (folder == null) {
      throw new IllegalStateException("../shared/corpus/loghub was not found above "
          + Paths.get("").toAbsolutePath() + " (or -D" + LOGHUB_PROPERTY + " does not name a "
          + "folder with the 16 *_2k.log files): run from the repository root with the loghub "
          + "samples in shared/corpus/loghub beside the checkout, or pass -D" + LOGHUB_PROPERTY
          + "=<folder>");
    }
    List<String> lines = new ArrayList<>();
    for (String file : LOGHUB_FILES) {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(Files.newInputStream(folder.resolve(file)), UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  /** The folder of the loghub samples, or null when they are nowhere to be found. */
  static Path loghubFolder() {
    String configured = System.getProperty(LOGHUB_PROPERTY);
    if (configured != null) {
      return holdsSamples(Paths.get(configured)) ? Paths.get(configured) : null;
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir.getParent() != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("corpus").resolve("loghub");
      if (holdsSamples(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean holdsSamples(Path folder) {
    for (String file : LOGHUB_FILES) {
      if (!Files.isRegularFile(folder.resolve(file))) {
        return false;
      }
    }
    return true;
  }
}
