package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random text, random real log lines (the loghub samples, or the generated clean
 * lines when the samples are absent) and planted secrets.
 */
final class RedactorPropertiesTest {
  private static final Redactor REDACTOR = Redactor.defaults();
  private static final List<String> LOGHUB =
      LoghubSamples.present() ? LoghubSamples.lines() : CleanLines.all();
  private static final List<String[]> TOKENS = Corpus.table("tokens.tsv");

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("=:\"'\\%{}[]&,; abcAB01_-./@").ofMaxLength(300),
        Arbitraries.of(LOGHUB));
  }

  @Property(tries = 2000)
  void neverThrowsAndIsIdempotent(@ForAll("anyText") String text) {
    String once = REDACTOR.redact(text);
    assertThat(REDACTOR.redact(once)).isEqualTo(once);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(REDACTOR.redact(bytes)).isNotNull();
  }

  @Property(tries = 2000)
  void neverChangesOrLengthensALineWithoutFindings(@ForAll("anyText") String text) {
    if (REDACTOR.findings(text).isEmpty()) {
      assertThat(REDACTOR.redact(text)).isSameAs(text);
    }
  }

  @Provide
  Arbitrary<String[]> plantedSecret() {
    Arbitrary<String> prefix = Arbitraries.oneOf(Arbitraries.of(LOGHUB).map(l -> l + " "),
        Arbitraries.strings().withChars("abc xyz.,:;()").ofMaxLength(40).map(s -> s + " "));
    Arbitrary<String> around = Arbitraries.of("%s", "token %s", "\"%s\"", "[%s]", "(%s)",
        "value=%s&x=1", "{\"v\":\"%s\"}", "%s, next");
    return Combinators.combine(prefix, Arbitraries.of(TOKENS), around)
        .as((p, row, shape) -> new String[] {p + String.format(shape, row[1]), row[1]});
  }

  @Property(tries = 3000)
  void neverLeavesAPlantedSecretInTheOutput(@ForAll("plantedSecret") String[] planted) {
    String line = planted[0];
    String secret = planted[1];
    String out = REDACTOR.redact(line);
    assertThat(out).doesNotContain(secret);
    assertThat(new String(REDACTOR.redact(line.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)).isEqualTo(out);
  }
}
