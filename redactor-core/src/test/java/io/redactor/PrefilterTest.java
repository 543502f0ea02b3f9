package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prefilter this JVM chose, and that it changes nothing: an engine scanning with it finds
 * exactly what the same engine finds with {@link ScalarPrefilter}, in every form. The build runs
 * this class (with the corpus, loghub and fuzz tests) once as usual, where the scalar prefilter is
 * chosen, and, when {@code JAVA25_HOME} is set, again on that JDK against the multi-release jar
 * with {@code jdk.incubator.vector} resolved, where {@code redactor.test.prefilter=vector} says
 * that the vector one must have been chosen.
 */
final class PrefilterTest {
  private static final String[] PIECES = {
    "password=", "\"password\":\"", "token: ", "Authorization: Bearer ", "ghp_", "github_pat_",
    "AKIA", "eyJhbGciOiJIUzI1NiJ9.", "sk_live_", "xoxb-", "https://bob:", "@db.example.com/x",
    "api_key", "apiKey=", "secret", " -> ", "{k=v}", "%3D", "\\u0022", ":", "=", " ", "\n", "\t",
    "é", "中文", "\uD83D\uDE00", "ÿ", "Ā", "\u0161", "-----BEGIN PRIVATE KEY-----", "--password ",
    "mysql -p", "key", "Key", "KEY", "_", "-", "/", ".", "'", "\"", "[REDACTED]", "0x1f"
  };
  private static final String[] OPTIONS = {"",
    "rules=all; keys=ssn,pin; rule=ticket:ticket=:T-[0-9]{8}",
    "rules=none; secret=correct-horse-battery", "style=label; max-scan=200"};
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=_-";

  @Test
  void choosesThePrefilterTheBuildAskedFor() {
    String expected = System.getProperty("redactor.test.prefilter", "scalar");
    assertThat(Redactor.prefilter()).startsWith(expected + " (");
  }

  @Test
  void everyFlaggedBigramIsAVectorCandidate() throws ReflectiveOperationException {
    for (Redactor redactor : redactors()) {
      byte[] filter = filterOf(redactor);
      PairBuckets buckets = PairBuckets.of(filter);
      for (int x = 0; x < 128; x++) {
        for (int y = 0; y < 128; y++) {
          if (filter[x << 7 | y] != 0) {
            assertThat(buckets.candidate(x, y)).as("%d %d of %s", x, y, redactor).isTrue();
          }
        }
      }
    }
  }

  @Test
  void vectorCandidatesAreFewOnLoghubText() throws ReflectiveOperationException {
    LoghubSamples.assumePresent();
    byte[] filter = filterOf(Redactor.defaults());
    PairBuckets buckets = PairBuckets.of(filter);
    long positions = 0;
    long flagged = 0;
    long candidates = 0;
    for (String line : LoghubSamples.lines()) {
      int prev = 0;
      for (int i = 0; i < line.length(); i++) {
        int c = Math.min(line.charAt(i), 127);
        positions++;
        flagged += filter[prev << 7 | c] != 0 ? 1 : 0;
        candidates += c < 127 && prev < 127 && buckets.candidate(prev, c) ? 1 : 0;
        prev = c;
      }
    }
    // Today 1.7% of positions are flagged and 4.3% are candidates (3.3% before the crates.io,
    // Asana, Spring Session and Basic anchors, 4.1% before keytool's flags and Mattermost's
    // webhooks).
    assertThat((double) flagged / positions).isLessThan(0.02);
    assertThat((double) candidates / positions).isLessThan(0.045);
  }

  @Test
  void findsWhatTheScalarPrefilterFindsInEveryForm() throws ReflectiveOperationException {
    List<String> texts = new ArrayList<>();
    Random random = new Random(20261203L);
    for (int n = 0; n < 3000; n++) {
      texts.add(randomText(random, random.nextInt(n < 1000 ? 80 : 700)));
    }
    if (LoghubSamples.present()) {
      List<String> lines = LoghubSamples.lines();
      for (int n = 0; n < lines.size(); n += 7) {
        texts.add(lines.get(n));
      }
    }
    for (String options : OPTIONS) {
      Redactor chosen = Redactor.fromOptions(options);
      Redactor scalar = withScalarPrefilter(options);
      for (String text : texts) {
        assertThat(chosen.redact(text)).as(text).isEqualTo(scalar.redact(text));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(chosen.redact(utf8)).as(text).isEqualTo(scalar.redact(utf8));
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        assertThat(chosen.redact(utf8, Math.min(from, utf8.length)))
            .as(text).isEqualTo(scalar.redact(utf8, Math.min(from, utf8.length)));
        StringBuilder a = new StringBuilder("prefix: ").append(text);
        StringBuilder b = new StringBuilder("prefix: ").append(text);
        assertThat(chosen.redact(a, 8)).isEqualTo(scalar.redact(b, 8));
        assertThat(a.toString()).as(text).isEqualTo(b.toString());
        assertThat(chosen.findings(text)).as(text).isEqualTo(scalar.findings(text));
      }
    }
  }

  private static List<Redactor> redactors() {
    List<Redactor> redactors = new ArrayList<>();
    for (String options : OPTIONS) {
      redactors.add(Redactor.fromOptions(options));
    }
    return redactors;
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      if (random.nextInt(3) == 0) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        for (int k = random.nextInt(24); k > 0; k--) {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
    }
    return text.toString();
  }

  /** The same configuration, its engine scanning with the scalar prefilter. */
  private static Redactor withScalarPrefilter(String options)
      throws ReflectiveOperationException {
    Redactor copy = Redactor.fromOptions(options);
    Engine engine = engineOf(copy);
    Field prefilter = Engine.class.getDeclaredField("prefilter");
    prefilter.setAccessible(true);
    prefilter.set(engine, new ScalarPrefilter(filterOf(copy)));
    return copy;
  }

  private static byte[] filterOf(Redactor redactor) throws ReflectiveOperationException {
    Field filter = Engine.class.getDeclaredField("filter");
    filter.setAccessible(true);
    return (byte[]) filter.get(engineOf(redactor));
  }

  private static Engine engineOf(Redactor redactor) throws ReflectiveOperationException {
    Field engine = Redactor.class.getDeclaredField("engine");
    engine.setAccessible(true);
    return (Engine) engine.get(redactor);
  }
}
