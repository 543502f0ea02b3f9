package io.redactor;

/**
 * Reading helpers shared by the detectors. The engine reads either a {@link CharSequence} or UTF-8
 * bytes; every detector takes both ({@code s} and {@code b}, exactly one of them non-null) so that
 * one piece of code serves both forms without a wrapper object per call. In the byte form every
 * byte of a multi-byte sequence reads as a value of 128 or more, which no rule accepts as part of a
 * token, so the bytes of non-ASCII text are never cut or matched.
 */
final class Text {
  /** Every character; 127 stands for all non-ASCII ones in the engine's filter. */
  static final long[] ANY = {~0L, ~0L};
  /** Letters and digits. */
  static final long[] ALNUM = set("0-9A-Za-z");
  /** What may stand in a key name: {@code api_key}, {@code X-Api-Key}, {@code spring.datasource.password}. */
  static final long[] KEY = set("0-9A-Za-z_.\\-");
  /** Base64url, the alphabet of JWTs and of most modern tokens. */
  static final long[] BASE64URL = set("0-9A-Za-z_\\-");

  private Text() {
  }

  /** Everything outside {@code set}, non-ASCII included. */
  static long[] not(long[] set) {
    return new long[] {~set[0], ~set[1]};
  }

  /**
   * What may stand before a token: anything but a letter or digit, the hex digit that ends a
   * percent-escape ({@code %22} of URL-encoded JSON), or the letter of an escaped line break or
   * tab ({@code \n} of JSON).
   */
  static final long[] TOKEN_START = orSet(not(ALNUM), set("0-9A-Fa-fnrt"));

  static int at(CharSequence s, byte[] b, int i) {
    return b != null ? b[i] & 0xFF : s.charAt(i);
  }

  static boolean in(long[] set, int c) {
    return c < 128 && (set[c >>> 6] & (1L << c)) != 0;
  }

