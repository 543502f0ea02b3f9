package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 32,000 lines of real production logs in the loghub samples hold no secret. The samples live
 * outside the repository (see {@link LoghubSamples}); without them these tests are skipped and
 * {@link CleanLinesTest} keeps the same guarantees on generated lines.
 */
final class LoghubCorpusTest {
  private List<String> lines;

  @BeforeEach
  void readSamples() {
    LoghubSamples.assumePresent();
    lines = LoghubSamples.lines();
  }

  @Test
  void readsAllSamples() {
    assertThat(lines).hasSize(32_000);
  }

  @Test
  void everyLineComesOutAsTheSameInstance() {
    assertEveryLineComesOutAsTheSameInstance(lines);
  }

  @Test
  void everyLineIsUnchangedInTheBuilderAndByteForms() {
    assertEveryLineIsUnchangedInTheBuilderAndByteForms(lines);
  }

  @Test
  void labelAndFingerprintStylesFindNothingEither() {
    assertNothingIsFoundWithTheFingerprintStyle(lines);
  }

  static void assertEveryLineComesOutAsTheSameInstance(List<String> lines) {
    Redactor redactor = Redactor.defaults();
    for (String line : lines) {
      assertThat(redactor.redact(line)).as(line).isSameAs(line);
    }
  }

  static void assertEveryLineIsUnchangedInTheBuilderAndByteForms(List<String> lines) {
    Redactor redactor = Redactor.defaults();
    StringBuilder builder = new StringBuilder();
    for (String line : lines) {
      builder.setLength(0);
      builder.append("> ").append(line);
      assertThat(redactor.redact(builder, 2)).as(line).isFalse();
      assertThat(builder.toString()).isEqualTo("> " + line);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(redactor.redact(bytes)).as(line).isSameAs(bytes);
    }
  }

  static void assertNothingIsFoundWithTheFingerprintStyle(List<String> lines) {
    Redactor redactor = Redactor.fromOptions("style=fingerprint; env-secrets=false");
    for (String line : lines) {
      assertThat(redactor.findings(line)).as(line).isEmpty();
    }
  }
}
