package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, in the contexts where its secrets occur in real logs, with the exact output; and
 * lines that must stay byte-identical. The cases live in {@code corpus/*.tsv} so that the adapter
 * and CLI tests can use them too.
 */
final class RuleCatalogTest {
  private static final Redactor REDACTOR = Redactor.defaults();
  /** Every rule on, the opt-in ones too: the README table shows what each rule does. */
  private static final Redactor EVERY_RULE = Redactor.fromOptions("rules=all");

  /** Places a provider token can stand in a log line; {} is the token. */
  private static final String[] CONTEXTS = {
      "{}",
      "Using credential {} for upload",
      "{\"user\":\"bob\",\"value\":\"{}\"}",
      "{\"message\":\"{\\\"value\\\":\\\"{}\\\"}\"}",
      "java.lang.IllegalStateException: rejected {}",
      "q=%22{}%22&page=1",
      "first {} then {}",
      "'{}'",
      // Found by RedactorFuzzTest: a token starting a line of a message that an encoder escaped.
      "{\"message\":\"call failed\\n{}\\tretrying\"}",
  };

  /** Formats whose own alphabet has {@code %}: an escaped quote after them reads as theirs. */
  private static final List<String> PERCENT_ESCAPED =
      List.of("twitter-bearer-token", "google-chat-webhook-url");

  static Stream<Arguments> tokensInContext() {
    List<Arguments> cases = new ArrayList<>();
    for (String[] row : Corpus.table("tokens.tsv")) {
      for (String context : CONTEXTS) {
        if ((row[0].equals("telegram-bot-token") || row[0].equals("discord-bot-token"))
            && context.contains("%22")) {
          continue; // formats without a prefix need a real boundary before them; see README
        }
        if (PERCENT_ESCAPED.contains(row[0]) && context.contains("%22")) {
          continue; // these formats hold percent-escapes, so an escaped quote after one is read on
        }
        cases.add(Arguments.of(row[0], context.replace("{}", row[1]),
            context.replace("{}", row[2])));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tokensInContext")
  void masksProviderTokensWhereverTheyStand(String rule, String line, String expected) {
    assertRedacts(rule, line, expected);
  }

  static Stream<Arguments> keyValues() {
    return Corpus.table("key-values.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("keyValues")
  void masksCredentialsInEverySyntax(String rule, String line, String expected) {
    assertRedacts(rule, line, expected);
  }

  static Stream<String> negatives() {
    return Corpus.lines("negatives.txt", true).stream();
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void leavesOrdinaryTextByteIdentical(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
    assertThat(REDACTOR.findings(line)).isEmpty();
  }

  @Test
  void catalogHasAStableKebabCaseIdAndDescriptionForEveryRule() {
    assertThat(Redactor.ruleCatalog()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(Redactor.ruleCatalog().keySet()).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    for (String[] row : Corpus.table("tokens.tsv")) {
      assertThat(Redactor.ruleCatalog()).containsKey(row[0]);
    }
  }

  @Test
  void ruleTableListsEveryRuleWithTheExactOutputOfItsExample() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    int row = readme.indexOf("| rule id | finds | example | becomes |") + 2;
    Pattern cells = Pattern.compile("\\| `([^`]+)` \\| (.+) \\| `(.+)` \\| `(.+)` \\|");
    List<String> ids = new ArrayList<>();
    for (; row < readme.size() && readme.get(row).startsWith("| `"); row++) {
      Matcher m = cells.matcher(readme.get(row));
      assertThat(m.matches()).as(readme.get(row)).isTrue();
      ids.add(m.group(1));
      assertThat(m.group(2).replace("\\|", "|"))
          .isEqualTo(Redactor.ruleCatalog().get(m.group(1)));
      assertThat(EVERY_RULE.redact(m.group(3))).as(m.group(1)).isEqualTo(m.group(4));
    }
    assertThat(ids).containsExactlyElementsOf(Redactor.ruleCatalog().keySet());
  }

  @Test
  void verifiesGitHubChecksumToCatchTokensGluedToOtherText() {
    String valid = "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";
    String invalid = "ghp_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IX";
    assertThat(REDACTOR.redact("x" + valid + "y")).isEqualTo("xghp_[REDACTED]y");
    assertThat(REDACTOR.redact("x" + invalid)).isEqualTo("x" + invalid);
    assertThat(REDACTOR.redact("token " + invalid)).isEqualTo("token ghp_[REDACTED]");
  }

  static void assertRedacts(String rule, String line, String expected) {
    assertThat(REDACTOR.redact(line)).isEqualTo(expected);
    assertThat(REDACTOR.findings(line)).extracting(Finding::ruleId).isNotEmpty().contains(rule);
    StringBuilder builder = new StringBuilder("prefix|").append(line);
    REDACTOR.redact(builder, 7);
    assertThat(builder.toString()).isEqualTo("prefix|" + expected);
    byte[] bytes = REDACTOR.redact(line.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(REDACTOR.redact(expected)).as("redacting twice changes nothing").isEqualTo(expected);
  }
}
