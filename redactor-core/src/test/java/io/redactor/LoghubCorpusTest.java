package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 32,000 lines of real production logs in the loghub samples hold no secret. */
final class LoghubCorpusTest {
  private static final List<String> LINES = Corpus.loghub();

  @Test
  void readsAllSamples() {
    assertThat(LINES).hasSize(32_000);
  }

  @Test
  void everyLineComesOutAsTheSameInstance() {
    Redactor redactor = Redactor.defaults();
    for (String line : LINES) {
      assertThat(redactor.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void everyLineIsUnchangedInTheBuilderAndByteForms() {
    Redactor redactor = Redactor.defaults();
    StringBuilder builder = new StringBuilder();
    for (String line : LINES) {
      builder.setLength(0);
      builder.append("> ").append(line);
      assertThat(redactor.redact(builder, 2)).as(line).isFalse();
      assertThat(builder.toString()).isEqualTo("> " + line);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(redactor.redact(bytes)).as(line).isSameAs(bytes);
    }
  }

  @Test
  void labelAndFingerprintStylesFindNothingEither() {
    Redactor redactor = Redactor.fromOptions("style=fingerprint; env-secrets=false");
    for (String line : LINES) {
      assertThat(redactor.findings(line)).as(line).isEmpty();
    }
  }
}
