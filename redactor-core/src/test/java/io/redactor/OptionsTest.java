package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class OptionsTest {
  private static final String GITHUB = "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";

  @Test
  void turnsRulesOffAndOn() {
    Redactor noGithub = Redactor.fromOptions("rules=-github-token");
    assertThat(noGithub.redact(GITHUB)).isEqualTo(GITHUB);
    assertThat(Redactor.fromOptions("rules=-github-token,+high-entropy").redact(GITHUB))
        .as("a random token is still one without its format's rule").isEqualTo("[REDACTED]");
    assertThat(Redactor.fromOptions("rules=all").toString()).contains("rules=all");
    assertThat(Redactor.defaults().toString()).contains("rules=default");
    assertThat(noGithub.redact("password=hunter2")).isEqualTo("password=[REDACTED]");

    Redactor onlyGithub = Redactor.fromOptions(" rules = none, +github-token ");
    assertThat(onlyGithub.redact(GITHUB)).isEqualTo("ghp_[REDACTED]");
    assertThat(onlyGithub.redact("password=hunter2")).isEqualTo("password=hunter2");
  }

  @Test
  void addsSensitiveKeysMatchedInEveryCaseStyle() {
    Redactor redactor = Redactor.fromOptions("keys=ssn,tenant-secret-code");
    assertThat(redactor.redact("ssn=123-45-6789 userSsn: 987 \"TENANT_SECRET_CODE\":\"x\""))
        .isEqualTo("ssn=[REDACTED] userSsn: [REDACTED] \"TENANT_SECRET_CODE\":\"[REDACTED]\"");
  }

  @Test
  void setsMaskTextAndStyle() {
    assertThat(Redactor.fromOptions("mask=***").redact("password=hunter2"))
        .isEqualTo("password=***");
    assertThat(Redactor.fromOptions("style=label").redact("password=hunter2 " + GITHUB))
        .isEqualTo("password=[REDACTED:sensitive-key] ghp_[REDACTED:github-token]");
  }

  @Test
  void escapesSemicolonsInValues() {
    Redactor redactor = Redactor.fromOptions("secret=pa\\;ss\\;word; mask=<hidden>");
    assertThat(redactor.redact("login with pa;ss;word ok")).isEqualTo("login with <hidden> ok");
  }

  @Test
  void namesTheOptionTheValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> Redactor.fromOptions("style=loud"))
        .isInstanceOf(RedactorConfigException.class)
        .hasMessage("Redactor option 'style' has invalid value 'loud': plain, label or fingerprint");
    assertThatThrownBy(() -> Redactor.fromOptions("colour=red"))
        .hasMessageContaining("option 'colour' has invalid value 'red'")
        .hasMessageContaining("rules, keys, rule, secret");
    assertThatThrownBy(() -> Redactor.fromOptions("rules=-github"))
        .hasMessageContaining("'rules' has invalid value '-github'")
        .hasMessageContaining("github-token");
    assertThatThrownBy(() -> Redactor.fromOptions("mask="))
        .hasMessageContaining("'mask'").hasMessageContaining("1 to 64 characters");
    assertThatThrownBy(() -> Redactor.fromOptions("env-secrets=yes"))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> Redactor.fromOptions("rule=acme:acme_:[a-z"))
        .hasMessageContaining("'rule'").hasMessageContaining("unclosed '['");
    assertThatThrownBy(() -> Redactor.fromOptions("rule=acme:acme_:(?=x)"))
        .hasMessageContaining("look-around");
    assertThatThrownBy(() -> Redactor.fromOptions("rule=jwt:eyJ:.*"))
        .hasMessageContaining("not already taken");
    assertThatThrownBy(() -> Redactor.fromOptions("secret=abc"))
        .hasMessage("Redactor option 'secret' has invalid value '***': a value of at least 4 "
            + "characters (shorter ones would mask ordinary text)");
    assertThatThrownBy(() -> Redactor.fromOptions("nonsense"))
        .hasMessageContaining("name=value");
    // Keys are read as ASCII letters, digits and separators: any other name could never match.
    assertThatThrownBy(() -> Redactor.fromOptions("keys=contraseña"))
        .hasMessage("Redactor option 'keys' has invalid value 'contraseña': a key name of at "
            + "least 2 ASCII letters or digits, words joined by _ - . or spaces");
    assertThatThrownBy(() -> Redactor.fromOptions("keys=x_"))
        .hasMessageContaining("'keys' has invalid value 'x_'");
    assertThatThrownBy(() -> Redactor.builder().sensitiveKey("pin:code").build())
        .hasMessageContaining("'keys' has invalid value 'pin:code'");
  }

  @Test
  void describesItselfWithoutSecretValues() {
    Redactor redactor = Redactor.fromOptions("secret=hunter22; rules=-jwt");
    assertThat(redactor.toString()).doesNotContain("hunter22").contains("secrets=1");
  }
}
