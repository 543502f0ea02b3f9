package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Redacting a message with its template gives exactly what redacting the message alone gives. */
final class TemplateTest {
  private static final Redactor REDACTOR = Redactor.builder().sensitiveKey("ssn")
      .addSecret("hunter2hunter2").addRule("ticket", "tkt-", "[0-9]{6}").build();
  private static final List<String[]> TOKENS = Corpus.table("tokens.tsv");

  @Test
  void masksAValueWhoseKeyIsInTheTemplate() {
    String template = "login user={} password={} from {}";
    for (int call = 0; call < 3; call++) {
      String text = format(template, "bob", "hunter" + call, "10.0.0.1");
      assertThat(REDACTOR.redact(text, template))
          .isEqualTo("login user=bob password=[REDACTED] from 10.0.0.1");
    }
  }

  @Test
  void masksASecretInAnArgumentAndInTheTemplateItself() {
    String template = "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig {}";
    for (int call = 0; call < 3; call++) {
      assertThat(REDACTOR.redact(format(template, "ssn=123"), template))
          .isEqualTo("Authorization: Bearer [REDACTED] ssn=[REDACTED]");
      assertThat(REDACTOR.redact(template, template))
          .isEqualTo("Authorization: Bearer [REDACTED] {}");
    }
  }

  @Test
  void returnsTheSameInstanceForACleanMessage() {
    String template = "Started {} in {} ms";
    for (int call = 0; call < 3; call++) {
      String text = format(template, "server", String.valueOf(call));
      assertThat(REDACTOR.redact(text, template)).isSameAs(text);
      assertThat(REDACTOR.redact(template, template)).isSameAs(template);
    }
  }

  @Test
  void redactsABuilderAfterWhatPrecedesTheMessage() {
    String template = "token={} for {}";
    for (int call = 0; call < 3; call++) {
      StringBuilder line = new StringBuilder("2026-11-28 INFO token=x ")
          .append(format(template, "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", "ci"));
      assertThat(REDACTOR.redact(line, 24, template)).isTrue();
      assertThat(line).hasToString("2026-11-28 INFO token=x token=[REDACTED] for ci");
    }
  }

  @Provide
  Arbitrary<String[]> templated() {
    Arbitrary<String> literal = Arbitraries.of("password=", "token: ", " for ", "\"", "'", "=",
        ":", " ", "Bearer ", "key", "{\"secret\":\"", "\\\"", "&", "?", "url=https://", "@", "ssn ",
        "AKIA", "ghp_", "eyJ", "tkt-", "-----BEGIN ", "\\u0022", "%3A", "user").list().ofMaxSize(4)
        .map(parts -> String.join("", parts));
    Arbitrary<String> argument = Arbitraries.oneOf(
        Arbitraries.of(TOKENS).map(row -> row[1]),
        Arbitraries.strings().withChars("abcXYZ019=:\"'_-./@ ").ofMaxLength(24),
        Arbitraries.of("hunter2hunter2", "tkt-123456", "123-45-6789", "", "{}"));
    return Combinators.combine(literal.list().ofMinSize(1).ofMaxSize(5),
        argument.list().ofMaxSize(5)).as((literals, arguments) -> {
          String template = String.join("{}", literals);
          return new String[] {template, format(template, arguments.toArray(new String[0]))};
        });
  }

  @Property(tries = 3000)
  void givesWhatRedactingTheTextAloneGives(@ForAll("templated") String[] templated) {
    String template = templated[0];
    String text = templated[1];
    String expected = REDACTOR.redact(text);
    // The first call finds the template new, the second admits it, the third uses it.
    for (int call = 0; call < 3; call++) {
      assertThat(REDACTOR.redact(text, template)).as(template).isEqualTo(expected);
      StringBuilder builder = new StringBuilder("lead: ").append(text);
      REDACTOR.redact(builder, 6, template);
      StringBuilder plain = new StringBuilder("lead: ").append(text);
      REDACTOR.redact(plain, 6);
      assertThat(builder.toString()).as(template).isEqualTo(plain.toString());
    }
    assertThat(REDACTOR.redact(template, template)).isEqualTo(REDACTOR.redact(template));
  }

  /** As SLF4J formats: each {} takes the next argument; extra placeholders stay. */
  private static String format(String template, String... arguments) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    int k = 0;
    int placeholder;
    while ((placeholder = template.indexOf("{}", start)) >= 0 && k < arguments.length) {
      out.append(template, start, placeholder).append(arguments[k++]);
      start = placeholder + 2;
    }
    return out.append(template.substring(start)).toString();
  }
}
