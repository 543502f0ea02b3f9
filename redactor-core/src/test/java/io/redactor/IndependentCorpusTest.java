package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores {@code Redactor.defaults()} on seven corpora written apart from the engine: generators
 * that were given the classes of log lines to write (application and framework messages, HTTP
 * clients and servers, provider token formats, escaped and encoded contexts, the contexts where
 * redactors miss most: SOAP, stack traces in JSON, access logs, prose; 187 formats through 31
 * contexts; look-alike lines only) and not the code, so
 * that they miss what the engine's own generated corpus shares its blind spots with. Each row is
 * {@code kind, secret, line}; a secret counts as leaked when it survives whole or when a window of
 * 12 of its characters past its first third survives (a kept prefix such as {@code ghp_} is no
 * leak). Look-alike lines must come out unchanged. The build fails below each set's threshold.
 */
class IndependentCorpusTest {
  private static final Redactor REDACTOR = Redactor.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // set, least share of secrets masked, most look-alike lines changed
      "app.tsv,      0.955, 0",
      "web.tsv,      0.970, 4",
      "formats.tsv,  0.965, 1",
      "contexts.tsv, 0.940, 0",
      "hard.tsv,     0.925, 1",
      "holdout.tsv,  0.955, 30",
      "lookalikes.tsv, 0,   8",
  })
  void masksTheSecretsOfACorpusWrittenApart(String set, double leastRecall, int mostChanged) {
    List<String[]> rows = Corpus.table("independent/" + set);
    int secrets = 0;
    int caught = 0;
    int lookAlikes = 0;
    int changed = 0;
    StringBuilder misses = new StringBuilder();
    for (String[] row : rows) {
      String out = REDACTOR.redact(row[2]);
      if (row[0].equals("secret")) {
        secrets++;
        if (leaked(row[1], out)) {
          if (misses.length() < 4000) {
            misses.append("\n  ").append(row[2]);
          }
        } else {
          caught++;
        }
      } else {
        lookAlikes++;
        if (!out.equals(row[2])) {
          changed++;
          misses.append("\n  changed: ").append(row[2]);
        }
      }
    }
    double recall = secrets == 0 ? 1 : (double) caught / secrets;
    System.out.printf(Locale.ROOT, "%-13s secrets masked %5.1f %% (%d/%d), look-alikes changed %d/%d%n",
        set, 100 * recall, caught, secrets, changed, lookAlikes);
    assertThat(secrets + lookAlikes).isPositive();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(recall).as("secrets masked in %s; first misses:%s", set, misses)
        .isGreaterThanOrEqualTo(leastRecall);
    soft.assertThat(changed).as("look-alikes changed in %s:%s", set, misses)
        .isLessThanOrEqualTo(mostChanged);
    soft.assertAll();
  }

  private static boolean leaked(String secret, String out) {
    int begin = secret.indexOf("-----BEGIN ");
    int end = secret.lastIndexOf("-----END ");
    if (begin >= 0 && end > begin) {
      // A PEM key's BEGIN and END lines stay by design: its longest body line is the secret.
      String body = secret.substring(secret.indexOf("-----", begin + 11) + 5, end);
      String longest = "";
      for (String line : body.split("(\\\\)*\\\\n|\\s")) {
        longest = line.length() > longest.length() ? line : longest;
      }
      return longest.length() >= 16 && leaked(longest, out);
    }
    if (out.contains(secret)) {
      return true;
    }
    int window = secret.length() >= 16 ? 12 : Math.max(8, secret.length() * 2 / 3);
    if (secret.length() <= window) {
      return false;
    }
    for (int i = (int) (secret.length() * 0.35); i + window <= secret.length(); i++) {
      if (out.contains(secret.substring(i, i + window))) {
        return true;
      }
    }
    return false;
  }
}
