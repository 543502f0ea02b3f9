package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus is what the scorer assumes: big enough, the same on every run, one line
 * per secret line, and every part that must vanish really in its line and nowhere in the text
 * that must survive (else a redactor could score without masking anything, or fail while right).
 */
final class DetectionCorpusTest {

  @Test
  void isAsBroadAsTheEvaluationItStandsFor() {
    assertThat(SecretFormats.ALL).hasSizeGreaterThanOrEqualTo(110);
    assertThat(LogContexts.ALL).hasSizeGreaterThanOrEqualTo(30);
    assertThat(DetectionCorpus.secretLines()).hasSizeGreaterThanOrEqualTo(5_000);
    assertThat(MultiLineBlocks.all()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(LookAlikes.all()).hasSizeGreaterThanOrEqualTo(3_000);
    assertThat(CleanLines.all()).hasSizeGreaterThanOrEqualTo(5_000);
    for (Carrier carrier : Carrier.values()) {
      assertThat(SecretFormats.ALL).as(carrier.label).anyMatch(f -> f.carrier == carrier);
    }
  }

  @Test
  void comesOutTheSameOnEveryRun() {
    assertThat(DetectionCorpus.generateSecretLines()).isEqualTo(DetectionCorpus.secretLines());
    assertThat(MultiLineBlocks.generate()).isEqualTo(MultiLineBlocks.all());
    assertThat(LookAlikes.generate()).isEqualTo(LookAlikes.all());
    assertThat(CleanLines.generate()).isEqualTo(CleanLines.all());
  }

  @Test
  void namesFormatsAndContextsOnceEachInKebabCase() {
    Set<String> ids = new HashSet<>();
    for (SecretFormat format : SecretFormats.ALL) {
      assertThat(format.id).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(format.id)).as("format %s named once", format.id).isTrue();
    }
    for (LogContext context : LogContexts.ALL) {
      assertThat(context.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(context.id())).as("context %s named once", context.id()).isTrue();
    }
  }

  @Test
  void rendersEveryFormatInManyContextsAndEveryContextWithSomeFormat() {
    Map<String, Integer> perFormat = new HashMap<>();
    Map<String, Integer> perContext = new HashMap<>();
    for (SecretLine line : DetectionCorpus.secretLines()) {
      perFormat.merge(line.format(), 1, Integer::sum);
      perContext.merge(line.context(), 1, Integer::sum);
    }
    for (SecretFormat format : SecretFormats.ALL) {
      assertThat(perFormat.getOrDefault(format.id, 0)).as(format.id).isGreaterThanOrEqualTo(10);
    }
    for (LogContext context : LogContexts.ALL) {
      assertThat(perContext.getOrDefault(context.id(), 0)).as(context.id()).isPositive();
    }
  }

  @Test
  void holdsOneLineWithItsSecretsAndNoSecretInTheTextAround() {
    for (SecretLine line : DetectionCorpus.secretLines()) {
      assertThat(line.text()).as(line.format() + " " + line.context()).doesNotContain("\n", "\r")
          .doesNotContain(LogContext.VALUE, LogContext.SECOND);
      assertThat(line.vanish()).isNotEmpty();
      for (String part : line.vanish()) {
        assertThat(line.text()).as(line.format() + " " + line.context()).contains(part);
        for (String kept : line.kept()) {
          assertThat(DetectionScore.leaks(kept, part)).as("%s in the context of %s", part, line)
              .isFalse();
        }
      }
      assertThat(DetectionScore.contextKept(line.text(), line.kept())).as(line.text()).isTrue();
      assertThat(DetectionScore.caught(line.text(), line.vanish())).isFalse();
    }
  }

  @Test
  void holdsBlocksOfSeveralLinesWithTheirSecrets() {
    for (SecretBlock block : MultiLineBlocks.all()) {
      assertThat(block.text()).as(block.kind()).contains("\n").doesNotContain("\r");
      for (String part : block.vanish()) {
        assertThat(block.text()).as(block.kind() + " " + block.format()).contains(part);
        for (String kept : block.keptLines()) {
          assertThat(DetectionScore.leaks(kept, part)).isFalse();
        }
      }
      assertThat(DetectionScore.linesKept(block.text(), block.keptLines())).isTrue();
    }
  }

  @Test
  void keepsLookAlikesAndCleanLinesOnOneLineEach() {
    for (LookAlike line : LookAlikes.all()) {
      assertThat(line.text()).as(line.kind()).doesNotContain("\n", "\r", LogContext.VALUE);
    }
    for (String line : CleanLines.all()) {
      assertThat(line).doesNotContain("\n", "\r");
    }
  }

  @Test
  void checksumsGitHubAndNpmTokensAsTheirIssuersDo() {
    // The token of RedactorCliTest, whose last six characters its issuer's scheme computed.
    assertThat(RandomText.withCrc32("R3dact0rDemoT0kenN0tReal0000xx"))
        .isEqualTo("R3dact0rDemoT0kenN0tReal0000xx34hCcd");
    SecretLine line = DetectionCorpus.secretLines().stream()
        .filter(l -> l.format().equals("npm-token")).findFirst().orElseThrow();
    String body = line.vanish().get(0);
    assertThat(RandomText.withCrc32(body.substring(0, 30))).isEqualTo(body);
  }

  @Test
  void writesValuesAsEachEncodingDoes() {
    Secret secret = Secret.parts("a\"b/c+d=e", "b/c+d");
    assertThat(Encoding.JSON.value(secret.value())).isEqualTo("a\\\"b/c+d=e");
    assertThat(Encoding.JSON2.value(secret.value())).isEqualTo("a\\\\\\\"b/c+d=e");
    assertThat(Encoding.URL.parts(secret)).containsExactly("b%2Fc%2Bd");
    assertThat(Encoding.BASE64.parts(secret)).containsExactly(RandomText.base64("a\"b/c+d=e"));
    assertThat(Encoding.LOGFMT.value("p=q")).isEqualTo("\"p=q\"");
    assertThat(Encoding.XML.value("<&>")).isEqualTo("&lt;&amp;&gt;");
  }

  @Test
  void spellsKeysInEveryStyle() {
    assertThat(KeyStyle.ENV.apply("datadog.apiKey", null)).isEqualTo("DATADOG_API_KEY");
    assertThat(KeyStyle.DOTTED.apply("DD_API_KEY", null)).isEqualTo("dd.api.key");
    assertThat(KeyStyle.CAMEL.apply("dd_api_key", null)).isEqualTo("ddApiKey");
    assertThat(KeyStyle.KEBAB.apply("ddApiKey", null)).isEqualTo("dd-api-key");
    assertThat(KeyStyle.ENV.apply("//registry.npmjs.org/:_authToken", null))
        .isEqualTo("//registry.npmjs.org/:_authToken");
    assertThat(KeyStyle.words("X-API-Key")).isEqualTo(List.of("x", "api", "key"));
  }
}
