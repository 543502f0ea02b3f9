package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class MaskStyleTest {
  @Test
  void fingerprintsEqualSecretsEquallyUnderOneKey() {
    Redactor redactor = Redactor.fromOptions("style=fingerprint; fingerprint-key=team-key-1");
    String out = redactor.redact("password=alpha1 password=alpha1 password=beta22");
    assertThat(out).matches("password=\\[REDACTED:([0-9a-f]{8})\\] password=\\[REDACTED:\\1\\] "
        + "password=\\[REDACTED:(?!\\1)[0-9a-f]{8}\\]");
    assertThat(Redactor.fromOptions("style=fingerprint; fingerprint-key=team-key-1")
        .redact("password=alpha1")).isEqualTo(out.substring(0, out.indexOf(' ')));
  }

  @Test
  void fingerprintsDependOnTheKey() {
    String a = Redactor.fromOptions("style=fingerprint; fingerprint-key=team-key-1").redact("password=alpha1");
    String b = Redactor.fromOptions("style=fingerprint; fingerprint-key=team-key-2").redact("password=alpha1");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void sipHashMatchesTheReferenceVector() {
    // Aumasson and Bernstein's test vector: key 00..0f, message 00..0e.
    byte[] message = new byte[15];
    for (int k = 0; k < message.length; k++) {
      message[k] = (byte) k;
    }
    assertThat(SipHash.hash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L, message))
        .isEqualTo(0xa129ca6149be45e5L);
  }

  @Test
  void labelStyleWithoutBracketsAppendsTheRule() {
    assertThat(Redactor.fromOptions("mask=***; style=label").redact("password=x1"))
        .isEqualTo("password=***:sensitive-key");
  }
}
