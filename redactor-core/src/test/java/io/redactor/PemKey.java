package io.redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A PEM private key of a given type: the BEGIN and END lines and base64 body lines of the length
 * a real key of that kind has. The first body line starts with the DER (or openssh-key-v1) header
 * every key of the type shares; only the random rest must vanish.
 */
record PemKey(String type, String header, List<String> body) {
  /** The kinds applications load and sometimes print: type, shared DER start, size, line width. */
  enum Kind {
    RSA("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1592, 64),
    EC("EC PRIVATE KEY", "MHcCAQEEI", 164, 64),
    PKCS8("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624, 64),
    OPENSSH("OPENSSH PRIVATE KEY",
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 400, 70),
    ENCRYPTED("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1744,
        64);

    final String type;
    final String der;
    final int length;
    final int width;

    Kind(String type, String der, int length, int width) {
      this.type = type;
      this.der = der;
      this.length = length;
      this.width = width;
    }
  }

  static PemKey generate(Kind kind, Random random) {
    StringBuilder base64 = new StringBuilder(kind.der);
    base64.append(RandomText.of(RandomText.BASE64, kind.length - kind.der.length() - 2, random));
    base64.append(random.nextBoolean() ? "==" : RandomText.of(RandomText.ALNUM, 1, random) + "=");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < base64.length(); i += kind.width) {
      lines.add(base64.substring(i, Math.min(base64.length(), i + kind.width)));
    }
    return new PemKey(kind.type, kind.der, lines);
  }

  String begin() {
    return "-----BEGIN " + type + "-----";
  }

  String end() {
    return "-----END " + type + "-----";
  }

  /** What must vanish: every body line, the first one after its shared start (if any is left). */
  List<String> vanish() {
    List<String> parts = new ArrayList<>();
    String first = body.get(0);
    if (first.length() - header.length() >= 8) {
      parts.add(first.substring(header.length()));
    }
    parts.addAll(body.subList(1, body.size()));
    return parts;
  }

  /** The key on one line with escaped line breaks, as JSON files and env variables hold it. */
  String escapedOneLine() {
    return begin() + "\\n" + String.join("\\n", body) + "\\n" + end() + "\\n";
  }
}
