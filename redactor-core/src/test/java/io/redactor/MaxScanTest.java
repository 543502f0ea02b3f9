package io.redactor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Text beyond {@code max-scan} is masked or cut, never passed on unscanned. */
final class MaxScanTest {
  private static final String SIXTEEN = "0123456789abcdef";
  private static final String GITHUB = "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";

  private final Redactor masking = Redactor.fromOptions("max-scan=16");
  private final Redactor cutting = Redactor.fromOptions("max-scan=16; beyond-max-scan=cut");

  @Test
  void masksOrCutsWhatLiesBeyondTheLimitInEveryForm() {
    String line = SIXTEEN + " nothing secret here";

    assertThat(masking.redact(line)).isEqualTo(SIXTEEN + "[REDACTED]");
    assertThat(cutting.redact(line)).isEqualTo(SIXTEEN);
    assertThat(new String(masking.redact(line.getBytes(UTF_8)), UTF_8))
        .isEqualTo(SIXTEEN + "[REDACTED]");
    assertThat(new String(cutting.redact(line.getBytes(UTF_8)), UTF_8)).isEqualTo(SIXTEEN);
    assertThat(masking.findings(line)).containsExactly(
        new Finding("unscanned-text", 16, line.length()));
  }

  @Test
  void leavesTextWithinTheLimitAlone() {
    assertThat(masking.redact(SIXTEEN)).isSameAs(SIXTEEN);
    byte[] utf8 = SIXTEEN.getBytes(UTF_8);
    assertThat(cutting.redact(utf8)).isSameAs(utf8);
  }

  @Test
  void stillMasksSecretsBeforeTheLimit() {
    Redactor redactor = Redactor.fromOptions("max-scan=50; beyond-max-scan=cut");
    assertThat(redactor.redact("token " + GITHUB + " and then a very long tail of text"))
        .isEqualTo("token ghp_[REDACTED] and");
  }

  @Test
  void neverKeepsPartOfASecretThatCrossesTheLimit() {
    Redactor redactor = Redactor.fromOptions("max-scan=20");
    assertThat(redactor.redact("password=hunter2hunter2hunter2"))
        .isEqualTo("password=[REDACTED][REDACTED]");
  }

  @Test
  void countsTheLimitFromWhereABuilderIsRedacted() {
    StringBuilder text = new StringBuilder("2026-11-28 INFO ").append(SIXTEEN).append(" tail");
    assertThat(cutting.redact(text, 16)).isTrue();
    assertThat(text).hasToString("2026-11-28 INFO " + SIXTEEN);
  }

  @Test
  void neverSplitsACharacter() {
    // The sixteenth unit is the first half of a character: the scan stops before it.
    String accents = "a" + "é".repeat(20);
    assertThat(new String(cutting.redact(accents.getBytes(UTF_8)), UTF_8))
        .isEqualTo("a" + "é".repeat(7));
    String emoji = "a" + "😀".repeat(10);
    assertThat(cutting.redact(emoji)).isEqualTo("a" + "😀".repeat(7));
  }

  @Test
  void boundsTheWorkOnAHundredMegabyteMessage() {
    char[] huge = new char[100_000_000];
    Arrays.fill(huge, 'x');
    String secret = "password=hunter2 ";
    secret.getChars(0, secret.length(), huge, 0);
    String message = new String(huge);
    Redactor redactor = Redactor.fromOptions("max-scan=1000000; beyond-max-scan=cut");

    String redacted = redactor.redact(message);

    assertThat(redacted).hasSize(1_000_000 - "hunter2".length() + "[REDACTED]".length())
        .startsWith("password=[REDACTED] xxx");
    assertThat(Redactor.defaults().redact(message.substring(secret.length())))
        .isEqualTo(message.substring(secret.length()));
  }

  @Test
  void rejectsBadValuesNamingTheOption() {
    assertThatThrownBy(() -> Redactor.fromOptions("max-scan=0"))
        .isInstanceOf(RedactorConfigException.class)
        .hasMessage("Redactor option 'max-scan' has invalid value '0': a number of characters "
            + "from 1 to 268435455");
    assertThatThrownBy(() -> Redactor.fromOptions("max-scan=lots"))
        .hasMessage("Redactor option 'max-scan' has invalid value 'lots': a number of characters "
            + "from 1 to 268435455");
    assertThatThrownBy(() -> Redactor.fromOptions("beyond-max-scan=drop"))
        .hasMessage("Redactor option 'beyond-max-scan' has invalid value 'drop': mask or cut");
  }

  @Test
  void describesTheLimitOnlyWhenSet() {
    assertThat(cutting.toString()).endsWith("; max-scan=16; beyond-max-scan=cut}");
    assertThat(Redactor.defaults().toString()).doesNotContain("max-scan");
  }
}
