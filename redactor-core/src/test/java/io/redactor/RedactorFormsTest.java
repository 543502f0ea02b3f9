package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RedactorFormsTest {
  private final Redactor redactor = Redactor.defaults();

  @Test
  void returnsTheSameStringWhenNothingMatches() {
    String clean = "GET /health 200 in 3 ms";
    assertThat(redactor.redact(clean)).isSameAs(clean);
    assertThat(redactor.redact((String) null)).isNull();
  }

  @Test
  void editsABuilderInPlaceFromTheGivenOffsetOnly() {
    StringBuilder text = new StringBuilder("password=keep password=hunter2");
    assertThat(redactor.redact(text, 14)).isTrue();
    assertThat(text.toString()).isEqualTo("password=keep password=[REDACTED]");
  }

  @Test
  void doesNotReadBeforeTheOffset() {
    // The key lies before the offset, so the value after it is not recognised as a password.
    StringBuilder text = new StringBuilder("password=hunter2");
    assertThat(redactor.redact(text, 9)).isFalse();
    assertThat(text.toString()).isEqualTo("password=hunter2");
  }

  @Test
  void editsABuilderOnlyAfterFindingEverySecretInTheTextAsGiven() {
    // Found by RedactorFuzzTest: the builder form read its own masks when a later detector looked
    // back, so the bot token after a masked bot id and a value after a masked key were kept.
    String[][] cases = {
        {"Bearer 123456789:AA7Io6R3Ir67NoveEALgONx4dmlguLD0AZA", "Bearer [REDACTED]"},
        {"etoken\":\"token\":\":\u001b!e", "etoken\":\"[REDACTED]\":\"[REDACTED]"},
    };
    for (String[] c : cases) {
      assertThat(redactor.redact(c[0])).isEqualTo(c[1]);
      StringBuilder text = new StringBuilder("> ").append(c[0]);
      assertThat(redactor.redact(text, 2)).isTrue();
      assertThat(text.toString()).isEqualTo("> " + c[1]);
    }
  }

  @Test
  void findsNothingInCharactersWhoseLowByteSpellsAnAnchor() {
    // Strings and builders are scanned through a copy of each character's low byte: U+0170 and
    // U+0169 copy as 'p' and 'i', U+0165 U+0179 as "ey", and must flag nothing.
    String lookalikes = "a\u0170\u0169_key \u0165\u0179JhbGciOiJIUzI1NiJ9 \u0150ASSWORD\u013d x";
    assertThat(redactor.redact(lookalikes)).isSameAs(lookalikes);
    assertThat(redactor.redact(new StringBuilder(lookalikes), 0)).isFalse();
    assertThat(redactor.findings(lookalikes)).isEmpty();
  }

  @Test
  void findsSecretsAcrossEveryBoundaryOfTheCopiedScan() {
    // The copy is made 256 characters at a time and read 8 at a time: put the secret's anchor
    // on each side of both boundaries, in each form.
    for (int pad = 240; pad <= 270; pad++) {
      String text = "x".repeat(pad) + " password=hunter2 " + "y".repeat(300)
          + " Authorization: Bearer abc.def.ghi";
      String expected = "x".repeat(pad) + " password=[REDACTED] " + "y".repeat(300)
          + " Authorization: Bearer [REDACTED]";
      assertThat(redactor.redact(text)).as("pad %d", pad).isEqualTo(expected);
      StringBuilder builder = new StringBuilder(text);
      assertThat(redactor.redact(builder, 0)).isTrue();
      assertThat(builder.toString()).as("pad %d", pad).isEqualTo(expected);
    }
  }

  @Test
  void masksAKnownSecretWithCharactersBeyondAscii() {
    // Its anchor is a bigram of non-ASCII characters, which the copied scan cannot tell from the
    // low bytes: it is turned off for this redactor, and the secret is still found.
    Redactor withSecret = Redactor.builder().addSecret("ΩΨЖЯ€").build();
    String text = "login with ΩΨЖЯ€ failed";
    assertThat(withSecret.redact(text)).isEqualTo("login with [REDACTED] failed");
    StringBuilder builder = new StringBuilder(text);
    assertThat(withSecret.redact(builder, 0)).isTrue();
    assertThat(builder.toString()).isEqualTo("login with [REDACTED] failed");
  }

  @Test
  void returnsTheSameArrayWhenNothingMatchesAndKeepsInvalidUtf8() {
    byte[] clean = {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, ' ', 'e', 'n', 'd'};
    assertThat(redactor.redact(clean)).isSameAs(clean);
    byte[] dirty = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, ' '},
        "password=hunter2 ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3});
    assertThat(redactor.redact(dirty)).isEqualTo(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, ' '},
        "password=[REDACTED] ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3}));
  }

  @Test
  void leavesMultiByteCharactersIntactAroundASecret() {
    String line = "Ünïcödé 密码 password=hunter2 ✓ token 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 🎉";
    String expected = "Ünïcödé 密码 password=[REDACTED] ✓ token ghp_[REDACTED] 🎉";
    assertThat(redactor.redact(line)).isEqualTo(expected);
    assertThat(new String(redactor.redact(line.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void reportsFindingsWithHalfOpenSpansOfWhatIsMasked() {
    String line = "Authorization: Bearer abc123def456 and password=hunter2";
    assertThat(redactor.findings(line)).containsExactly(
        new Finding("authorization-header", 22, 34), new Finding("sensitive-key", 48, 55));
    assertThat(line.substring(22, 34)).isEqualTo("abc123def456");
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
