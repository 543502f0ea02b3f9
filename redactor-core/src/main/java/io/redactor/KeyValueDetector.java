package io.redactor;

/**
 * Sensitive key/value pairs in every syntax a log line uses, found from their separator:
 * {@code k=v} (query strings, forms, properties, env), {@code k: v} (YAML, HTTP headers),
 * {@code "k":"v"} (JSON, also with escaped quotes inside a JSON string, {@code \u0022} or
 * {@code %22}), {@code {k=v}} ({@code Map.toString()}), {@code k -> v}, {@code k => v} and the
 * URL-encoded {@code k%3Dv}.
 *
 * <p>At a separator the detector reads the key backwards (at most {@value #MAX_KEY} characters),
 * lets {@link KeyNames} classify it, and only for a sensitive key reads the value forwards. The
 * value is masked, the key and quotes stay. Authorization headers keep their scheme.
 */
final class KeyValueDetector extends Detector {
  static final int MAX_KEY = 64;

  private static final String[] SCHEMES = {"basic", "bearer", "digest", "token", "negotiate",
      "ntlm", "bot", "apikey", "api-key", "key", "sso-key", "oauth", "dpop", "gnap", "splunk",
      "aws4-hmac-sha256", "hmac", "signature", "mac", "hoba", "mutual", "scram-sha-256"};

  /** Quotes written as more than one character. */
  private static final String[] LONG_QUOTES = {"%22", "\\u0022", "&quot;"};
  private static final String[] NOT_SECRETS = {"null", "true", "false", "none", "nil", "undefined"};

  /** Characters that end an unquoted value. */
  private static final long[] VALUE_END = Text.set(",;&\"'<>(){}[]|`");

  private final KeyNames names;
  private final int[] ruleByKind;

  /**
   * @param ruleByKind the rule index reported for each {@link KeyNames} kind, or -1 where the
   *     rule is off
   */
  KeyValueDetector(KeyNames names, int[] ruleByKind) {
    super(ruleByKind[KeyNames.PASSWORD]);
    this.names = names;
    this.ruleByKind = ruleByKind;
  }

  @Override
  void register(Engine.Anchors anchors) {
    // Only where a key can end in a term, a quote or a blank: so "12:30" and "port=22" never
    // stop, and the character before must be one that precedes that letter in some term.
    for (int c = 0; c < 128; c++) {
      long[] before = names.endsTerm(c) ? names.precedingInTerms(c)
          : c == '"' || c == '\'' || c == ' ' || c == '\t' ? Text.ANY : null;
      if (before != null) {
        anchors.add(c, '=', this, before, Text.ANY);
        anchors.add(c, ':', this, before, Text.ANY);
      }
    }
    anchors.add("\\u0", 2, false, this, Text.ANY, Text.set("0")); // a key's closing \u0022
    anchors.add('-', '>', this, Text.ANY, Text.ANY);
    anchors.add('=', '>', this, Text.ANY, Text.ANY);
    anchors.add('%', '3', this, Text.ANY, Text.set("AaDd"));
  }

  @Override
  long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
    int c = Text.at(s, b, i);
    int next = i + 1 < hi ? Text.at(s, b, i + 1) : -1;
    int separator = i;
    int valueStart = i + 1;
    if (c == '=') {
      if (next == '=') {
        return Engine.NO_HIT;
      }
      valueStart = next == '>' ? i + 2 : i + 1;
    } else if (c == ':') {
      if (next == ':' || next == '/') {
        return Engine.NO_HIT;
      }
      valueStart = next == '=' ? i + 2 : i + 1;
    } else if (c == '0') {
      // ...\u0022: after a key written with escaped quotes.
      if (!Text.startsWith(s, b, i - 2, lo, hi, "\\u0022:", true)) {
        return Engine.NO_HIT;
      }
      separator = i + 4;
      valueStart = i + 5;
    } else if (c == '>') {
      separator = i - 1;
    } else if (c == '3') {
      if (next != 'D' && next != 'd' && next != 'A' && next != 'a') {
        return Engine.NO_HIT;
      }
      separator = i - 1;
      valueStart = i + 2;
    }