  static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t';
  }

  static boolean isLineEnd(int c) {
    return c == '\n' || c == '\r';
  }

  /**
   * Whether a token may start at {@code pos}: nothing of {@code glued} stands right before it,
   * or what stands before it ends a percent-escape ({@code %22} of URL-encoded JSON) or an
   * escaped line break ({@code \n} of JSON).
   */
  static boolean startsToken(CharSequence s, byte[] b, int pos, int lo, long[] glued) {
    if (pos == lo || !in(glued, at(s, b, pos - 1)) || followsEscapedBreak(s, b, pos, lo)) {
      return true;
    }
    if (pos - 3 >= lo && at(s, b, pos - 3) == '%' && in(HEX, at(s, b, pos - 2))
        && in(HEX, at(s, b, pos - 1))) {
      return true;
    }
    // \u003d, \u0026: as Gson escapes = and & in JSON
    return pos - 6 >= lo && at(s, b, pos - 6) == '\\' && at(s, b, pos - 5) == 'u'
        && in(HEX, at(s, b, pos - 4)) && in(HEX, at(s, b, pos - 3)) && in(HEX, at(s, b, pos - 2))
        && in(HEX, at(s, b, pos - 1));
  }

  /**
   * Whether {@code \n}, {@code \r} or {@code \t} stands right before {@code pos}: a line break
   * or tab as JSON escapes it, so a multi-line message that an encoder wrote still has its line
   * starts.
   */
  static boolean followsEscapedBreak(CharSequence s, byte[] b, int pos, int lo) {
    if (pos - 2 < lo || at(s, b, pos - 2) != '\\') {
      return false;
    }
    int c = at(s, b, pos - 1);
    return c == 'n' || c == 'r' || c == 't';
  }

  private static final long[] HEX = set("0-9A-Fa-f");

  static boolean isHexDigit(int c) {
    return in(HEX, c);
  }

  /** Whether {@code literal} stands at {@code pos}, within {@code [lo, hi)}. */
  static boolean startsWith(CharSequence s, byte[] b, int pos, int lo, int hi, String literal,
      boolean ignoreCase) {
    int n = literal.length();
    if (pos < lo || pos + n > hi) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      int c = at(s, b, pos + k);
      int l = literal.charAt(k);
      if (c != l && !(ignoreCase && lower(c) == lower(l))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code length} characters at {@code a} are those at {@code c}. */
  static boolean sameAt(CharSequence s, byte[] b, int a, int c, int length) {
    for (int k = 0; k < length; k++) {
      if (at(s, b, a + k) != at(s, b, c + k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the run of characters of {@code set} that starts at {@code pos}, at most {@code max} long. */
  static int run(CharSequence s, byte[] b, int pos, int hi, long[] set, int max) {
    int end = Math.min(hi, pos + max);
    int i = pos;
    while (i < end && in(set, at(s, b, i))) {
      i++;
    }
    return i;
  }

  /**
   * The position {@code units} characters after {@code from}, at most {@code hi}, where a run of
   * non-ASCII characters counts as one: then a bound gives the same text in a string and in its
   * UTF-8 bytes (or bytes read one per character), whatever non-ASCII text it crosses.
   */
  static int advance(CharSequence s, byte[] b, int from, int hi, int units) {
    int k = from;
    for (int n = 0; k < hi && n < units; n++) {
      if (at(s, b, k++) >= 128) {
        while (k < hi && at(s, b, k) >= 128) {
          k++;
        }
      }
    }
    return k;
  }

  /** {@link #advance} backwards: the position {@code units} characters before {@code to}. */
  static int retreat(CharSequence s, byte[] b, int to, int lo, int units) {
    int k = to;
    for (int n = 0; k > lo && n < units; n++) {
      if (at(s, b, --k) >= 128) {
        while (k > lo && at(s, b, k - 1) >= 128) {
          k--;
        }
      }
    }
    return k;
  }

  /** Whether {@code [start, end)} holds both a letter and a digit. */
  static boolean hasLetterAndDigit(CharSequence s, byte[] b, int start, int end) {
    boolean letter = false;
    boolean digit = false;
    for (int k = start; k < end && !(letter && digit); k++) {
      int c = at(s, b, k);
      letter |= isLetter(c);
      digit |= isDigit(c);
    }
    return letter && digit;
  }

  /** The index of the first digit in {@code [from, hi)}, or -1. */
  static int indexOfDigit(CharSequence s, byte[] b, int from, int hi) {
    for (int k = from; k < hi; k++) {
      if (isDigit(at(s, b, k))) {
        return k;
      }
    }
    return -1;
  }

  /** Index of {@code literal} at or after {@code from}, or -1. */
  static int indexOf(CharSequence s, byte[] b, int from, int hi, String literal) {
    int first = literal.charAt(0);
    for (int i = from; i + literal.length() <= hi; i++) {
      if (at(s, b, i) == first && startsWith(s, b, i, from, hi, literal, false)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of {@code literal}, in lower case, at or after {@code from} in either case, or -1. */
  static int indexOfIgnoreCase(CharSequence s, byte[] b, int from, int hi, String literal) {
    for (int i = from; i + literal.length() <= hi; i++) {
      if (startsWith(s, b, i, from, hi, literal, true)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A set of ASCII characters as two 64-bit words, from a spec of single characters and
   * {@code a-z} ranges; {@code \-} and {@code \\} stand for themselves.
   */
  static long[] set(String spec) {
    long[] set = new long[2];
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c == '\\' && i + 1 < spec.length()) {
        c = spec.charAt(++i);
        add(set, c, c);
      } else if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
        add(set, c, spec.charAt(i + 2));
        i += 2;
      } else {
        add(set, c, c);
      }
    }
    return set;
  }

  static long[] orSet(long[] a, long[] b) {
    return new long[] {a[0] | b[0], a[1] | b[1]};
  }

  static void add(long[] set, int from, int to) {
    for (int c = from; c <= to; c++) {
      set[c >>> 6] |= 1L << c;
    }
  }
}
