package io.redactor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Detectors for secrets recognised by their structure rather than a fixed prefix: bearer tokens,
 * JWTs, PEM private keys, URL userinfo, and the token formats of Telegram, Discord and Azure AD.
 */
final class Shapes {
  /** Base64 in both alphabets, with padding. */
  static final long[] BASE64 = Text.set("0-9A-Za-z+/=_\\-");

  /** RFC 7235 token68, plus {@code %} for URL-encoded tokens. */
  static final long[] TOKEN68 = Text.set("0-9A-Za-z\\-._~+/=%");
  private static final long[] AZURE_SECRET = Text.set("0-9A-Za-z_~.\\-");

  private Shapes() {
  }

  /**
   * Whether a credential looks machine-made rather than like a word: it has a digit, upper and
   * lower case letters, or a symbol. Keeps {@code Bearer authentication} and {@code token: expired}
   * readable while every real token passes.
   */
  static boolean looksRandom(CharSequence s, byte[] b, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (Text.isDigit(c) || (c > ' ' && c < 128 && !Text.isLetter(c))) {
        return true;
      }
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
    }
    return upper && lower && !(end - start > 1 && isCapitalized(s, b, start, end));
  }

  /**
   * Whether a value is shaped like an OAuth authorization code: at least 20 characters of a
   * URL-safe alphabet with a digit and both cases, where error and status codes have one case.
   */
  static boolean looksLikeAuthorizationCode(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 20) {
      return false;
    }
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      digit |= Text.isDigit(c);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      if (!Text.isDigit(c) && !Text.isLetter(c) && c != '-' && c != '_' && c != '.' && c != '~'
          && c != '/' && c != '%' && c != '+' && c != '=') {
        return false;
      }
    }
    return digit && upper && lower;
  }

  /** The length of a UUID's 36 characters in base64. */
  static final int BASE64_UUID_LENGTH = 48;

  /** Whether the 48 characters at {@code start} are a UUID, in lower case, in base64. */
  static boolean isBase64Uuid(CharSequence s, byte[] b, int start) {
    int out = 0;
    for (int k = start; k < start + BASE64_UUID_LENGTH; k += 4) {
      int group = 0;
      for (int j = k; j < k + 4; j++) {
        int v = base64Value(Text.at(s, b, j));
        if (v < 0) {
          return false;
        }
        group = group << 6 | v;
      }
      for (int shift = 16; shift >= 0; shift -= 8, out++) {
        int c = group >>> shift & 0xFF;
        boolean dash = out == 8 || out == 13 || out == 18 || out == 23;
        if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean isBase64(int c) {
    return base64Value(c) >= 0 || c == '=';
  }

  private static int base64Value(int c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
        : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63 : -1;
  }

  /**
   * Stricter than {@link #looksRandom}, for values that no quoted key/value syntax vouches for (a
   * word after {@code credential}, a value under a key that only holds a sensitive word):
   * at least 8 characters, ASCII, with letters, and with digits, mixed case or four symbols of
   * three kinds ({@link #GENERATED_SYMBOLS}); not a date, a number, a URL, a path, nor words
   * joined by separators ({@code pool-1-thread-3}, {@code db-creds}).
   */
  static boolean looksMachineMade(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 8) {
      return false;
    }
    int letters = 0;
    int digits = 0;
    int symbols = 0;
    int symbolKinds = 0;
    boolean upper = false;
    boolean lower = false;
    // The longest run of letters and digits mixed, between separators: random segments have one.
    int segment = 0;
    boolean segmentDigit = false;
    boolean segmentLetter = false;
    boolean mixedSegment = false;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c >= 128 || c <= ' ') {
        return false;
      }
      boolean letter = Text.isLetter(c);
      boolean digit = Text.isDigit(c);
      letters += letter ? 1 : 0;
      digits += digit ? 1 : 0;
      int kind = GENERATED_SYMBOLS.indexOf(c);
      if (kind >= 0) {
        symbols++;
        symbolKinds |= 1 << kind;
      }
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      if (letter || digit) {
        segment++;
        segmentDigit |= digit;
        segmentLetter |= letter;
        mixedSegment |= segmentDigit && segmentLetter && segment >= 6;
      } else {
        segment = 0;
        segmentDigit = false;
        segmentLetter = false;
      }
      if (c == ':' && k + 2 < end && Text.at(s, b, k + 1) == '/' && Text.at(s, b, k + 2) == '/') {
        return false; // a URL
      }
    }
    if (letters == 0 || Text.at(s, b, start) == '/') {
      return false;
    }
    boolean camel = upper && lower && !isCapitalized(s, b, start, end)
        && !(upper && allCapitalizedWords(s, b, start, end));
    return mixedSegment || camel && digits > 0 || camel && end - start >= 16
        || upper && lower && digits > 0
        || symbols >= 4 && Integer.bitCount(symbolKinds) >= 3;
  }

  /**
   * Symbols that password generators and framework secret keys mix into letters
   * ({@code x2(k!p$v#...}); code and prose rarely hold four of them of three kinds in one word.
   */
  private static final String GENERATED_SYMBOLS = "!#$%&()*@[]^{}~<>";

  /** {@code ThreadPoolExecutor}, {@code HelloWorld}: words run together, each capitalized. */
  private static boolean allCapitalizedWords(CharSequence s, byte[] b, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      int c = Text.at(s, b, k);
      int before = Text.at(s, b, k - 1);
      if (c >= 'A' && c <= 'Z' && before >= 'A' && before <= 'Z') {
        return false;
      }
    }
    return Text.at(s, b, start) >= 'A' && Text.at(s, b, start) <= 'Z';
  }

  private static boolean isCapitalized(CharSequence s, byte[] b, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /** {@code Bearer <token>} anywhere, also {@code Bearer%20<token>} and {@code Bearer+<token>}. */
  static final class Bearer extends Detector {
    Bearer(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("bearer", 1, true, this, Text.TOKEN_START, Text.ANY);
      // Okta's SSWS and Elastic's ApiKey schemes, as an access log prints the header's value.
      anchors.add("SSWS ", 3, false, this, Text.ANY, Text.ANY);
      anchors.add("apikey ", 2, true, this, Text.ANY, Text.ANY);
      // An Authorization header's value alone, as an access log's field prints it.
      anchors.add("Basic ", 1, false, this, Text.TOKEN_START, Text.ANY);
      anchors.add("Splunk ", 1, false, this, Text.TOKEN_START, Text.ANY);
      anchors.add("\"token ", 3, false, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      if (Text.at(s, b, i) == 'a' || Text.at(s, b, i) == 'p' || Text.at(s, b, i) == 'k') {
        return headerValue(engine, s, b, i, lo, hi);
      }
      int p;
      int scheme;
      if (Text.startsWith(s, b, i - 1, lo, hi, "bearer", true)) {
        p = i - 1;
        scheme = 6;
      } else if (Text.startsWith(s, b, i - 3, lo, hi, "SSWS ", false)) {
        p = i - 3;
        scheme = 4;
      } else if (Text.startsWith(s, b, i - 2, lo, hi, "apikey ", true)) {
        p = i - 2;
        scheme = 6;
      } else {
        return Engine.NO_HIT;
      }
      if (!Text.startsToken(s, b, p, lo, Text.ALNUM) || engine.endsMask(s, b, p, lo)) {
        return Engine.NO_HIT;
      }
      int t = p + scheme;
      if (Text.startsWith(s, b, t, lo, hi, "%20", false)) {
        t += 3;
      } else if (t < hi && (Text.at(s, b, t) == '+' || Text.at(s, b, t) == ':')) {
        t++;
      }
      int spaces = t;
      while (t < hi && Text.isSpace(Text.at(s, b, t))) {
        t++;
      }
      if (t == p + scheme || (t == spaces && Text.at(s, b, t - 1) == ':')) {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, t, hi, TOKEN68, hi);
      while (end + 1 < hi && (Text.at(s, b, end) == ':' || Text.at(s, b, end) == '!')
          && Text.in(TOKEN68, Text.at(s, b, end + 1))) {
        end = Text.run(s, b, end + 1, hi, TOKEN68, hi); // 2/1425.../9984...:9c66... (Asana)
      }
      end = encodedEnd(s, b, t, end);
      if (end - t < 8 || !looksRandom(s, b, t, end) || isPair(s, b, t, end)
          || Values.startsPlaceholder(s, b, t, hi) || Values.isPlaceholder(s, b, t, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, t, end, rule);
    }

    /**
     * {@code Basic <base64 of user:password>}, {@code Splunk <UUID>} (a HEC token) and
     * {@code "token <token>"} (a whole quoted field), each scheme being anchored at its second
     * letter: {@code a}, {@code p} or {@code k}.
     */
    private long headerValue(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int c = Text.at(s, b, i);
      int p = c == 'k' ? i - 2 : i - 1;
      String scheme = c == 'a' ? "Basic " : c == 'p' ? "Splunk " : "token ";
      if (!Text.startsWith(s, b, p, lo, hi, scheme, false)
          || !Text.startsToken(s, b, p, lo, Text.ALNUM) || engine.endsMask(s, b, p, lo)) {
        return Engine.NO_HIT;
      }
      int t = p + scheme.length();
      int end = Text.run(s, b, t, hi, TOKEN68, hi);
      boolean found;
      if (c == 'a') {
        found = isBase64Credentials(s, b, t, end);
      } else if (c == 'p') {
        found = Providers.isUuid(s, b, t, end);
      } else {
        found = p > lo && Text.at(s, b, p - 1) == '"' && end < hi && Text.at(s, b, end) == '"'
            && end - t >= 16
            && (looksRandom(s, b, t, end) || Providers.isUuid(s, b, t, end));
      }
      return found ? engine.accept(s, b, t, end, rule) : Engine.NO_HIT;
    }

    /** Whether {@code [start, end)} is base64 of printable text holding a colon after a name. */
    private static boolean isBase64Credentials(CharSequence s, byte[] b, int start, int end) {
      int length = end - start;
      if (length < 8 || length > 1024 || length % 4 != 0) {
        return false;
      }
      int bits = 0;
      int buffered = 0;
      int decoded = 0;
      boolean colon = false;
      for (int k = start; k < end && Text.at(s, b, k) != '='; k++) {
        int v = base64Value(Text.at(s, b, k));
        if (v < 0) {
          return false;
        }
        bits = bits << 6 | v;
        buffered += 6;
        if (buffered >= 8) {
          buffered -= 8;
          int octet = bits >>> buffered & 0xFF;
          if (octet < 0x20 || octet > 0x7E) {
            return false;
          }
          colon |= octet == ':' && decoded > 0;
          decoded++;
        }
      }
      return colon;
    }

    /**
     * Where a token that may be URL-encoded ends: before an encoded line break, quote, comma
     * or {@code &} ({@code Bearer+abc%0D%0AAccept...}).
     */
    private static int encodedEnd(CharSequence s, byte[] b, int start, int end) {
      for (int k = start; k + 2 < end; k++) {
        if (Text.at(s, b, k) == '%' && Text.at(s, b, k + 1) <= '2'
            && (Text.startsWith(s, b, k, k, end, "%0D", true)
                || Text.startsWith(s, b, k, k, end, "%0A", true)
                || Text.startsWith(s, b, k, k, end, "%22", true)
                || Text.startsWith(s, b, k, k, end, "%26", true)
                || Text.startsWith(s, b, k, k, end, "%2C", true))) {
          return k;
        }
      }
      return end;
    }

    /**
     * Whether a token is the next key/value pair ({@code token_type=Bearer expires_in=3600}):
     * a token's own {@code =} is base64 padding at its end or before the colon of its next part.
     */
    private static boolean isPair(CharSequence s, byte[] b, int start, int end) {
      for (int k = start + 1; k + 1 < end; k++) {
        if (Text.at(s, b, k) == '=' && Text.at(s, b, k + 1) != '=' && Text.at(s, b, k + 1) != ':'
            && Text.isLetter(Text.at(s, b, start))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A Spring Session id as its {@code SESSION} cookie carries it, whatever names it: a UUID in
   * base64, 48 characters. Base64 of two hex digits starts with one of 32 bigrams.
   */
  static final class SpringSessionId extends Detector {
    /** What may not stand right before the id: base64 but its padding, which ends a key. */
    private static final long[] GLUED = Text.set("0-9A-Za-z+/_\\-");

    SpringSessionId(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      String[] seconds = {"DGTWjmz2", "DGTWjmz2", "DGTW", "TWjmz2", "DGTWjm"};
      String firsts = "MNOYZ";
      for (int f = 0; f < firsts.length(); f++) {
        for (char second : seconds[f].toCharArray()) {
          anchors.add(firsts.charAt(f), second, this, Text.TOKEN_START, Text.ALNUM);
        }
      }
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int p = i - 1;
      int end = p + BASE64_UUID_LENGTH;
      if (end > hi || end < hi && isBase64(Text.at(s, b, end))
          || !Text.startsToken(s, b, p, lo, GLUED) || engine.endsMask(s, b, p, lo)
          || !isBase64Uuid(s, b, p)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, p, end, rule);
    }
  }

  /** A JSON Web Token: three base64url segments, the first two starting with {@code eyJ}. */
  static final class Jwt extends Detector {
    Jwt(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("eyJ", 2, false, this, Text.ANY, Text.BASE64URL);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int p = i - 2;
      if (!Text.startsWith(s, b, p, lo, hi, "eyJ", false)
          || !Text.startsToken(s, b, p, lo, Text.BASE64URL) || engine.endsMask(s, b, p, lo)) {
        return Engine.NO_HIT;
      }
      int header = Text.run(s, b, p, hi, Text.BASE64URL, hi);
      if (header - p < 10 || header >= hi || Text.at(s, b, header) != '.') {
        return Engine.NO_HIT;
      }
      int payload = Text.run(s, b, header + 1, hi, Text.BASE64URL, hi);
      if (payload - header - 1 < 10 || payload >= hi || Text.at(s, b, payload) != '.') {
        return Engine.NO_HIT;
      }
      int signature = Text.run(s, b, payload + 1, hi, Text.BASE64URL, hi);
      return engine.accept(s, b, p, signature, rule);
    }
  }

  /**
   * A PEM private key block, on several lines or on one with {@code \n} escapes. The BEGIN and END
   * lines stay; a block without its END line is masked to the end of the text.
   */
  static final class PrivateKey extends Detector {
    PrivateKey(int rule) {
      super(rule);
    }

    /** {@code -----BEGIN} in base64, as Kubernetes secrets and kubeconfig files hold keys. */
    private static final String BASE64_BEGIN = "LS0tLS1CRUdJTi";
    private static final int BASE64_OFFSET = Engine.Anchors.rarestBigram(BASE64_BEGIN);
    /** How many characters of a base64 key are decoded to read its label. */
    private static final int BASE64_LABEL = 88;

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("-----BEGIN", 5, false, this, Text.ANY, Text.ANY);
      anchors.add(BASE64_BEGIN, BASE64_OFFSET, false, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      if (Text.at(s, b, i) != 'B' && Text.at(s, b, i) != 'N') {
        return base64(engine, s, b, i - BASE64_OFFSET, lo, hi);
      }
      int p = i - 5;
      if (!Text.startsWith(s, b, p, lo, hi, "-----BEGIN ", false)) {
        return Engine.NO_HIT;
      }
      int label = p + 11;
      int labelEnd = label;
      while (labelEnd < hi && labelEnd - label < 40) {
        int c = Text.at(s, b, labelEnd);
        if (!(c >= 'A' && c <= 'Z') && c != ' ' && !Text.isDigit(c)) {
          break;
        }
        labelEnd++;
      }
      if (!Text.startsWith(s, b, labelEnd, lo, hi, "-----", false)
          || Text.indexOf(s, b, label, labelEnd, "PRIVATE KEY") < 0) {
        return Engine.NO_HIT;
      }
      int body = labelEnd + 5;
      int end = Text.indexOf(s, b, body, hi, "-----END");
      return engine.accept(s, b, body, end < 0 ? hi : end, rule);
    }

    /**
     * A PEM private key encoded once more in base64 ({@code LS0tLS1CRUdJTiBSU0Eg...}): its label
     * is decoded to tell a private key from a certificate, and the whole run is masked.
     */
    private long base64(Engine engine, CharSequence s, byte[] b, int p, int lo, int hi) {
      if (!Text.startsWith(s, b, p, lo, hi, BASE64_BEGIN, false)
          || !Text.startsToken(s, b, p, lo, Text.BASE64URL)) {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, p, hi, BASE64, hi);
      // Decode the label, "-----BEGIN " then capitals and spaces up to "-----", keeping the
      // last eight characters in a word.
      int limit = Math.min(end, p + BASE64_LABEL) & ~3;
      int bits = 0;
      int count = 0;
      long last = 0;
      int dashes = 0;
      for (int k = p; k < limit; k++) {
        int v = base64Value(Text.at(s, b, k));
        if (v < 0) {
          break;
        }
        bits = bits << 6 | v;
        count += 6;
        if (count >= 8) {
          count -= 8;
          int c = bits >>> count & 0xFF;
          last = last << 8 | c;
          if (last == VATE_KEY) {
            return engine.accept(s, b, p, end, rule);
          }
          dashes = c == '-' ? dashes + 1 : 0;
          if (dashes == 5 && k - p > 16) {
            break; // the label ended without PRIVATE KEY: a certificate or a public key
          }
        }
      }
      return Engine.NO_HIT;
    }

    /** The last eight characters of "PRIVATE KEY", big-endian in a long. */
    private static final long VATE_KEY = pack("VATE KEY");

    private static long pack(String eight) {
      long word = 0;
      for (int k = 0; k < 8; k++) {
        word = word << 8 | eight.charAt(k);
      }
      return word;
    }

    private static int base64Value(int c) {
      if (c >= 'A' && c <= 'Z') {
        return c - 'A';
      }
      if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
      }
      if (c >= '0' && c <= '9') {
        return c - '0' + 52;
      }
      return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
    }
  }

  /** The password of {@code scheme://user:password@host}, also JSON-escaped ({@code :\/\/}). */
  static final class UrlUserinfo extends Detector {
    UrlUserinfo(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(':', '/', this, Text.ALNUM, Text.set("/"));
      anchors.add(':', '\\', this, Text.ALNUM, Text.set("/"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int start;
      if (Text.startsWith(s, b, i, lo, hi, "//", false)) {
        start = i + 2;
      } else if (Text.startsWith(s, b, i, lo, hi, "\\/\\/", false)) {
        start = i + 4;
      } else {
        return Engine.NO_HIT;
      }
      if (i - 2 < lo || !Text.isLetter(Text.at(s, b, i - 2))) {
        return Engine.NO_HIT;
      }
      int colon = -1;
      int at = -1;
      for (int k = start; k < hi; k++) {
        int c = Text.at(s, b, k);
        if (c == '@') {
          at = k;
        } else if (c == ':' && colon < 0) {
          colon = k;
        } else if (c == '#' && colon >= 0) {
          continue; // left unencoded in a password, as URISyntaxException prints it
        } else if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\''
            || c == '<' || c == '>' || c == '\\' || c == '`' || c == ';'
            || engine.isMasked(s, b, k, hi)) {
          // A mask stands where a first pass read other text ("/" ending the userinfo): what
          // follows it must not decide again, or redacting twice would change more.
          break;
        }
      }
      if (colon < 0 || at < colon) {
        return Engine.NO_HIT;
      }
      // The scan goes on after the password, so a secret in the user name (a token used as one,
      // https://ghp_...:x-oauth-basic@github.com) is found now or never: the mask starts there.
      long user = engine.firstIn(s, b, start, lo, colon);
      if (user == Engine.NO_HIT && Values.isPlaceholder(s, b, colon + 1, at)) {
        return Engine.NO_HIT; // mongodb://app:****@host, https://bot:${TOKEN}@host
      }
      return engine.accept(s, b, user == Engine.NO_HIT ? colon + 1 : Engine.start(user), at,
          rule);
    }
  }

  /**
   * Whether the base64 in {@code [start, end)} decodes to printable text (a JSON body, a
   * message), which 64 random key bytes are with a chance of one in 2<sup>64</sup>.
   */
  static boolean decodesToText(CharSequence s, byte[] b, int start, int end) {
    int bits = 0;
    int count = 0;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
          : Text.isDigit(c) ? c - '0' + 52 : c == '+' ? 62 : 63;
      bits = (bits << 6 | v) & 0xFFFFFF;
      count += 6;
      if (count >= 8) {
        count -= 8;
        int decoded = bits >>> count & 0xFF;
        if (decoded >= 0x7F || decoded < 0x20 && decoded != '\n' && decoded != '\t') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * An Azure storage account key under any name: 64 random bytes in base64, 86 characters and
   * {@code ==}, standing alone. Found from its padding, read back.
   */
  static final class AzureStorageKey extends Detector {
    private static final long[] STANDARD = Text.set("0-9A-Za-z+/");

    AzureStorageKey(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('=', '=', this, STANDARD, Text.not(Text.set("=")));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int end = i + 1;
      int start = i - 1;
      int run = start;
      while (run > lo && start - run < 87 && Text.in(STANDARD, Text.at(s, b, run - 1))) {
        run--;
      }
      if (start - run != 86 || run > lo && Text.in(Text.BASE64URL, Text.at(s, b, run - 1))
          || run > lo && Text.at(s, b, run - 1) == '+'
          || end < hi && Text.in(BASE64, Text.at(s, b, end))
          || engine.endsMask(s, b, run, lo) || Providers.isPlaceholder(s, b, run, start)
          || decodesToText(s, b, run, start)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, run, end, rule);
    }
  }

  /** The password of an Oracle thin JDBC URL: {@code jdbc:oracle:thin:scott/tiger@//host/db}. */
  static final class OracleThin extends Detector {
    private static final String PREFIX = "oracle:thin:";
    private static final int OFFSET = Engine.Anchors.rarestBigram(PREFIX);
    private static final long[] USER = Text.set("0-9A-Za-z_$#.\\-");

    OracleThin(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(PREFIX, OFFSET, true, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int p = i - OFFSET;
      if (!Text.startsWith(s, b, p, lo, hi, PREFIX, true)) {
        return Engine.NO_HIT;
      }
      int user = p + PREFIX.length();
      int slash = Text.run(s, b, user, hi, USER, 129);
      if (slash == user || slash >= hi || Text.at(s, b, slash) != '/') {
        return Engine.NO_HIT;
      }
      int end = slash + 1;
      int limit = Text.advance(s, b, end, hi, 256);
      while (end < limit && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != '@'
          && Text.at(s, b, end) != '"' && Text.at(s, b, end) != '\'') {
        end++;
      }
      return end < hi && Text.at(s, b, end) == '@' && end > slash + 1
          ? engine.accept(s, b, slash + 1, end, rule) : Engine.NO_HIT;
    }
  }

  /** A Telegram bot token: the bot's numeric id, a colon, and 35 characters starting with AA. */
  static final class Telegram extends Detector {
    Telegram(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(':', 'A', this, Text.set("0-9"), Text.set("A"));
    }

    /** Where the bot id before the colon at {@code colon} starts: at most 11 digits back. */
    static int botIdStart(CharSequence s, byte[] b, int colon, int lo) {
      int digits = colon;
      while (digits > lo && Text.isDigit(Text.at(s, b, digits - 1)) && colon - digits < 11) {
        digits--;
      }
      return digits;
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int digits = botIdStart(s, b, i - 1, lo);
      int idLength = i - 1 - digits;
      if (idLength < 8 || idLength > 10
          || (digits > lo && Text.in(Text.ALNUM, Text.at(s, b, digits - 1))
              && !Text.followsEscapedBreak(s, b, digits, lo))
          || engine.endsMask(s, b, digits, lo)
          || i + 1 >= hi || Text.at(s, b, i + 1) != 'A') {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, i, hi, Text.BASE64URL, 36);
      return end - i == 35 ? engine.accept(s, b, i, end, rule) : Engine.NO_HIT;
    }
  }

  /**
   * A Discord bot token: the base64 of the bot's id (starting with M, N or O), a dot, six
   * characters of timestamp, a dot, and the HMAC.
   */
  static final class Discord extends Detector {
    Discord(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      // A bot id of 17 to 19 digits starts with 1 to 9, whose base64 starts with these.
      for (String start : new String[] {"MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT"}) {
        anchors.add(start, 1, false, this,
            Text.orSet(Text.not(Text.BASE64URL), Text.set("nrt")), Text.ALNUM);
      }
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int start = i - 1; // the anchor is the id's first two characters
      if (start < lo || (start > lo && Text.in(Text.BASE64URL, Text.at(s, b, start - 1))
          && !Text.followsEscapedBreak(s, b, start, lo)) || engine.endsMask(s, b, start, lo)) {
        return Engine.NO_HIT;
      }
      int id = Text.run(s, b, start, hi, Text.ALNUM, 28);
      if (id - start < 23 || id - start > 27 || id >= hi || Text.at(s, b, id) != '.') {
        return Engine.NO_HIT;
      }
      int time = Text.run(s, b, id + 1, hi, Text.BASE64URL, 7);
      if (time - id - 1 != 6 || time >= hi || Text.at(s, b, time) != '.') {
        return Engine.NO_HIT;
      }
      int mac = Text.run(s, b, time + 1, hi, Text.BASE64URL, 39);
      int length = mac - time - 1;
      return length >= 27 && length <= 38 ? engine.accept(s, b, start, mac, rule) : Engine.NO_HIT;
    }
  }

  /** An Azure AD (Entra ID) client secret: three characters, a digit, {@code Q~}, 31 to 34 more. */
  static final class AzureClientSecret extends Detector {
    AzureClientSecret(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('Q', '~', this, Text.set("0-9"), AZURE_SECRET);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int start = i - 5;
      if (start < lo || !Text.isDigit(Text.at(s, b, i - 2))
          || !Text.startsToken(s, b, start, lo, AZURE_SECRET)
          || engine.endsMask(s, b, start, lo)) {
        return Engine.NO_HIT;
      }
      for (int k = start; k < i - 2; k++) {
        if (!Text.in(AZURE_SECRET, Text.at(s, b, k))) {
          return Engine.NO_HIT;
        }
      }
      int end = Text.run(s, b, i + 1, hi, AZURE_SECRET, 35);
      int length = end - i - 1;
      return length >= 31 && length <= 34 ? engine.accept(s, b, start, end, rule) : Engine.NO_HIT;
    }
  }

  /**
   * Passwords on a command line: {@code curl -u user:password}, {@code --user user:password},
   * {@code --proxy-user user:password}, {@code mysql -u root -pSecret} (a password glued to
   * {@code -p} after a MySQL client name or a {@code -u} flag), and {@code sshpass -p secret}.
   */
  static final class CommandLine extends Detector {
    private static final String[] MYSQL = {"mysql", "mariadb"};
    private static final long[] USER = Text.set("0-9A-Za-z._@+\\-");
    /** The offset in {@code redis-cli} of its anchor bigram, the one that stops the scan least. */
    private static final int REDIS_CLI_BIGRAM = Engine.Anchors.rarestBigram("redis-cli");

    CommandLine(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      long[] blank = Text.set(" \t\"'");
      anchors.add('-', 'u', this, Text.orSet(blank, Text.set("-")), Text.set(" \t\"'s"));
      anchors.add('-', 'p', this, blank, Text.not(new long[2]));
      anchors.add("redis-cli", REDIS_CLI_BIGRAM, false, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int dash = i - 1;
      if (Text.at(s, b, dash) != '-') {
        return redisCli(engine, s, b, i, lo, hi);
      }
      return Text.at(s, b, i) == 'p' ? password(engine, s, b, dash, lo, hi)
          : userinfo(engine, s, b, dash, lo, hi);
    }

    /** {@code -u user:password}, {@code --user=user:password}: the part after the colon. */
    private long userinfo(Engine engine, CharSequence s, byte[] b, int dash, int lo, int hi) {
      int v;
      if (Text.startsWith(s, b, dash - 1, lo, hi, "--user", false)) {
        v = dash + 5;
      } else if (Text.startsWith(s, b, dash - 7, lo, hi, "--proxy-user", false)) {
        v = dash + 5;
      } else {
        v = dash + 2;
        if (dash > lo && Text.at(s, b, dash - 1) == '-') {
          return Engine.NO_HIT;
        }
      }
      if (v >= hi || Text.at(s, b, v) != ' ' && Text.at(s, b, v) != '=') {
        return Engine.NO_HIT;
      }
      while (v < hi && (Text.at(s, b, v) == ' ' || Text.at(s, b, v) == '=')) {
        v++;
      }
      int quote = v < hi && (Text.at(s, b, v) == '\'' || Text.at(s, b, v) == '"') ? Text.at(s, b, v)
          : 0;
      int start = quote == 0 ? v : v + 1;
      int colon = Text.run(s, b, start, hi, USER, 128);
      if (colon == start || colon >= hi || Text.at(s, b, colon) != ':') {
        return Engine.NO_HIT;
      }
      int end = colon + 1;
      if (quote != 0) {
        // 'user:pa"ss'w0rd: to the end of the shell word, without its closing quote
        end = KeyValueDetector.shellWordEnd(s, b, v, hi);
        if (end - 1 > colon && Text.at(s, b, end - 1) == quote) {
          end--;
        }
      } else {
        int limit = Text.advance(s, b, start, hi, 256);
        while (end < limit && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != '`') {
          end++;
        }
      }
      if (end - colon < 2) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, colon + 1, end, rule);
    }

    /** {@code mysql -u root -pSecret}, {@code sshpass -p secret}. */
    private long password(Engine engine, CharSequence s, byte[] b, int dash, int lo, int hi) {
      int v = dash + 2;
      if (v >= hi) {
        return Engine.NO_HIT;
      }
      boolean glued = Text.at(s, b, v) > ' ';
      if (glued ? !afterMysql(s, b, lo, dash) : !Text.startsWith(s, b, dash - 8, lo, hi,
          "sshpass ", false) && !afterLogin(s, b, lo, dash)) {
        return Engine.NO_HIT;
      }
      while (!glued && v < hi && Text.at(s, b, v) == ' ') {
        v++;
      }
      return shellWord(engine, s, b, v, hi);
    }

    /**
     * The shell word at {@code v}, to the next blank outside quotes: a password may mix quoted
     * and unquoted parts ({@code 'a"b'c}). Quotes around the whole word stay.
     */
    private long shellWord(Engine engine, CharSequence s, byte[] b, int v, int hi) {
      int end = KeyValueDetector.shellWordEnd(s, b, v, hi);
      int start = v;
      int quote = v < hi ? Text.at(s, b, v) : 0;
      if ((quote == '\'' || quote == '"') && end - 1 > v && Text.at(s, b, end - 1) == quote) {
        start++;
        end--;
      }
      return end - start < 1 || Values.isPlaceholder(s, b, start, end) ? Engine.NO_HIT
          : engine.accept(s, b, start, end, rule); // -p$MYSQL_ROOT_PASSWORD stays
    }

    /** {@code redis-cli ... -a secret}: the word after {@code -a} in the same command. */
    private long redisCli(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int k = i - REDIS_CLI_BIGRAM;
      if (!Text.startsWith(s, b, k, lo, hi, "redis-cli", false)) {
        return Engine.NO_HIT;
      }
      int v = -1;
      int limit = Text.advance(s, b, k, hi, 256);
      for (int j = k + 9; j + 3 < limit; j++) {
        int c = Text.at(s, b, j);
        if (Text.isLineEnd(c) || c == '&' || c == ';' || c == '|') {
          break;
        }
        if (c == ' ' && Text.at(s, b, j + 1) == '-' && Text.at(s, b, j + 2) == 'a'
            && Text.at(s, b, j + 3) == ' ') {
          v = j + 3;
          break;
        }
      }
      if (v < 0) {
        return Engine.NO_HIT;
      }
      if (v >= hi || Text.at(s, b, v) != ' ') {
        return Engine.NO_HIT;
      }
      while (v < hi && Text.at(s, b, v) == ' ') {
        v++;
      }
      return shellWord(engine, s, b, v, hi);
    }

    /**
     * Whether a registry login with a {@code -u} flag stands before {@code dash} in the same
     * command ({@code docker login -u ci -p secret}, also podman's, helm's and skopeo's): there
     * a {@code -p} and a blank are followed by the password, where {@code mysql -p db} names a
     * database and {@code docker run -p 8080:80} a port.
     */
    private static boolean afterLogin(CharSequence s, byte[] b, int lo, int dash) {
      boolean user = false;
      int limit = Math.max(lo, dash - 256);
      for (int k = dash - 1; k >= limit; k--) {
        int c = Text.at(s, b, k);
        if (Text.isLineEnd(c) || c == '&' || c == ';' || c == '|') {
          return false;
        }
        user |= c == '-' && k + 2 < dash && Text.at(s, b, k + 1) == 'u'
            && Text.at(s, b, k + 2) == ' ' && (k == lo || Text.at(s, b, k - 1) == ' ');
        if (user && c == ' ' && Text.startsWith(s, b, k - 5, lo, dash, "login ", false)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a MySQL client's name or a {@code -u} flag stands before {@code dash} in the same
     * command: the look back stops at a line start, {@code &}, {@code ;}, {@code |} or another
     * {@code -p} flag, never at a distance, so that a mask written before cannot change the
     * answer, and a run of flags is read once.
     */
    private static boolean afterMysql(CharSequence s, byte[] b, int lo, int dash) {
      for (int k = dash - 1; k >= lo; k--) {
        int c = Text.at(s, b, k);
        if (Text.isLineEnd(c) || c == '&' || c == ';' || c == '|'
            || c == '-' && k + 1 < dash && Text.at(s, b, k + 1) == 'p'
            && (k == lo || Text.at(s, b, k - 1) == ' ')) {
          return false;
        }
        if (c == '-' && k + 2 < dash && Text.at(s, b, k + 1) == 'u'
            && (k == lo || Text.at(s, b, k - 1) == ' ')) {
          return true;
        }
        for (String client : MYSQL) {
          if (Text.lower(c) == client.charAt(0)
              && Text.startsWith(s, b, k, lo, dash, client, true)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * A long random token with nothing around it that names it (a 40-character URL-safe key
   * printed alone): 24 to 512 characters of base64 or base64url with upper and lower case
   * letters and digits, many distinct characters, and the character class changing as often as
   * in random text, where identifiers ({@code setTodayTotalDetailSteps1514038560000},
   * {@code DFSClient_NONMAPREDUCE_1537864556_1}) change it at word boundaries only. Lower-case
   * hex (hashes, trace ids) is never one.
   *
   * <p>The anchor is a digit followed by an upper-case letter, rare in ordinary text; only the
   * first such pair of a token reads it (a later one finds the earlier pair before it), so a run
   * of such pairs is read once.
   */
  static final class HighEntropy extends Detector {
    static final int MIN = 24;
    static final int MAX = 512;
    private static final long[] BASE64_ANY = Text.set("0-9A-Za-z+/_\\-");

    HighEntropy(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      for (int digit = '0'; digit <= '9'; digit++) {
        for (int upper = 'A'; upper <= 'Z'; upper++) {
          anchors.add(digit, upper, this, Text.ANY, Text.ANY);
        }
      }
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      // Back to the token's start, unless an earlier anchor pair of the same token stands there.
      int start = i - 1;
      while (start > lo && i - start <= MAX && Text.in(BASE64_ANY, Text.at(s, b, start - 1))) {
        if (start - 1 > lo && Text.isDigit(Text.at(s, b, start - 2))
            && Text.at(s, b, start - 1) >= 'A' && Text.at(s, b, start - 1) <= 'Z') {
          return Engine.NO_HIT;
        }
        start--;
      }
      if (i - start > MAX || start > lo && !endsToken(Text.at(s, b, start - 1))) {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, i, hi, BASE64_ANY, MAX + 1);
      int padded = end;
      while (padded < hi && padded - end < 2 && Text.at(s, b, padded) == '=') {
        padded++;
      }
      int length = end - start;
      if (length < MIN || length > MAX || padded < hi && !endsToken(Text.at(s, b, padded))
          || engine.endsMask(s, b, start, lo) || !looksGenerated(s, b, start, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, padded, rule);
    }

    /** What may stand around a token: not a token character, a dot (a class name) nor a %. */
    private static boolean endsToken(int c) {
      return !Text.in(BASE64_ANY, c) && c != '.' && c != '%' && c != '=' && c < 128
          || c == '=' || c == 0x22;
    }

    /**
     * Whether a run of token characters looks generated: upper, lower and digits, at least
     * 60 % distinct characters (of the first 64), and the class changing between at least 35 %
     * of neighbouring characters; no separator run of words.
     */
    static boolean looksGenerated(CharSequence s, byte[] b, int start, int end) {
      long seen0 = 0;
      long seen1 = 0;
      int upper = 0;
      int lower = 0;
      int digits = 0;
      int changes = 0;
      int previous = -1;
      int separators = 0;
      // Characters in word-like runs, [A-Z]?[a-z]{3,}: identifiers are mostly made of them.
      int inWords = 0;
      int lowerRun = 0;
      int capital = 0;
      for (int k = start; k <= end; k++) {
        int c = k < end ? Text.at(s, b, k) : ' ';
        if (c >= 'a' && c <= 'z') {
          lowerRun++;
        } else {
          inWords += lowerRun >= 3 ? lowerRun + capital : 0;
          capital = c >= 'A' && c <= 'Z' ? 1 : 0;
          lowerRun = 0;
        }
        if (k == end) {
          break;
        }
        int kind = c >= 'A' && c <= 'Z' ? 0 : c >= 'a' && c <= 'z' ? 1 : Text.isDigit(c) ? 2 : 3;
        upper += kind == 0 ? 1 : 0;
        lower += kind == 1 ? 1 : 0;
        digits += kind == 2 ? 1 : 0;
        separators += kind == 3 ? 1 : 0;
        changes += previous >= 0 && kind != previous ? 1 : 0;
        previous = kind;
        if (k - start < 64) {
          if (c < 64) {
            seen0 |= 1L << c;
          } else {
            seen1 |= 1L << c;
          }
        }
      }
      int length = end - start;
      int distinct = Long.bitCount(seen0) + Long.bitCount(seen1);
      return upper >= 2 && lower >= 2 && digits >= 2 && separators * 8 <= length
          && distinct * 10 >= Math.min(length, 64) * 6 && changes * 100 >= (length - 1) * 35
          && inWords * 2 < length;
    }
  }

  /**
   * A value encoded in base64 that starts the way credentials and the texts holding them start
   * ({@code aHR0cHM6} is {@code https:}, {@code amRiYzpt} {@code jdbc:m}, {@code c2tfbGl2} {@code sk_liv}),
   * as a Kubernetes Secret's {@code data} holds them: the run is decoded and scanned, and when a
   * rule finds a secret in it, the whole run is masked under that rule. A URL or a name without
   * a secret stays.
   */
  static final class Base64Text extends Detector {
    /** Starts of decoded texts; each is watched through the base64 of its first 3n bytes. */
    private static final String[] STARTS = {"https://", "http://", "jdbc:mysql", "jdbc:postgresql",
        "jdbc:sqlserver", "jdbc:oracle", "jdbc:mariadb", "mongodb://", "mongodb+srv://",
        "redis://", "rediss://", "amqp://", "amqps://", "smtp://", "smtps://", "postgres://",
        "postgresql://", "mysql://", "Server=", "DefaultEndpointsProtocol=", "Endpoint=sb://",
        "AccountEndpoint=", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "AKIA", "ghp_",
        "github_pat_", "glpat-", "xoxb-", "xoxp-", "org.apache.kafka", "{\"type\": \"service_account",
        "{\"type\":\"service_account", "cloudinary://", "AGE-SECRET-KEY-", "v1.0-", "sdk-",
        "aio_", "LTAI", "AAAA"};
    /** The most characters of a base64 run decoded. */
    private static final int MAX_RUN = 8192;

    private final String[] prefixes = new String[STARTS.length];
    /** The offset in each prefix of its anchor bigram. */
    private final int[] offsets = new int[STARTS.length];

    Base64Text(int rule) {
      super(rule);
      for (int k = 0; k < STARTS.length; k++) {
        byte[] start = STARTS[k].getBytes(StandardCharsets.US_ASCII);
        prefixes[k] = Base64.getEncoder().encodeToString(
            Arrays.copyOf(start, start.length / 3 * 3));
        offsets[k] = Engine.Anchors.rarestBigram(prefixes[k]);
      }
    }

    @Override
    void register(Engine.Anchors anchors) {
      for (int k = 0; k < prefixes.length; k++) {
        anchors.add(prefixes[k], offsets[k], false, this, Text.ANY, Text.ANY);
      }
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      for (int k = 0; k < prefixes.length; k++) {
        int p = i - offsets[k];
        if (Text.startsWith(s, b, p, lo, hi, prefixes[k], false)
            && Text.startsToken(s, b, p, lo, BASE64)) {
          return decoded(engine, s, b, p, hi);
        }
      }
      return Engine.NO_HIT;
    }

    private long decoded(Engine engine, CharSequence s, byte[] b, int p, int hi) {
      int end = Text.run(s, b, p, hi, BASE64, MAX_RUN);
      byte[] text = new byte[(end - p) * 3 / 4 + 3];
      int n = 0;
      int bits = 0;
      int count = 0;
      for (int k = p; k < end; k++) {
        int v = base64Value(Text.at(s, b, k));
        if (v < 0) {
          break; // padding
        }
        bits = bits << 6 | v;
        count += 6;
        if (count >= 8) {
          count -= 8;
          text[n++] = (byte) (bits >>> count);
        }
      }
      long hit = engine.firstIn(null, text, 0, 0, n);
      return hit == Engine.NO_HIT || engine.isUnscanned(hit) ? Engine.NO_HIT
          : Engine.hit(p, end, Engine.rule(hit));
    }
  }

  /**
   * URL-encoded text holding a URL ({@code payload=%7B%22dsn%22%3A%22https%3A%2F%2F...}, a
   * form field or a query parameter carrying a webhook, a connection string, a presigned URL):
   * the run of encoded text from the scheme before its {@code %3A%2F%2F} is decoded once and
   * scanned, and what every rule finds there is masked in the encoded text. The first span is
   * returned, the others kept for the text's hit list.
   */
  static final class EncodedText extends Detector {
    private static final String ENCODED_SCHEME_END = "%3A%2F%2F";
    /** The most characters of encoded text read after the anchor. */
    private static final int MAX_RUN = 4096;
    private static final int MAX_SCHEME = 32;
    private static final long[] SCHEME = Text.set("0-9A-Za-z+.\\-");

    EncodedText(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(ENCODED_SCHEME_END, 6, true, this, Text.ANY, Text.ANY); // F%, met nowhere else
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int anchor = i - 6;
      if (!Text.startsWith(s, b, anchor, lo, hi, ENCODED_SCHEME_END, true)) {
        return Engine.NO_HIT;
      }
      // From the scheme on: what stands before the URL is read by the scan itself.
      int start = anchor;
      while (start > lo && anchor - start < MAX_SCHEME && Text.in(SCHEME, Text.at(s, b, start - 1))) {
        start--;
      }
      if (start == anchor) {
        return Engine.NO_HIT;
      }
      int end = anchor;
      while (end < hi && end - anchor < MAX_RUN && isEncoded(Text.at(s, b, end))) {
        end++;
      }
      byte[] decoded = new byte[end - start];
      int[] at = new int[end - start + 1]; // where each decoded byte starts in the text
      int n = 0;
      for (int k = start; k < end; n++) {
        at[n] = k;
        int c = Text.at(s, b, k);
        int high = c == '%' && k + 2 < end ? Character.digit(Text.at(s, b, k + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(Text.at(s, b, k + 2), 16) : -1;
        if (low >= 0) {
          decoded[n] = (byte) (high << 4 | low);
          k += 3;
        } else {
          decoded[n] = (byte) (c == '+' ? ' ' : c);
          k++;
        }
      }
      at[n] = end;
      long returned = Engine.NO_HIT;
      for (int from = 0; from < n; ) {
        long hit = engine.firstIn(null, decoded, from, 0, n);
        if (hit == Engine.NO_HIT || engine.isUnscanned(hit)) {
          break;
        }
        int hitEnd = Math.min(Engine.end(hit), n);
        long mapped = Engine.hit(at[Engine.start(hit)], at[hitEnd], Engine.rule(hit));
        if (returned == Engine.NO_HIT) {
          // A span inside the scheme, which cannot end after the anchor, is masked to it.
          returned = at[hitEnd] > i ? mapped : Engine.hit(at[Engine.start(hit)], i + 1,
              Engine.rule(hit));
        } else {
          engine.defer(s, b, mapped);
        }
        from = Math.max(hitEnd, from + 1);
      }
      return returned;
    }

    /** What URL-encoded text holds: no blank, quote, bracket, {@code &} or {@code =}. */
    private static boolean isEncoded(int c) {
      return c > ' ' && c < 127 && c != '"' && c != '\'' && c != '&' && c != '=' && c != '<'
          && c != '>' && c != '\\' && c != '[' && c != ']' && c != '{' && c != '}';
    }
  }

  /**
   * A literal: a known secret value masked wherever it stands, or the keyword of a custom rule
   * whose pattern is then matched right after it.
   */
  static final class Literal extends Detector {
    private final String literal;
    private final int offset;
    private final boolean ignoreCase;
    private final LinearPattern pattern;

    Literal(int rule, String literal, boolean ignoreCase, LinearPattern pattern) {
      super(rule);
      this.literal = literal;
      this.offset = Engine.Anchors.rarestBigram(literal);
      this.ignoreCase = ignoreCase;
      this.pattern = pattern;
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(literal, offset, ignoreCase, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int p = i - offset;
      if (!Text.startsWith(s, b, p, lo, hi, literal, ignoreCase)) {
        return Engine.NO_HIT;
      }
      int after = p + literal.length();
      if (pattern == null) {
        return engine.accept(s, b, p, after, rule);
      }
      if (engine.isExhausted(rule)) {
        return Engine.NO_HIT;
      }
      long span = pattern.find(s, b, after, hi, literal);
      if (span < 0) {
        engine.markExhausted(rule); // no match after any later occurrence either
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, (int) (span >>> 32), (int) span, rule);
    }
  }
}
