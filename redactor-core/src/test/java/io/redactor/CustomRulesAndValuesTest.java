package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

final class CustomRulesAndValuesTest {
  @Test
  void customRuleMasksWhatFollowsItsKeyword() {
    Redactor redactor = Redactor.builder().addRule("acme-key", "acme_", "[A-Za-z0-9]{12}").build();
    assertThat(redactor.redact("using ACME_abcdef123456 now")).isEqualTo("using ACME_[REDACTED] now");
    assertThat(redactor.findings("acme_abcdef123456")).containsExactly(new Finding("acme-key", 5, 17));
    assertThat(redactor.redact("acme_short")).isEqualTo("acme_short");
  }

  @Test
  void customRuleMasksOnlyGroupOneWhenThereIsOne() {
    Redactor redactor = Redactor.fromOptions("rule=ssn:ssn:\\s*[:=]\\s*(\\d{3}-\\d{2}-\\d{4})");
    assertThat(redactor.redact("customer ssn: 123-45-6789 verified"))
        .isEqualTo("customer ssn: [REDACTED] verified");
  }

  @Test
  @Timeout(10)
  void catastrophicPatternRunsInLinearTime() {
    Redactor redactor = Redactor.fromOptions("rule=evil:aa:(a+)+$");
    String input = "a".repeat(200_000) + "!";
    // A backtracking engine never finishes this; the Pike VM reads it once. The test's own
    // timeout is JUnit's, in the annotation, not a timing assertion.
    assertThat(redactor.redact(input)).isSameAs(input);
    assertThat(redactor.redact("xaaaa")).isEqualTo("xaa[REDACTED]");
  }

  @Test
  void knownSecretsAreMaskedWhateverTheirShape() {
    Redactor redactor = Redactor.builder().addSecret("correct horse").addSecret("s3cr3t!").build();
    assertThat(redactor.redact("pw is correct horse, again s3cr3t!s3cr3t!"))
        .isEqualTo("pw is [REDACTED], again [REDACTED][REDACTED]");
    assertThat(redactor.findings("correct horse")).containsExactly(new Finding("known-secret", 0, 13));
  }

  @Test
  void knownSecretsWithNonAsciiCharactersAreFoundInTheByteFormToo() {
    Redactor redactor = Redactor.builder().addSecret("pässwörd").build();
    byte[] line = "login pässwörd ok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new String(redactor.redact(line), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("login [REDACTED] ok");
    assertThat(redactor.redact("login pässwörd ok")).isEqualTo("login [REDACTED] ok");
  }

  @Test
  void environmentVariablesWithSensitiveNamesBecomeKnownSecrets() {
    Redactor redactor = Redactor.builder().envSecrets(true).environment(Map.of(
        "STRIPE_API_KEY", "opaque-value-1", "DB_PASSWORD", "tr0ub4dor", "HOME", "/home/app",
        "FEATURE_TOKEN", "true", "SHORT_SECRET", "abc")).build();
    assertThat(redactor.redact("connected with opaque-value-1 and tr0ub4dor from /home/app abc"))
        .isEqualTo("connected with [REDACTED] and [REDACTED] from /home/app abc");
  }

  @Test
  void allowListKeepsKnownFixtures() {
    Redactor redactor = Redactor.fromOptions("allow=hunter2; allow-pattern=test-[0-9]+");
    assertThat(redactor.redact("password=hunter2 token=\"test-42\" secret=\"prod-42\""))
        .isEqualTo("password=hunter2 token=\"test-42\" secret=\"[REDACTED]\"");
  }
}
