package io.redactor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class CorpusTest {

  @BeforeEach
  void loghubSamplesArePresent() {
    assumeTrue(Corpus.loghubFolder() != null, "../shared/corpus/loghub was not found above the "
        + "working directory: put the loghub samples in shared/corpus/loghub beside the checkout, "
        + "or run with -D" + Corpus.LOGHUB_PROPERTY + "=<folder>");
  }

  @Test
  void cleanCorpusIsTheLoghubSamplesAsTheyAre() {
    Corpus clean = Corpus.named(Corpus.CLEAN);

    assertThat(clean.lines).hasSize(16 * 2000);
    assertThat(clean.plantedCount()).isZero();
  }

  @Test
  void secretsCorpusPlantsOneSecretInFivePercentOfTheLinesTheSameWayEachTime() {
    Corpus clean = Corpus.named(Corpus.CLEAN);
    Corpus secrets = Corpus.named(Corpus.SECRETS_5);

    assertThat(secrets.lines).hasSameSizeAs(clean.lines);
    assertThat(secrets.plantedCount()).isEqualTo(clean.lines.length / 20);
    for (int i = 0; i < secrets.lines.length; i++) {
      if (secrets.planted[i] == null) {
        assertThat(secrets.lines[i]).isEqualTo(clean.lines[i]);
      } else {
        assertThat(secrets.lines[i]).contains(secrets.planted[i]).isNotEqualTo(clean.lines[i]);
      }
    }
    assertThat(Corpus.named(Corpus.SECRETS_5).lines).containsExactly(secrets.lines);
  }

  @Test
  void regexPeerMasksEveryPlantedSecret() {
    Corpus secrets = Corpus.named(Corpus.SECRETS_5);

    for (int i = 0; i < secrets.lines.length; i++) {
      if (secrets.planted[i] != null) {
        assertThat(RegexRedactor.redact(secrets.lines[i])).doesNotContain(secrets.planted[i]);
      }
    }
  }

  @Test
  void regexPeerKeepsTheKeyInFrontOfAValue() {
    assertThat(RegexRedactor.redact("login password=hunter22 ok"))
        .isEqualTo("login password=[REDACTED] ok");
    assertThat(RegexRedactor.redact("Authorization: Bearer abc123def456"))
        .isEqualTo("Authorization: Bearer [REDACTED]");
    assertThat(RegexRedactor.redact("https://bob:secret@db.example.com/x"))
        .isEqualTo("https://bob:[REDACTED]@db.example.com/x");
    String noUser = "http://db.example.com:5432/x";
    assertThat(RegexRedactor.redact(noUser)).isSameAs(noUser);
  }
}
