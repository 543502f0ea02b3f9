package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Jazzer fuzz targets over the engine. A plain {@code mvn test} replays the inputs kept under
 * {@code RedactorFuzzTestInputs/<method>/} (regressions and seeds); {@code JAZZER_FUZZ=1} fuzzes
 * one target for {@link #BUDGET}, coverage-guided:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -o -q test -pl redactor-core -Dtest='RedactorFuzzTest#rawBytes*'
 * </pre>
 *
 * <p>Jazzer fuzzes one target per run. Its libFuzzer arguments override the budget, in seconds:
 * {@code -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=60}.
 *
 * <p>Every input goes through {@link #checkEveryForm}: no failure, findings in order and inside
 * the text, output equal to the text with each finding masked, the three forms agreeing, and
 * redacting twice changing nothing more. Time is measured by {@code FuzzWorstCaseBenchmark}, not
 * here: a timed assertion would fail on a slow machine, not on a slow engine.
 */
final class RedactorFuzzTest {
  /** How long one target fuzzes with JAZZER_FUZZ set; replay ignores it. */
  static final String BUDGET = "5m";

  /**
   * Lines of 1 to 4 MB are built from one input in this many, so replay and fuzzing stay fast. A
   * hash of all that the input chose picks them, so that the fuzzer cannot keep choosing them: a
   * megabyte input in its corpus yields a megabyte child only when the hash says so again.
   */
  private static final int ONE_IN = 1 << 16;

  private static final List<Throwable> FAILURES = new ArrayList<>();
  private static final Redactor REDACTOR = Redactor.builder().onFailure(FAILURES::add).build();
  private static final List<String[]> TOKENS = Corpus.table("tokens.tsv");
  private static final List<String> CLEAN_LINES = cleanLines();

  /** Delimiters that end a token of any rule, so that a secret between two stays a whole token. */
  private static final String[] DELIMITERS = {" ", "\t", "\n", "\r\n", "\"", "'", "(", ")", "[",
      "]", "{", "}", "<", ">", ",", ";", "|", "`", "\\n", "\\\""};

  /** Text that makes detectors look further: keys, separators, quotes, escapes, prefixes. */
  private static final String[] FRAGMENTS = {"password", "token", "secret", "api_key",
      "Authorization", "Cookie", "Bearer ", "bearer%20", "=", ":", ": ", "\"", "'", "\\\"",
      "\\\\\\\"", "\\u0022", "%22", "%3D", "%3A", "&quot;", "=>", "->", "?", "&", "{", "}", "[",
      "]", "\n", "\r", "\t", "://", ":\\/\\/", "@", "eyJ", "eyJhbGciOiJIUzI1NiJ9.", "ghp_", "sk-",
      "AKIA", "xoxb-", "-----BEGIN PRIVATE KEY-----", "-----END", "Q~", ":AA", "MT", "[REDACTED]",
      "[REDACTED", "${", "null", "\u0000", "\u0007", "\u001b", "\u00a0", "\u2028", "\ud83d\ude00",
      "\ud800", "\udc00", "\uffff", "\ufeff"};

  /** Text before the offset of {@code redact(StringBuilder, from)}, which must not be read. */
  private static final String[] BUILDER_PREFIXES = {"", "> ", "password=", "Bearer ",
      "Authorization: ", "{\"token\":\"", "ghp_", "123456789"};

  @FuzzTest(maxDuration = BUDGET)
  @DictionaryEntries({"password=", "\"token\":\"", "Authorization: Bearer ", "eyJ", "ghp_",
      "https://u:p@h", "\\\"", "%22", "\\u0022", "-----BEGIN RSA PRIVATE KEY-----"})
  void rawBytesAreRedactedAlikeInEveryForm(byte[] input) {
    byte[] out = REDACTOR.redact(input);
    assertNoFailure(input);
    // Byte form: each byte of 0x80 and above is one non-ASCII character, as in ISO-8859-1.
    String latin1 = new String(input, StandardCharsets.ISO_8859_1);
    String latin1Out = checkEveryForm(latin1, "");
    assertThat(new String(out, StandardCharsets.ISO_8859_1)).isEqualTo(latin1Out);
    assertThat(out == input).isEqualTo(latin1Out == latin1);
    assertThat(REDACTOR.redact(out)).isEqualTo(out);
    if (isUtf8(input)) {
      String text = new String(input, StandardCharsets.UTF_8);
      assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(checkEveryForm(text, "> "));
    } else {
      checkEveryForm(new String(input, StandardCharsets.UTF_8), "password=");
    }
  }

  @FuzzTest(maxDuration = BUDGET)
  void plantedSecretsNeverSurvive(FuzzedDataProvider data) {
    String secret = data.consumeBoolean()
        ? TOKENS.get(data.consumeInt(0, TOKENS.size() - 1))[1]
        : generatedToken(data);
    String open = data.pickValue(DELIMITERS);
    String close = data.pickValue(DELIMITERS);
    int megabytes = data.consumeInt(1, 4);
    String prefix = data.pickValue(BUILDER_PREFIXES);
    int position = data.consumeInt(0, Integer.MAX_VALUE);
    String text = data.consumeRemainingAsString();
    int at = position % (text.length() + 1);
    String before = text.substring(0, at);
    String after = text.substring(at);
    if (isHuge(secret, open, close, prefix, text, position, megabytes)) {
      before = repeatedTo(before + " ", megabytes << 20);
    }
    if (before.contains(secret) || after.contains(secret)) {
      return; // a copy glued to the text around it is legitimately not a token
    }
    String line = before + open + secret + close + after;
    String out = checkEveryForm(line, prefix);
    assertThat(out).as("planted %s", secret).doesNotContain(secret);
  }

  @FuzzTest(maxDuration = BUDGET)
  void mutatedCleanLinesStayAloneOrAreRedactedAlike(FuzzedDataProvider data) {
    String original = CLEAN_LINES.get(data.consumeInt(0, CLEAN_LINES.size() - 1));
    String prefix = data.pickValue(BUILDER_PREFIXES);
    int megabytes = data.consumeInt(1, 4);
    StringBuilder line = new StringBuilder(original);
    int mutations = data.consumeInt(0, 8);
    for (int m = 0; m < mutations && data.remainingBytes() > 0; m++) {
      mutate(line, data);
    }
    boolean huge = isHuge(line.toString(), prefix, megabytes, mutations);
    String text = huge ? repeatedTo(line + "\n", megabytes << 20) : line.toString();
    String out = checkEveryForm(text, prefix);
    if (mutations == 0 && !huge) {
      assertThat(out).as("a clean line comes back as the same instance").isSameAs(text);
    }
  }

  /**
   * Checks every property on {@code text} and returns {@code redact(text)}. {@code prefix} stands
   * before the offset given to {@code redact(StringBuilder, int)}, which must neither read nor
   * change it.
   */
  static String checkEveryForm(String text, String prefix) {
    String out = REDACTOR.redact(text);
    List<Finding> findings = REDACTOR.findings(text);
    assertNoFailure(text);
    assertThat(out).isNotSameAs(Redactor.FAILURE_MARKER);

    StringBuilder masked = new StringBuilder();
    int copied = 0;
    for (Finding f : findings) {
      assertThat(f.start()).as("%s in order and apart", f).isGreaterThanOrEqualTo(copied);
      assertThat(f.end()).as("%s inside the text", f).isGreaterThan(f.start())
          .isLessThanOrEqualTo(text.length());
      assertThat(Redactor.ruleCatalog()).containsKey(f.ruleId());
      masked.append(text, copied, f.start()).append(Redactor.DEFAULT_MASK);
      copied = f.end();
    }
    if (findings.isEmpty()) {
      assertThat(out).as("unchanged text is the same instance").isSameAs(text);
    } else {
      assertThat(out).as("the text with each finding masked")
          .isEqualTo(masked.append(text, copied, text.length()).toString());
    }

    StringBuilder builder = new StringBuilder(prefix).append(text);
    boolean changed = REDACTOR.redact(builder, prefix.length());
    assertNoFailure(text);
    assertThat(builder.toString()).as("builder form").isEqualTo(prefix + out);
    assertThat(changed).isEqualTo(!findings.isEmpty());

    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (new String(utf8, StandardCharsets.UTF_8).equals(text)) {
      byte[] redacted = REDACTOR.redact(utf8);
      assertNoFailure(text);
      assertThat(new String(redacted, StandardCharsets.UTF_8)).as("byte form").isEqualTo(out);
      assertThat(redacted == utf8).isEqualTo(out == text);
    }

    assertThat(REDACTOR.redact(out)).as("redacting twice").isEqualTo(out);
    assertNoFailure(out);
    return out;
  }

  private static void assertNoFailure(Object input) {
    if (!FAILURES.isEmpty()) {
      Throwable first = FAILURES.get(0);
      FAILURES.clear();
      throw new AssertionError("internal failure (the engine returned its marker) on "
          + describe(input), first);
    }
  }

  private static String describe(Object input) {
    String text = input instanceof byte[] ? Arrays.toString((byte[]) input) : (String) input;
    return text.length() > 300 ? text.substring(0, 300) + "... (" + text.length() + ")" : text;
  }

  /** A token in the shape of a provider rule: its prefix and a body of its alphabet and length. */
  private static String generatedToken(FuzzedDataProvider data) {
    Catalog.Token spec = Catalog.TOKENS.get(data.consumeInt(0, Catalog.TOKENS.size() - 1));
    String prefix = spec.prefixes[data.consumeInt(0, spec.prefixes.length - 1)];
    StringBuilder alphabet = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      if (Text.in(spec.alphabet, c)) {
        alphabet.append(c);
      }
    }
    int length = data.consumeInt(spec.min, Math.min(spec.max, spec.min + 40));
    Random random = new Random(data.consumeLong());
    StringBuilder token = new StringBuilder(prefix);
    for (int k = 0; k < length; k++) {
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      // A URL-encoded format holds a % only as the encoding of its slashes.
      token.append(c == '%' && spec.encodedSlashes ? "%2F" : String.valueOf(c));
    }
    if (spec.uuid) {
      token.setLength(prefix.length());
      token.append(new java.util.UUID(random.nextLong(), random.nextLong()));
    }
    if (spec.mustContain != null && token.indexOf(spec.mustContain, prefix.length()) < 0) {
      // A format that must hold a separator (a webhook's id/token) gets one in its body.
      int at = prefix.length() + 1 + random.nextInt(Math.max(1, length - 2));
      token.replace(at, at + spec.mustContain.length(), spec.mustContain);
    }
    return token.toString();
  }

  /** One edit chosen by the fuzzer: a fragment, a character of any kind, a cut or a copy. */
  private static void mutate(StringBuilder line, FuzzedDataProvider data) {
    int at = data.consumeInt(0, line.length());
    switch (data.consumeInt(0, 4)) {
      case 0:
        line.insert(at, data.pickValue(FRAGMENTS));
        break;
      case 1:
        line.insert(at, data.consumeChar()); // surrogates and control characters included
        break;
      case 2:
        line.insert(at, data.consumeString(24));
        break;
      case 3:
        line.delete(at, Math.min(line.length(), at + data.consumeInt(1, 16)));
        break;
      default:
        int from = data.consumeInt(0, line.length());
        int to = Math.min(line.length(), from + data.consumeInt(1, 64));
        line.insert(at, line.substring(from, to));
        break;
    }
  }

  private static boolean isHuge(Object... choices) {
    return Math.floorMod(Arrays.hashCode(choices), ONE_IN) == 0;
  }

  private static String repeatedTo(String unit, int length) {
    String part = unit.isEmpty() ? " " : unit;
    StringBuilder text = new StringBuilder(length + part.length());
    while (text.length() < length) {
      text.append(part);
    }
    return text.toString();
  }

  private static boolean isUtf8(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The hand-written negatives, then the loghub samples or else the generated clean lines. */
  private static List<String> cleanLines() {
    List<String> lines = new ArrayList<>(Corpus.lines("negatives.txt", true));
    lines.addAll(LoghubSamples.present() ? LoghubSamples.lines() : CleanLines.all());
    return lines;
  }
}
