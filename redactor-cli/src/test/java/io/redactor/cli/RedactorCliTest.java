package io.redactor.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redactor.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RedactorCliTest {
  private static final String GITHUB_TOKEN = "ghp_" + "R3dact0rDemoT0kenN0tReal0000xx34hCcd";
  private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJzdWIiOiJhbGljZSIsImV4cCI6MTc5NjAwMDAwMH0.-X8CSMrp_Qs3myCYgwpyrpruzU_MFW01I7g_4uPYjak";

  @TempDir
  Path dir;

  /** What one run of the command left behind. */
  record Result(int status, byte[] out, String err) {
    String text() {
      return new String(out, UTF_8);
    }
  }

  static Result run(byte[] stdin, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new RedactorCli(new ByteArrayInputStream(stdin), out,
        new PrintStream(err, true, UTF_8), environment, () -> false).execute(args);
    return new Result(status, out.toByteArray(), err.toString(UTF_8));
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), Map.of(), args);
  }

  @Test
  void masksEachKindOfSecretAndLeavesEverythingElseByteIdentical() {
    String input = String.join("\n",
        "2026-11-27 10:15:02.113  INFO 4242 --- [main] c.e.shop.Application : Started in 3.2 s",
        "http-outgoing-0 >> Authorization: Bearer abc123def456ghi789",
        "login {\"user\":\"alice\",\"password\":\"hunter2\"}",
        "login form password=hunter2 remember=true",
        "sync failed for token " + GITHUB_TOKEN,
        "repository https://bob:secret@db.example.com/x",
        "backup key AKIA7GHJGBWD32SNT72U",
        "charging with sk_live_uxtMxc00OuZ7eEW1aXdOMsH3",
        "session " + JWT,
        "X-Api-Key: abc123",
        "GET /callback?state=af31&access_token=ya29xyz789abc HTTP/1.1",
        "request 123e4567-e89b-12d3-a456-426614174000 took 42 ms",
        "");

    Result result = run(input);

    assertThat(result.text()).isEqualTo(String.join("\n",
        "2026-11-27 10:15:02.113  INFO 4242 --- [main] c.e.shop.Application : Started in 3.2 s",
        "http-outgoing-0 >> Authorization: Bearer [REDACTED]",
        "login {\"user\":\"alice\",\"password\":\"[REDACTED]\"}",
        "login form password=[REDACTED] remember=true",
        "sync failed for token ghp_[REDACTED]",
        "repository https://bob:[REDACTED]@db.example.com/x",
        "backup key AKIA[REDACTED]",
        "charging with sk_live_[REDACTED]",
        "session [REDACTED]",
        "X-Api-Key: [REDACTED]",
        "GET /callback?state=af31&access_token=[REDACTED] HTTP/1.1",
        "request 123e4567-e89b-12d3-a456-426614174000 took 42 ms",
        ""));
    assertThat(result.status()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void redactsTheSampleLogOfTheReadmeExactly() throws IOException {
    Path sample = Path.of("..", "samples", "app.log");
    byte[] expected;
    try (InputStream in = getClass().getResourceAsStream("RedactorCliTest-app.redacted.log")) {
      expected = in.readAllBytes();
    }

    Result result = run("", sample.toString());

    assertThat(result.text()).isEqualTo(new String(expected, UTF_8));
    assertThat(run("", "--check", sample.toString()).text().lines()).hasSize(8);
  }

  @Test
  void checkPrintsFileLineColumnAndRuleButNeverTheSecret() throws IOException {
    Path log = dir.resolve("app.log");
    Files.writeString(log,
        "clean\nbackup key AKIA7GHJGBWD32SNT72U\n\nnow é " + GITHUB_TOKEN + "\n");

    Result result = run("", "--check", log.toString());

    assertThat(result.text()).isEqualTo(
        log + ":2:16 aws-access-key-id\n"
            + log + ":4:11 github-token\n");
    assertThat(result.text()).doesNotContain("7GHJGBWD32SNT72U", "R3dact0r");
    assertThat(result.status()).isEqualTo(1);
  }

  @Test
  void checkNamesStandardInputAsDash() {
    Result result = run("password=hunter2\n", "--check");

    assertThat(result.text()).isEqualTo("-:1:10 sensitive-key\n");
    assertThat(result.status()).isEqualTo(1);
  }

  @Test
  void checkExitsZeroAndPrintsNothingOnCleanInput() {
    Result result =
        run("nothing to see\nkeyboard tokenizer public_key token_count\n", "--check", "-");

    assertThat(result.out()).isEmpty();
    assertThat(result.status()).isZero();
  }

  @Test
  void missingFileExitsTwoWithOneLineMessageAndGoesOnWithTheOthers() throws IOException {
    Path present = dir.resolve("present.log");
    Files.writeString(present, "password=hunter2\n");
    String missing = dir.resolve("missing.log").toString();

    Result result = run("", missing, present.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("redactor: cannot read " + missing + ": no such file\n");
    assertThat(result.text()).isEqualTo("password=[REDACTED]\n");
  }

  @Test
  void missingFileWinsOverFindingsInCheckMode() throws IOException {
    Path present = dir.resolve("present.log");
    Files.writeString(present, "password=hunter2\n");

    Result result = run("", "--check", present.toString(), dir.resolve("gone.log").toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void badOptionStringExitsTwoNamingTheOption() {
    Result result = run("password=hunter2\n", "--options", "style=loud");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("redactor: ").contains("style", "loud").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void unknownFlagExitsTwoWithOneLine() {
    Result result = run("", "--frobnicate");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("redactor: Unknown option: '--frobnicate' (see --help)\n");
  }

  @Test
  void keepsBytesThatAreNotUtf8AsTheyAre() {
    byte[] input = "caf\u00e9 \u00ff\u00fe password=hunter2 \u00c3\nclean \u0080\u00bf\n"
        .getBytes(ISO_8859_1);

    Result result = run(input, Map.of());

    assertThat(new String(result.out(), ISO_8859_1))
        .isEqualTo("caf\u00e9 \u00ff\u00fe password=[REDACTED] \u00c3\nclean \u0080\u00bf\n");
  }

  @Test
  void keepsCrlfAndLfTerminatorsAndAMissingLastOne() {
    Result result = run("password=hunter2\r\nclean\r\nmixed\nX-Api-Key: abc123\r\nlast password=x");

    assertThat(result.text()).isEqualTo(
        "password=[REDACTED]\r\nclean\r\nmixed\nX-Api-Key: [REDACTED]\r\nlast password=[REDACTED]");
  }

  @Test
  void masksThePrivateKeyBodySpreadOverLinesAndKeepsBeginAndEnd() {
    String input = "loading key\n"
        + "-----BEGIN RSA PRIVATE KEY-----\n"
        + "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
        + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
        + "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n"
        + "-----END RSA PRIVATE KEY-----\n"
        + "key loaded\n";

    String output = run(input).text();

    assertThat(output).startsWith("loading key\n-----BEGIN RSA PRIVATE KEY-----\n")
        .endsWith("\n-----END RSA PRIVATE KEY-----\nkey loaded\n")
        .contains(Redactor.DEFAULT_MASK)
        .doesNotContain("MIIEow", "VTLw7o", "LxoS2t");
  }

  @Test
  void masksThePrivateKeyBodyEvenWhenTheEndLineNeverComes() {
    String input = "-----BEGIN PRIVATE KEY-----\r\n"
        + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\r\n"
        + "2026-11-27 10:15:02.113  INFO key reader gave up\r\n";

    String output = run(input).text();

    assertThat(output).startsWith("-----BEGIN PRIVATE KEY-----\r\n")
        .endsWith("\r\n2026-11-27 10:15:02.113  INFO key reader gave up\r\n")
        .contains(Redactor.DEFAULT_MASK)
        .doesNotContain("MIIEvQ", "-----END");
  }

  @Test
  void writesEachLineOfTheKeyBodyAsTheMaskKeepingIndentationAndTerminators() {
    String input = "tls:\r\n"
        + "  -----BEGIN RSA PRIVATE KEY-----\r\n"
        + "  MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\r\n"
        + "  VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\r\n"
        + "  -----END RSA PRIVATE KEY-----\r\n";

    assertThat(run(input, "--style", "label").text()).isEqualTo("tls:\r\n"
        + "  -----BEGIN RSA PRIVATE KEY-----\r\n"
        + "  [REDACTED:private-key]\r\n"
        + "  [REDACTED:private-key]\r\n"
        + "  -----END RSA PRIVATE KEY-----\r\n");
    assertThat(run(input, "--disable", "private-key").text()).isEqualTo(input);
  }

  @Test
  void keepsTheNumberOfLinesOfAPrivateKeyCutBeforeItsEnd() {
    String input = "app.private-key=-----BEGIN PRIVATE KEY-----\n"
        + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
        + "MsRSdfEzTGHtRx2/5eUUZCD0RqL2CXo4e9Od7Pti8TEeZvNSbJDoHkNhVL3nd7vU\n"
        + "2026-11-27 10:15:02.113  INFO started\n";

    assertThat(run(input).text()).isEqualTo("app.private-key=-----BEGIN PRIVATE KEY-----\n"
        + "[REDACTED]\n"
        + "[REDACTED]\n"
        + "2026-11-27 10:15:02.113  INFO started\n");
  }

  @Test
  void masksAValueWhoseNameStandsOnTheLineBefore() {
    String input = "env:\n"
        + "  - name: STRIPE_API_KEY\n"
        + "    value: \"q8Jd02LmXr5TzY3wPc7v\"\n"
        + "  - name: LOG_LEVEL\n"
        + "    value: \"debug\"\n";

    assertThat(run(input).text()).isEqualTo("env:\n"
        + "  - name: STRIPE_API_KEY\n"
        + "    value: \"[REDACTED]\"\n"
        + "  - name: LOG_LEVEL\n"
        + "    value: \"debug\"\n");
  }

  @Test
  void masksTheTextOfAnElementOnTheLinesBetweenItsTags() {
    String input = "<soap:Body>\n"
        + "  <apiToken>\n"
        + "    q8Jd02LmXr5TzY3wAb7Kc9\n"
        + "  </apiToken>\n"
        + "  <name>bob</name>\n"
        + "  <token>\n"
        + "    expired\n"
        + "  </token>\n"
        + "</soap:Body>\n";

    assertThat(run(input).text()).isEqualTo(input.replace("q8Jd02LmXr5TzY3wAb7Kc9", "[REDACTED]"));
  }

  @Test
  void masksAPasswordOnTheLineAfterAPromptOrAKeyWithoutAValue() {
    String input = "Enter keystore password:  \n"
        + "$umm3rc0pp3r%9\n"
        + "What is your first and last name?\n"
        + "    password:\n"
        + "      \"G10hR=8]_:){]~!^%\"\n"
        + "Password:\n"
        + "expired\n";

    assertThat(run(input).text()).isEqualTo("Enter keystore password:  \n[REDACTED]\n"
        + "What is your first and last name?\n    password:\n      \"[REDACTED]\"\n"
        + "Password:\nexpired\n");
  }

  @Test
  void masksTheLastLineOfAKeyThatALoggerCut() {
    String input = "Loaded private key: -----BEGIN PRIVATE KEY-----\n"
        + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQao03W0nlfVhq8Y\n"
        + "xP51CfMZyGwULAJRZXUvJxfjqjMMDZW5e3z2VFe8inb+IH2D [truncated]\n"
        + "next line\n";

    assertThat(run(input).text()).isEqualTo("Loaded private key: -----BEGIN PRIVATE KEY-----\n"
        + "[REDACTED]\n[REDACTED]\nnext line\n");
  }

  @Test
  void masksAPasswordAnnouncedOnAnEarlierLine() {
    String input = "Please use the following password to proceed to installation:\n"
        + "\n"
        + "3f5e7c8b9d04e1f8a2b3c4d5e6f7a8b9\n"
        + "\n"
        + "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n";

    Result result = run(input);

    assertThat(result.text()).isEqualTo("Please use the following password to proceed to "
        + "installation:\n\n[REDACTED]\n\nThis may also be found at: "
        + "/var/jenkins_home/secrets/initialAdminPassword\n");
    assertThat(run(input, "--check").text()).isEqualTo("-:3:1 sensitive-key\n");
  }

  @Test
  void findsTheBeginLineWhereverItsMarkerStarts() {
    for (String prefix : List.of("", "a", "ab", "abc", "abcd", "abcde", "-", "key: ---", "x=\t")) {
      String begin = prefix + "-----BEGIN EC PRIVATE KEY-----\n";
      String input = begin
          + "MHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\n"
          + "-----END EC PRIVATE KEY-----\n";

      assertThat(run(input).text()).as(prefix)
          .startsWith(begin).doesNotContain("MHcCAQ").contains(Redactor.DEFAULT_MASK);
    }
  }

  @Test
  void checkReportsAMultiLinePrivateKeyOnItsFirstBodyLine() {
    String input = "clean\n-----BEGIN PRIVATE KEY-----\n"
        + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
        + "-----END PRIVATE KEY-----\n";

    Result result = run(input, "--check");

    assertThat(result.text()).isEqualTo("-:3:1 private-key\n");
    assertThat(result.status()).isEqualTo(1);
  }

  @Test
  void leavesEveryLineOfTheLoghubSamplesUnchanged() throws IOException {
    assumeTrue(Corpus.loghubFolder() != null, Corpus.MISSING);
    for (String name : Corpus.LOGHUB_FILES) {
      byte[] log = Corpus.loghub(name);

      Result result = run(log, Map.of());

      // Line by line first, so that a failure shows the line rather than megabytes.
      List<String> expected = lines(log);
      List<String> actual = lines(result.out());
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        assertThat(actual.get(i)).as(name + ":" + (i + 1)).isEqualTo(expected.get(i));
      }
      assertThat(result.out()).as(name).isEqualTo(log);
      assertThat(run(log, Map.of(), "--check").text()).as(name).isEmpty();
    }
  }

  @Test
  void convenienceFlagsMapToTheOptionString() {
    String line = "password=hunter2 deploy with Sup3rSecretValue\n";

    assertThat(run(line, "--secret", "Sup3rSecretValue").text())
        .isEqualTo("password=[REDACTED] deploy with [REDACTED]\n");
    assertThat(run(line, "--disable", "sensitive-key").text()).isEqualTo(line);
    assertThat(run(line, "--mask", "***").text())
        .isEqualTo("password=*** deploy with Sup3rSecretValue\n");
    assertThat(run(line, "--style", "label").text())
        .isEqualTo("password=[REDACTED:sensitive-key] deploy with Sup3rSecretValue\n");
    assertThat(run(line, "--options", "rules=-sensitive-key; secret=Sup3rSecretValue").text())
        .isEqualTo("password=hunter2 deploy with [REDACTED]\n");
  }

  @Test
  void envSecretsMasksValuesOfSensitiveVariables() {
    Result result = run("deploying with n0t-a-real-d3ploy-token\n".getBytes(UTF_8),
        Map.of("DEPLOY_TOKEN", "n0t-a-real-d3ploy-token"), "--env-secrets");

    assertThat(result.text()).isEqualTo("deploying with [REDACTED]\n");
  }

  @Test
  void helpListsTheOptionsAndEveryRule() {
    Result result = run("", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.text()).contains("--check", "--options", "--disable", "--secret", "--mask",
        "--style", "--env-secrets", "Exit codes:", "github-token", "authorization-header");
    assertThat(result.text()).contains(Redactor.ruleCatalog().keySet());
  }

  @Test
  void versionNamesTheCommand() {
    Result result = run("", "--version");

    assertThat(result.status()).isZero();
    assertThat(result.text()).startsWith("redactor ");
  }

  static List<String> lines(byte[] text) {
    return List.of(new String(text, ISO_8859_1).split("\n", -1));
  }

  /**
   * The loghub sample logs, kept outside the repository in {@code ../shared/corpus/loghub} beside
   * the checkout (found by walking up from the working directory) or in the folder the system
   * property {@code redactor.loghub} names; the same rule as redactor-core's LoghubSamples.
   */
  static final class Corpus {
    static final String[] LOGHUB_FILES = {
      "Android_2k.log", "Apache_2k.log", "BGL_2k.log", "HDFS_2k.log", "HPC_2k.log",
      "Hadoop_2k.log", "HealthApp_2k.log", "Linux_2k.log", "Mac_2k.log", "OpenSSH_2k.log",
      "OpenStack_2k.log", "Proxifier_2k.log", "Spark_2k.log", "Thunderbird_2k.log",
      "Windows_2k.log", "Zookeeper_2k.log"
    };
    static final String MISSING = "../shared/corpus/loghub was not found above "
        + Path.of("").toAbsolutePath() + " (or -Dredactor.loghub does not name a folder with the "
        + "16 *_2k.log files): put the loghub samples in shared/corpus/loghub beside the "
        + "checkout, or run with -Dredactor.loghub=<folder>";

    private Corpus() {
    }

    /** The folder holding the samples, or null. */
    static Path loghubFolder() {
      String configured = System.getProperty("redactor.loghub");
      if (configured != null) {
        return holdsSamples(Path.of(configured)) ? Path.of(configured) : null;
      }
      for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null;
          dir = dir.getParent()) {
        Path candidate = dir.resolveSibling("shared").resolve("corpus").resolve("loghub");
        if (holdsSamples(candidate)) {
          return candidate;
        }
      }
      return null;
    }

    static byte[] loghub(String name) throws IOException {
      return Files.readAllBytes(loghubFolder().resolve(name));
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
}
