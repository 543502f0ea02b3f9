package io.redactor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus of redactor-core's tests through the command-line tool, run as users run
 * {@code java -jar redactor.jar}: a separate JVM whose main method reads standard input and
 * writes standard output, one line out for each line in (checked for every single line; for
 * multi-line blocks, which reach it line by line as in any file, the share that keeps its number
 * of lines is a figure, since the tool writes a PEM key's body as one mask line). Scored and held
 * to the thresholds of {@link DetectionScoreTest}; the figures go to
 * {@code target/cli-detection-report.md}:
 *
 * <pre>
 * mvn -B -q -pl redactor-cli -am test -Dtest=CliDetectionScoreTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
final class CliDetectionScoreTest {
  /** Stands between two blocks, as the next event of a log does; it must come out unchanged. */
  private static final String SEPARATOR =
      "2026-11-27T10:15:02.113Z  INFO 4242 --- [orders] [main] c.e.orders.Audit : next event";

  @TempDir
  Path dir;

  @Test
  void scoresTheCommandLineToolAtLeastAsWellAsTheThresholds() throws Exception {
    List<String> secretLines =
        DetectionCorpus.secretLines().stream().map(SecretLine::text).toList();
    List<String> lookAlikes = LookAlikes.all().stream().map(LookAlike::text).toList();
    List<String> clean = CleanLines.all();
    List<String> singles = new ArrayList<>(secretLines);
    singles.addAll(lookAlikes);
    singles.addAll(clean);

    List<String> out = runCli(singles, "single-lines");

    assertThat(out).as("one line out for each line in").hasSameSizeAs(singles);
    int differing = 0;
    Redactor redactor = Redactor.defaults();
    for (int i = 0; i < singles.size(); i++) {
      differing += out.get(i).equals(redactor.redact(singles.get(i))) ? 0 : 1;
    }

    List<String> blockLines = new ArrayList<>();
    for (SecretBlock block : MultiLineBlocks.all()) {
      blockLines.addAll(List.of(block.text().split("\n", -1)));
      blockLines.add(SEPARATOR);
    }
    List<String> blockOut = runCli(blockLines, "blocks");
    // The separators find each block's output even where the tool changed the number of lines.
    List<String> blocks = new ArrayList<>();
    DetectionScore.Tally lineCountKept = new DetectionScore.Tally();
    int from = 0;
    for (SecretBlock block : MultiLineBlocks.all()) {
      int end = blockOut.subList(from, blockOut.size()).indexOf(SEPARATOR);
      assertThat(end).as("the event after a block comes out unchanged").isNotNegative();
      List<String> lines = blockOut.subList(from, from + end);
      lineCountKept.add(lines.size() == block.text().split("\n", -1).length);
      blocks.add(String.join("\n", lines));
      from += end + 1;
    }
    assertThat(from).as("nothing after the last block").isEqualTo(blockOut.size());

    int n = secretLines.size();
    int m = lookAlikes.size();
    DetectionScore score = new DetectionScore("Detection score of the command-line tool",
        new DetectionScore.Outputs(out.subList(0, n), null, blocks, out.subList(n, n + m),
            out.subList(n + m, out.size()), null));
    System.out.println(score.summary() + "single lines where the tool and Redactor.defaults() "
        + "differ: " + differing + "\nblocks that keep their number of lines: " + lineCountKept
        + " (lines in " + blockLines.size() + ", out " + blockOut.size() + ")\nreport: "
        + score.write("cli-detection-report.md"));
    DetectionScoreTest.assertMeetsThresholds(score, true);
    assertThat(lineCountKept.rate()).as("blocks that keep their number of lines " + lineCountKept)
        .isGreaterThanOrEqualTo(DetectionScoreTest.MIN_CLI_BLOCKS_KEEPING_LINE_COUNT);
  }

  /** Runs the tool's main class in a new JVM with {@code lines} on standard input. */
  private List<String> runCli(List<String> lines, String name) throws IOException,
      InterruptedException {
    Path in = dir.resolve(name + ".in");
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Files.writeString(in, String.join("\n", lines) + "\n", UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "io.redactor.cli.RedactorCli")
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the tool finished").isTrue();
    assertThat(Files.readString(err)).as("standard error").isEmpty();
    assertThat(process.exitValue()).as("exit status").isZero();
    String text = Files.readString(out, UTF_8);
    assertThat(text).endsWith("\n");
    return List.of(text.substring(0, text.length() - 1).split("\n", -1));
  }
}
