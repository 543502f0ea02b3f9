package io.redactor.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redactor.Finding;
import io.redactor.Redactor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class CanariesTest {
  private final Canaries canaries = new Canaries();

  @Test
  void computesTheGitHubChecksumOfTheCoreCorpusToken() {
    String fixture = TokenFreeLogsLogbackTest.FIXTURE;

    assertThat(Canaries.githubToken("ghp_", fixture.substring(4, 34))).isEqualTo(fixture);
  }

  @Test
  void makesGitHubTokensThatTheEngineFindsWithTheirChecksumChecked() {
    String token = canaries.githubToken();

    assertThat(token).matches("ghp_[0-9A-Za-z]{36}");
    assertThat(rules("token " + token)).containsExactly("github-token");
    String broken = token.substring(0, 39) + (token.charAt(39) == 'A' ? 'B' : 'A');
    // Glued to other text, only a valid checksum proves a token.
    assertThat(rules("x" + token)).containsExactly("github-token");
    assertThat(rules("x" + broken)).isEmpty();
  }

  @Test
  void makesSecretsOfRealFormatsThatTheEngineFinds() {
    Canaries.AwsKeyPair aws = canaries.awsKeyPair();

    assertThat(rules("Authorization: Bearer " + canaries.bearerToken()))
        .containsExactly("authorization-header");
    assertThat(rules("calling with Bearer " + canaries.bearerToken()))
        .containsExactly("bearer-token");
    assertThat(rules("key " + canaries.stripeKey())).containsExactly("stripe-key");
    assertThat(rules("id " + aws.accessKeyId())).containsExactly("aws-access-key-id");
    assertThat(rules("aws_secret_access_key=" + aws.secretAccessKey())).isNotEmpty();
    assertThat(rules("token " + canaries.jwt())).containsExactly("jwt");
    assertThat(rules("password=" + canaries.password())).containsExactly("sensitive-key");
    assertThat(rules("api_key=" + canaries.apiKey())).containsExactly("sensitive-key");
  }

  @Test
  void drawsFreshValuesAndRemembersEveryOne() {
    String first = canaries.password();
    String second = canaries.password();
    Canaries.AwsKeyPair aws = canaries.awsKeyPair();

    assertThat(first).isNotEqualTo(second).hasSize(20).matches("[A-Za-z0-9._-]+");
    assertThat(canaries.values())
        .containsExactly(first, second, aws.accessKeyId(), aws.secretAccessKey());
    assertThat(aws.toString()).doesNotContain(aws.accessKeyId());
  }

  @Test
  void makesJwtsOfThreeBase64UrlParts() {
    assertThat(canaries.jwt()).matches("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
  }

  private static List<String> rules(String line) {
    return Redactor.defaults().findings(line).stream().map(Finding::ruleId)
        .collect(Collectors.toList());
  }
}
