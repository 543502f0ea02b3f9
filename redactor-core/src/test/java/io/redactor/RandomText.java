package io.redactor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Random strings of the alphabets credentials are made of, from a caller's seeded Random. */
final class RandomText {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER_HEX = "0123456789ABCDEF";
  /** Base62 in the order GitHub's and npm's checksums use: digits, upper case, lower case. */
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String LOWER_ALNUM = LOWER + DIGITS;
  static final String UPPER_ALNUM = UPPER + DIGITS;
  static final String BASE64 = ALNUM + "+/";
  static final String BASE64URL = ALNUM + "-_";
  static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  /** The bech32 alphabet of age keys, upper case as age prints secret keys. */
  static final String BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
  /** The alphabet of the random suffixes of Kubernetes pod names (no vowels, no look-alikes). */
  static final String KUBE_NAME = "bcdfghjklmnpqrstvwxz2456789";
  /** Punctuation that generated passwords hold and that breaks naive value parsing. */
  static final String PUNCTUATION = "()!$&=#%^*@~,;'\"";

  private RandomText() {
  }

  static String of(String alphabet, int length, Random random) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  static String alnum(Random r, int length) {
    return of(ALNUM, length, r);
  }

  static String hex(Random r, int length) {
    return of(HEX, length, r);
  }

  static String digits(Random r, int length) {
    return of(DIGITS, 1, r).replace('0', '1') + of(DIGITS, length - 1, r);
  }

  static String base64url(Random r, int length) {
    return of(BASE64URL, length, r);
  }

  /** Standard base64 of {@code bytes} random bytes, padded. */
  static String base64Bytes(Random r, int bytes) {
    byte[] data = new byte[bytes];
    r.nextBytes(data);
    return Base64.getEncoder().encodeToString(data);
  }

  /** URL-safe base64 of {@code bytes} random bytes, unpadded. */
  static String base64UrlBytes(Random r, int bytes) {
    byte[] data = new byte[bytes];
    r.nextBytes(data);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String base64Url(String text) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String uuid(Random r) {
    String h = hex(r, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  /**
   * The 30 random characters of a GitHub classic or npm token followed by their CRC32 in base62,
   * six characters padded with zeros (github.blog, "Behind GitHub's new authentication token
   * formats", 2021; npm uses the same scheme).
   */
  static String withCrc32(String random30) {
    CRC32 crc = new CRC32();
    crc.update(random30.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] checksum = new char[6];
    for (int i = 5; i >= 0; i--) {
      checksum[i] = BASE62.charAt((int) (value % 62));
      value /= 62;
    }
    return random30 + new String(checksum);
  }

  /** A password as password generators make them: letters, digits and punctuation mixed. */
  static String password(Random r, int length) {
    StringBuilder password = new StringBuilder();
    String all = ALNUM + PUNCTUATION;
    for (int i = 0; i < length; i++) {
      password.append(all.charAt(r.nextInt(all.length())));
    }
    // At least one character of each class, in a random place.
    password.setCharAt(r.nextInt(length), PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
    password.setCharAt(r.nextInt(length), DIGITS.charAt(r.nextInt(10)));
    return password.toString();
  }

  /** A memorable password of words, as people choose them. */
  static String passphrase(Random r) {
    List<String> words = List.of("tiger", "Lily", "orange", "Harbor", "violet", "Falcon",
        "maple", "Copper", "winter", "Rocket", "silent", "Garden", "amber", "Pixel", "cobalt");
    String separators = "-_.!@#";
    return words.get(r.nextInt(words.size()))
        + separators.charAt(r.nextInt(separators.length()))
        + words.get(r.nextInt(words.size())) + (10 + r.nextInt(90))
        + (r.nextBoolean() ? "" : String.valueOf(PUNCTUATION.charAt(r.nextInt(6))));
  }

  static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /** A JWT with the given header and payload JSON and a random signature of {@code sigBytes}. */
  static String jwt(String headerJson, String payloadJson, Random r, int sigBytes) {
    return base64Url(headerJson) + "." + base64Url(payloadJson) + "." + base64UrlBytes(r, sigBytes);
  }
}
