package io.redactor.junit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fresh random secrets of real formats, to plant in requests, headers, bodies and exceptions.
 * Any canary created through the {@code Canaries} of a {@link LogCapture} that appears verbatim
 * in the captured output fails {@link LogCapture#assertTokenFree()}, whatever the detection rules
 * are: a leak is caught even in a shape no rule knows.
 *
 * <pre>{@code
 * @TokenFreeLogs
 * @Test
 * void doesNotLogTheCustomersPassword(Canaries canaries) {
 *   String password = canaries.password();
 *   signup.register("bob", password);
 * }
 * }</pre>
 *
 * <p>Every value is drawn from a {@link SecureRandom} and uses only characters that URLs, JSON
 * and XML carry unescaped ({@code A-Z a-z 0-9 - _ .}), so a leak is found verbatim whatever
 * the output format. Thread-safe.
 */
public final class Canaries {
  private static final String ALNUM =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String JWT_HEADER = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Canary value to its kind, in creation order. */
  private final Map<String, String> created = new LinkedHashMap<>();

  Canaries() {
  }

  /**
   * An opaque bearer token (48 characters of {@code A-Za-z0-9-_}), to send as
   * {@code Authorization: Bearer <token>}.
   */
  public String bearerToken() {
    return register("bearer-token", random(ALNUM + "-_", 48));
  }

  /** A GitHub classic personal access token ({@code ghp_}) with a valid checksum. */
  public String githubToken() {
    return register("github-token", githubToken("ghp_", random(ALNUM, 30)));
  }

  /** A Stripe live secret key ({@code sk_live_} and 24 letters and digits). */
  public String stripeKey() {
    return register("stripe-key", "sk_live_" + random(ALNUM, 24));
  }

  /** An AWS access key id ({@code AKIA...}) and its secret access key; both are canaries. */
  public AwsKeyPair awsKeyPair() {
    String id = register("aws-access-key-id", "AKIA" + random(BASE32, 16));
    String secret = register("aws-secret-access-key", random(ALNUM, 40));
    return new AwsKeyPair(id, secret);
  }

  /** A JSON Web Token signed with HS256 by a random key, with a random subject and id. */
  public String jwt() {
    String payload = base64Url("{\"sub\":\"" + random(ALNUM, 12) + "\",\"iat\":"
        + System.currentTimeMillis() / 1000 + ",\"jti\":\"" + random(ALNUM, 16) + "\"}");
    String signingInput = JWT_HEADER + "." + payload;
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    byte[] signature;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
    return register("jwt",
        signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
  }

  /** A password of 20 letters, digits and {@code -_.}, at least one of each kind. */
  public String password() {
    String value;
    do {
      value = random(ALNUM + "-_.", 20);
    } while (!hasEveryKind(value));
    return register("password", value);
  }

  /** A generic API key: 40 letters and digits, the shape many services use. */
  public String apiKey() {
    return register("api-key", random(ALNUM, 40));
  }

  /** Every canary created so far, in creation order. */
  public List<String> values() {
    synchronized (created) {
      return List.copyOf(created.keySet());
    }
  }

  /** The canaries with their kinds ({@code github-token}, {@code password}...). */
  Map<String, String> byValue() {
    synchronized (created) {
      return new LinkedHashMap<>(created);
    }
  }

  private String register(String kind, String value) {
    synchronized (created) {
      created.put(value, kind);
    }
    return value;
  }

  /** {@code prefix}, the random part and its checksum: base62 of its CRC32 in 6 characters. */
  static String githubToken(String prefix, String random) {
    CRC32 crc = new CRC32();
    crc.update(random.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] checksum = new char[6];
    for (int i = checksum.length - 1; i >= 0; i--) {
      checksum[i] = ALNUM.charAt((int) (value % 62));
      value /= 62;
    }
    return prefix + random + new String(checksum);
  }

  private static String random(String alphabet, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  private static boolean hasEveryKind(String value) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
      symbol |= c == '-' || c == '_' || c == '.';
    }
    return upper && lower && digit && symbol;
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** An AWS access key id with its secret access key. */
  public static final class AwsKeyPair {
    private final String accessKeyId;
    private final String secretAccessKey;

    AwsKeyPair(String accessKeyId, String secretAccessKey) {
      this.accessKeyId = accessKeyId;
      this.secretAccessKey = secretAccessKey;
    }

    /** The access key id, {@code AKIA} and 16 characters of {@code A-Z2-7}. */
    public String accessKeyId() {
      return accessKeyId;
    }

    /** The secret access key, 40 letters and digits. */
    public String secretAccessKey() {
      return secretAccessKey;
    }

    /** Neither key: logging the pair by mistake leaks nothing. */
    @Override
    public String toString() {
      return "AwsKeyPair[canary]";
    }
  }
}
