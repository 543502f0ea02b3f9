package io.redactor;

/**
 * A provider token recognised by a literal prefix and the shape of what follows it: an alphabet
 * and a length range ({@code ghp_} and 36 letters or digits, {@code AKIA} and 16 of
 * {@code [A-Z2-7]}). The prefix stays readable in the output, the rest is masked.
 *
 * <p>The token must not be glued to a letter or digit before it, nor to a longer run of its own
 * alphabet after it, since then the run is some other identifier. Reading a token stops one
 * character past its longest form, so the work per anchor is bounded. Formats with a CRC32 checksum (GitHub classic tokens, npm)
 * are the exception: there a valid checksum proves the token even inside other text, while a
 * token of the right shape at a word boundary is masked whatever its checksum says.
 *
 * <p>A body that is a published placeholder rather than a secret ({@code AKIAIOSFODNN7EXAMPLE},
 * {@code ghp_xxxx...}, see {@link Providers#isPlaceholder}) is left as it is.
 */
final class TokenDetector extends Detector {
  private final String prefix;
  private final int offset;
  private final long[] alphabet;
  private final boolean anywhere;
  private final long[] gluedBefore;
  private final int min;
  private final int max;
  private final boolean keepPrefix;
  private final boolean checksum;
  private final String mustContain;
  private final boolean encodedSlashes;
  private final boolean maskLonger;
  private final boolean uuid;

  TokenDetector(int rule, Catalog.Token spec, String prefix) {
    super(rule);
    this.prefix = prefix;
    this.offset = spec.anchor != null ? prefix.indexOf(spec.anchor) + 1
        : Engine.Anchors.rarestBigram(prefix);
    if (offset < 1) {
      throw new IllegalStateException("anchor " + spec.anchor + " is not in " + prefix);
    }
    this.alphabet = spec.alphabet;
    this.anywhere = spec.anywhere;
    this.gluedBefore = spec.anywhere ? new long[2] : Text.ALNUM;
    this.min = spec.min;
    this.max = spec.max;
    this.keepPrefix = spec.keepPrefix;
    this.checksum = spec.checksum;
    this.mustContain = spec.mustContain;
    this.encodedSlashes = spec.encodedSlashes;
    this.maskLonger = spec.maskLonger;
    this.uuid = spec.uuid;
  }

  int prefixLength() {
    return prefix.length();
  }

  @Override
  void register(Engine.Anchors anchors) {
    anchors.add(prefix, offset, false, this, checksum ? Text.ANY : Text.TOKEN_START, alphabet);
  }

  @Override
  long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
    int p = i - offset;
    if (!Text.startsWith(s, b, p, lo, hi, prefix, false)) {
      return Engine.NO_HIT;
    }
    boolean glued = !Text.startsToken(s, b, p, lo, gluedBefore)
        || (!anywhere && engine.endsMask(s, b, p, lo));
    if (glued && !checksum) {
      return Engine.NO_HIT;
    }
    int bodyStart = p + prefix.length();
    int end = Text.run(s, b, bodyStart, hi, alphabet, max + 1);
    if (encodedSlashes) {
      // A % belongs to the body only as %2F, an encoded slash: %22 closes the quote around it.
      for (int k = bodyStart; k < end; k++) {
        if (Text.at(s, b, k) == '%' && !Text.startsWith(s, b, k, k, end, "%2F", true)) {
          end = k;
          break;
        }
      }
    }
    if (end - bodyStart > max && maskLonger) {
      end = bodyStart + max;
    } else if (end - bodyStart > max) {
      if (!checksum) {
        return Engine.NO_HIT;
      }
      end = bodyStart + max;
      glued = true;
    }
    if (end - bodyStart < min) {
      return Engine.NO_HIT;
    }
    if (glued && !validChecksum(s, b, bodyStart, end)) {
      return Engine.NO_HIT;
    }
    if (mustContain != null && Text.indexOf(s, b, bodyStart, end, mustContain) < 0) {
      return Engine.NO_HIT;
    }
    if ((uuid && !Providers.isUuid(s, b, bodyStart, end))
        || Providers.isPlaceholder(s, b, bodyStart, end)) {
      return Engine.NO_HIT;
    }
    return engine.accept(s, b, keepPrefix ? bodyStart : p, end, rule);
  }

  /**
   * GitHub and npm tokens end in six base62 digits of the CRC32 of the characters before them.
   */
  static boolean validChecksum(CharSequence s, byte[] b, int start, int end) {
    int split = end - 6;
    if (split <= start) {
      return false;
    }
    int crc = ~0;
    for (int k = start; k < split; k++) {
      crc ^= Text.at(s, b, k);
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
      }
    }
    long value = ~crc & 0xFFFFFFFFL;
    for (int k = end - 1; k >= split; k--) {
      if (Text.at(s, b, k) != BASE62.charAt((int) (value % 62))) {
        return false;
      }
      value /= 62;
    }
    return true;
  }

  static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
}