    int keyEnd = separator;
    while (keyEnd > lo && separator - keyEnd < 8 && Text.isSpace(Text.at(s, b, keyEnd - 1))) {
      keyEnd--;
    }
    keyEnd -= quoteBefore(s, b, lo, keyEnd);
    if (!names.mayEndInTerm(s, b, lo, keyEnd)) {
      return Engine.NO_HIT;
    }
    int keyStart = keyStart(s, b, lo, keyEnd);
    if (keyStart == keyEnd) {
      return Engine.NO_HIT;
    }
    // A key right after a mask was glued to what the mask replaced: read it as a first pass did.
    int kind = names.classify(s, b, keyStart, keyEnd, engine.endsMask(s, b, keyStart, lo));
    if (kind == KeyNames.NONE && keyStart - 2 >= lo && Text.at(s, b, keyStart - 1) == ' '
        && Text.isLetter(Text.at(s, b, keyStart - 2))) {
      // Two-word keys: "API key: ...", "Client Secret = ...".
      keyStart = keyStart(s, b, lo, keyStart - 1);
      kind = names.classify(s, b, keyStart, keyEnd, engine.endsMask(s, b, keyStart, lo));
    }
    if (kind == KeyNames.NONE || ruleByKind[kind] < 0) {
      return Engine.NO_HIT;
    }
    // A "key: value" line (YAML, a header dump) holds one value, spaces and all.
    boolean wholeLine = c == ':' && atLineStart(s, b, lo, keyStart);
    // A query or form parameter's value is always meant as one, however plain it looks.
    boolean parameter = c == '=' && keyStart > lo
        && (Text.at(s, b, keyStart - 1) == '?' || Text.at(s, b, keyStart - 1) == '&');
    return value(engine, s, b, lo, hi, valueStart, kind, wholeLine, parameter);
  }

  private long value(Engine engine, CharSequence s, byte[] b, int lo, int hi, int from, int kind,
      boolean wholeLine, boolean parameter) {
    int v = from;
    while (v < hi && Text.isSpace(Text.at(s, b, v))) {
      v++;
    }
    if (v >= hi) {
      return Engine.NO_HIT;
    }
    int rule = ruleByKind[kind];
    int quote = quoteAfter(s, b, v, hi);
    // Placeholders are dropped before their end is looked for: a line of many "cookie: ${x}"
    // would otherwise be read to its end once per key.
    if (startsPlaceholder(s, b, v + quote, hi)) {
      return Engine.NO_HIT;
    }
    if (quote > 0) {
      int start = v + quote;
      int end = closingQuote(s, b, v, start, hi);
      if (kind == KeyNames.AUTHORIZATION) {
        return authorization(engine, s, b, start, end, true, 0, rule);
      }
      return plain(engine, s, b, start, end, hi, kind, true, rule);
    }
    int c = Text.at(s, b, v);
    if (c == '{') {
      return Engine.NO_HIT;
    }
    if (c == '[') {
      int inner = v + 1 < hi ? Text.at(s, b, v + 1) : -1;
      if (inner == '{' || inner == '[' || inner == '"' || inner == ']' || engine.isMasked(s, b, v, hi)
          || startsPlaceholder(s, b, v + 1, hi)) {
        return Engine.NO_HIT;
      }
      // Java's HttpHeaders and Map<String, List<String>> print values in brackets.
      return kind == KeyNames.AUTHORIZATION
          ? authorization(engine, s, b, v + 1, hi, true, ']', rule)
          : plain(engine, s, b, v + 1, valueEnd(s, b, v + 1, hi, ']'), hi, kind, true, rule);
    }
    if (kind == KeyNames.AUTHORIZATION) {
      return authorization(engine, s, b, v, hi, false, '\n', rule);
    }
    int end = kind == KeyNames.COOKIE ? cookieEnd(s, b, v, hi)
        : wholeLine ? trimmedLineEnd(s, b, v, hi) : unquotedEnd(s, b, v, hi);
    return plain(engine, s, b, v, end, hi, kind, parameter, rule);
  }

  private static long plain(Engine engine, CharSequence s, byte[] b, int start, int end, int hi,
      int kind, boolean quoted, int rule) {
    if (end <= start || isPlaceholder(s, b, start, end)) {
      return Engine.NO_HIT;
    }
    if (kind == KeyNames.TOKEN && !quoted && (!Shapes.looksRandom(s, b, start, end)
        || isCodeReference(s, b, start, end, hi))) {
      return Engine.NO_HIT;
    }
    // A mask in or right after the value means that a first pass kept the value: it masked a
    // span starting inside it, or read what is now under the mask (the "(" or "@1f2e" of a
    // toString()). Keep it again, so that redacting twice changes nothing more.
    if (engine.masksIn(s, b, start, end, hi)) {
      return Engine.NO_HIT;
    }
    return engine.accept(s, b, start, end, rule);
  }

  /**
   * Whether an unquoted value is a name in code rather than a credential: an object printed by
   * its {@code toString()} ({@code AppWindowToken{9f4ef63 ...}}, {@code BinderProxy@2bd79ce}) or
   * a qualified name ({@code com.apple.xpc.activity/4505}).
   */
  private static boolean isCodeReference(CharSequence s, byte[] b, int start, int end,
      int hi) {
    int next = end < hi ? Text.at(s, b, end) : -1;
    if (next == '{' || next == '(') {
      return true;
    }
    int k = start;
    while (k < end && Text.at(s, b, k) >= 'a' && Text.at(s, b, k) <= 'z') {
      k++;
    }
    if (k - start >= 2 && k + 1 < end && Text.at(s, b, k) == '.'
        && Text.isLetter(Text.at(s, b, k + 1))) {
      return true;
    }
    for (k = start; k < end; k++) {
      if (Text.at(s, b, k) == '@') {
        int hex = k + 1;
        while (hex < end && Text.in(HEX, Text.at(s, b, hex))) {
          hex++;
        }
        return hex == end && hex > k + 1;
      }
    }
    return false;
  }

  private static final long[] HEX = Text.set("0-9a-f");

  /**
   * An Authorization value: the scheme stays, the credentials go. Token-style credentials
   * ({@code Bearer abc}) end where the token ends; parameter lists ({@code Digest ...},
   * {@code AWS4-HMAC-SHA256 Credential=...}) are masked to the end of the value.
   *
   * <p>A value that runs to the end of its line ({@code closer} {@code '\n'}) or to a {@code ]}
   * ({@code closer} {@code ']'}) is given the end of the text as {@code end}; where it really ends
   * is looked for only when a parameter list is masked, so that a line of many
   * {@code Authorization: x} is still read once, not once per header name. With {@code closer} 0
   * the value ends at {@code end}.
   */
  private static long authorization(Engine engine, CharSequence s, byte[] b, int start, int end,
      boolean quoted, int closer, int rule) {
    long hit = credentials(engine, s, b, start, end, quoted, closer, rule);
    // As for plain values: a mask inside what would be masked shows that a first pass kept it.
    return hit == Engine.NO_HIT || !engine.masksIn(s, b, Engine.start(hit), Engine.end(hit), end)
        ? hit : Engine.NO_HIT;
  }

  private static long credentials(Engine engine, CharSequence s, byte[] b, int start, int end,
      boolean quoted, int closer, int rule) {
    int schemeEnd = start;
    while (schemeEnd < end && (Text.in(Text.ALNUM, Text.at(s, b, schemeEnd))
        || Text.at(s, b, schemeEnd) == '-')) {
      schemeEnd++;
    }
    int credentials = schemeEnd;
    while (credentials < end && Text.isSpace(Text.at(s, b, credentials))) {
      credentials++;
    }
    if (credentials == schemeEnd || endsValue(s, b, credentials, end, closer)) {
      // No scheme: the whole value is the credential.
      int tokenEnd = Text.run(s, b, start, end, Shapes.TOKEN68, end);
      if (tokenEnd - start < 4 || (!quoted && !Shapes.looksRandom(s, b, start, tokenEnd))) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, tokenEnd, rule);
    }
    int tokenEnd = Text.run(s, b, credentials, end, Shapes.TOKEN68, end);
    // A token where the scheme should be (Authorization: xoxb-... abc) is masked with what
    // follows: the scan goes on after the credentials and would not come back to it.
    long inScheme = engine.firstIn(s, b, start, start, schemeEnd);
    if (inScheme != Engine.NO_HIT) {
      return engine.accept(s, b, Engine.start(inScheme), Math.max(tokenEnd, Engine.end(inScheme)),
          rule);
    }
    // username="bob", ... or Credential=...: a parameter list, masked to the end of the value.
    boolean parameters = !endsValue(s, b, tokenEnd, end, closer)
        && (hasInnerEquals(s, b, credentials, tokenEnd)
        || (Text.at(s, b, tokenEnd - 1) == '=' && (Text.at(s, b, tokenEnd) == '"'
            || Text.at(s, b, tokenEnd) == '\\')));
    if (parameters) {
      return engine.accept(s, b, credentials, trimEnd(s, b, credentials,
          parametersEnd(s, b, tokenEnd, valueEnd(s, b, tokenEnd, end, closer))), rule);
    }
    if (tokenEnd == credentials
        || (!isKnownScheme(s, b, start, schemeEnd) && !Shapes.looksRandom(s, b, credentials, tokenEnd))) {
      return Engine.NO_HIT;
    }
    return engine.accept(s, b, credentials, tokenEnd, rule);
  }

  /** Whether a value closed by {@code closer} (see {@link #authorization}) ends at {@code k}. */
  private static boolean endsValue(CharSequence s, byte[] b, int k, int end, int closer) {
    if (k >= end) {
      return true;
    }
    int c = Text.at(s, b, k);
    if (closer == ']') {
      return c == ']' || Text.isLineEnd(c);
    }
    return closer == '\n' && (Text.isLineEnd(c) || Text.startsWith(s, b, k, k, end, "[\\r]", false)
        || Text.startsWith(s, b, k, k, end, "[\\n]", false));
  }

  /** Where a value closed by {@code closer} ends, at or after {@code from}. */
  private static int valueEnd(CharSequence s, byte[] b, int from, int end, int closer) {
    int k = from;
    while (closer != 0 && !endsValue(s, b, k, end, closer)) {
      k++;
    }
    return closer == 0 ? end : k;
  }

  private static boolean startsPlaceholder(CharSequence s, byte[] b, int pos, int hi) {
    return pos + 1 < hi && Text.at(s, b, pos) == '$' && Text.at(s, b, pos + 1) == '{';
  }

  /**
   * Where a parameter list ends when it stands unquoted inside a bigger text: at the end of the
   * line, or where a JSON string closes around it ({@code ","}, {@code "}}, {@code "]}).
   */
  private static int parametersEnd(CharSequence s, byte[] b, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (Text.at(s, b, k) == '"') {
        int next = Text.at(s, b, k + 1);
        if (next == '}' || next == ']' || (next == ',' && k + 2 < end && Text.at(s, b, k + 2) == '"')) {
          return k;
        }
      }
    }
    return end;
  }

  private static boolean hasInnerEquals(CharSequence s, byte[] b, int start, int end) {
    for (int k = start; k < end - 1; k++) {
      if (Text.at(s, b, k) == '=' && Text.at(s, b, k + 1) != '=') {
        return true;
      }
    }
    return false;
  }

  private static boolean isKnownScheme(CharSequence s, byte[] b, int start, int end) {
    for (String scheme : SCHEMES) {
      if (scheme.length() == end - start && Text.startsWith(s, b, start, start, end, scheme, true)) {
        return true;
      }
    }
    return false;
  }

  /** Values that are not secrets: {@code null}, booleans, {@code ${VAR}} placeholders, stars. */
  private static boolean isPlaceholder(CharSequence s, byte[] b, int start, int end) {
    int length = end - start;
    if (Text.at(s, b, start) == '$' && length > 1 && Text.at(s, b, start + 1) == '{') {
      return true;
    }
    if (length <= 9) {
      for (String word : NOT_SECRETS) {
        if (word.length() == length && Text.startsWith(s, b, start, start, end, word, true)) {
          return true;
        }
      }
    }
    for (int k = start; k < end; k++) {
      if (Text.at(s, b, k) != '*') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Keys.

  private static int keyStart(CharSequence s, byte[] b, int lo, int keyEnd) {
    int k = keyEnd;
    while (k > lo && keyEnd - k < MAX_KEY && Text.in(Text.KEY, Text.at(s, b, k - 1))) {
      k--;
    }
    return k;
  }

  /** Whether only blanks stand between the start of the line and {@code pos}. */
  private static boolean atLineStart(CharSequence s, byte[] b, int lo, int pos) {
    int k = pos;
    while (k > lo && pos - k < 16 && Text.isSpace(Text.at(s, b, k - 1))) {
      k--;
    }
    return k == lo || Text.isLineEnd(Text.at(s, b, k - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Quotes: ", ', \" (up to MAX_ESCAPES backslashes), \u0022, %22, &quot;

  /**
   * The most backslashes told apart in an escaped quote: JSON nested four deep. Each kind of
   * escaped quote is looked for to the end of the line at most once per line where none closes
   * it, so that unbounded kinds would let a line of ever longer escapes cost more than linear
   * time. A quote with more backslashes is closed by the next quote with at least as many.
   */
  private static final int MAX_ESCAPES = 15;

  /** Length of the quote that ends at {@code end}, or 0. */
  private static int quoteBefore(CharSequence s, byte[] b, int lo, int end) {
    if (end <= lo) {
      return 0;
    }
    int c = Text.at(s, b, end - 1);
    if (c == '"') {
      int k = end - 1;
      while (k > lo && Text.at(s, b, k - 1) == '\\') {
        k--;
      }
      return end - k;
    }
    if (c == '\'') {
      return 1;
    }
    for (String quote : LONG_QUOTES) {
      if (Text.startsWith(s, b, end - quote.length(), lo, end, quote, true)) {
        return quote.length();
      }
    }
    return 0;
  }

  /** Length of the quote that starts at {@code pos}, or 0. */
  private static int quoteAfter(CharSequence s, byte[] b, int pos, int hi) {
    int c = Text.at(s, b, pos);
    if (c == '"' || c == '\'') {
      return 1;
    }
    if (c == '\\') {
      int k = pos;
      while (k < hi && Text.at(s, b, k) == '\\') {
        k++;
      }
      if (k < hi && Text.at(s, b, k) == '"') {
        return k + 1 - pos;
      }
    }
    for (String quote : LONG_QUOTES) {
      if (Text.startsWith(s, b, pos, pos, hi, quote, true)) {
        return quote.length();
      }
    }
    return 0;
  }

  /**
   * Where the value opened by the quote at {@code open} ends: before the same quote, or at the end
   * of the line when it is not closed. A plain {@code "} closes when an even number of
   * backslashes precedes it (JSON); an escaped one when exactly as many do as opened it.
   */
  private static int closingQuote(CharSequence s, byte[] b, int open, int start, int hi) {
    int quote = Text.at(s, b, open);
    int escapes = 0;
    while (Text.at(s, b, open + escapes) == '\\') {
      escapes++;
    }
    boolean simple = quote == '"' || quote == '\''
        || (quote == '\\' && Text.at(s, b, open + escapes) == '"');
    String literal = simple ? null : Text.at(s, b, open) == '%' ? "%22"
        : Text.at(s, b, open) == '&' ? "&quot;" : "\\u0022";
    for (int k = start; k < hi; k++) {
      int c = Text.at(s, b, k);
      if (Text.isLineEnd(c)) {
        return k;
      }
      if (!simple) {
        if (Text.startsWith(s, b, k, start, hi, literal, true)) {
          return k;
        }
        continue;
      }
      int wanted = quote == '\'' ? '\'' : '"';
      if (c != wanted) {
        continue;
      }
      // A plain quote needs the parity of the whole run; an escaped one only whether the run is
      // as long as its own, so that a run of any length costs no more than that to look at.
      int countUpTo = escapes == 0 ? Integer.MAX_VALUE : Math.min(escapes, MAX_ESCAPES) + 1;
      int backslashes = 0;
      while (k - backslashes - 1 >= start && Text.at(s, b, k - backslashes - 1) == '\\'
          && backslashes < countUpTo) {
        backslashes++;
      }
      boolean closes = escapes == 0 ? backslashes % 2 == 0
          : escapes > MAX_ESCAPES ? backslashes > MAX_ESCAPES : backslashes == escapes;
      if (closes) {
        int run = backslashes;
        while (escapes > MAX_ESCAPES && k - run - 1 >= start
            && Text.at(s, b, k - run - 1) == '\\') {
          run++;
        }
        return k - run;
      }
    }
    return hi;
  }

  // ---------------------------------------------------------------------------------------------
  // Unquoted value ends.

  private static int unquotedEnd(CharSequence s, byte[] b, int v, int hi) {
    int k = v;
    while (k < hi) {
      int c = Text.at(s, b, k);
      if (c <= ' ' || Text.in(VALUE_END, c) || (c == '\\' && isEscape(s, b, k + 1, hi))
          || Text.startsWith(s, b, k, k, hi, "%26", true)) {
        break;
      }
      k++;
    }
    return k;
  }

  private static boolean isEscape(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi) {
      return true;
    }
    int c = Text.at(s, b, k);
    return c == '"' || c == 'n' || c == 'r' || c == 't' || c == 'u' || c == '\\';
  }

  private static int lineEnd(CharSequence s, byte[] b, int v, int hi) {
    int k = v;
    while (k < hi && !Text.isLineEnd(Text.at(s, b, k))
        && !Text.startsWith(s, b, k, k, hi, "[\\r]", false)
        && !Text.startsWith(s, b, k, k, hi, "[\\n]", false)) {
      k++;
    }
    return k;
  }

  private static int trimmedLineEnd(CharSequence s, byte[] b, int v, int hi) {
    return trimEnd(s, b, v, lineEnd(s, b, v, hi));
  }

  private static int trimEnd(CharSequence s, byte[] b, int start, int end) {
    int k = end;
    while (k > start && Text.at(s, b, k - 1) <= ' ') {
      k--;
    }
    return k;
  }

  /** A cookie header runs to the end of the line (its pairs are separated by "; "). */
  private static int cookieEnd(CharSequence s, byte[] b, int v, int hi) {
    int end = lineEnd(s, b, v, hi);
    for (int k = v; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c == '"' || c == '\'' || c == '}' || c == ']'
          || (c == ',' && k + 1 < end && Text.at(s, b, k + 1) == ' ')) {
        return k;
      }
    }
    return trimEnd(s, b, v, end);
  }
}
