package io.redactor;

/**
 * Where a value ends, in the syntaxes a log line writes values in: quoted (also with escaped
 * quotes, {@code \u0022}, {@code %22}, {@code &quot;}), unquoted in a structure ({@code k=v}
 * pairs, {@code Map.toString()}, query strings), to the end of a line; and which values are not
 * secrets at all (placeholders, values masked already). Shared by the detectors that read a
 * value after a key.
 *
 * <p>An unquoted value ends where its syntax ends: at a blank, a quote, the separator of the
 * enclosing structure ({@code ", "} or {@code ",key="}, {@code ;}, {@code &key=} ...), or a bracket
 * closing a structure opened before the value. Other punctuation is part of it, since generated
 * passwords and framework keys hold {@code ( ) ! $ & = # % ^ * @ ~}: when in doubt the mask runs
 * further, never leaving a tail of the secret in clear.
 */
final class Values {
  /**
   * The most characters of an unquoted value: a longer run is masked up to here. It bounds the
   * work of a value that some check then turns down, so a line of many such keys stays linear.
   */
  static final int MAX_UNQUOTED = 1024;

  /** How far back a bracket closing a value is looked for, so that reading stays linear. */
  private static final int MAX_OPENER_DISTANCE = 512;

  /** The most characters read for an element's CDATA section. */
  static final int MAX_CDATA = 1024;

  /** Quotes written as more than one character. */
  private static final String[] LONG_QUOTES = {"%22", "\\u0022", "&quot;"};

  private static final String[] NOT_SECRETS = {"null", "true", "false", "none", "nil",
      "undefined", "n/a", "empty", "unset", "%s", "{}", "{0}", "?", "yes", "no",
      "file", "env", // keytool -storepass:file pass.txt
      "~", // YAML's null
      "og==", // Basic og==: the name and password both empty
      "no-check", // X-Atlassian-Token: no-check
      "todo", "tbd", "fixme", "await", "new", // signingKey: await getSecret(...), token = new ...
      "container", // Tomcat's <Resource auth="Container" ...>
      "enabled", "disabled", "on", "off", "required", "optional"}; // usePassword=enabled

  /**
   * Words that stand for a value held back or masked already: {@code password=FILTERED},
   * {@code "secret":"<hidden>"}.
   */
  private static final String[] MASK_WORDS = {"hidden", "filtered", "redacted", "masked",
      "removed", "omitted", "elided", "censored", "scrubbed", "obfuscated", "suppressed",
      "withheld", "concealed", "sanitized", "sanitised", "protected"};

  /**
   * The most backslashes told apart in an escaped quote: JSON nested four deep. Each kind of
   * escaped quote is looked for to the end of the line at most once per line where none closes
   * it, so that unbounded kinds would let a line of ever longer escapes cost more than linear
   * time. A quote with more backslashes is closed by the next quote with at least as many.
   */
  private static final int MAX_ESCAPES = 15;

  private Values() {
  }

  // ---------------------------------------------------------------------------------------------
  // Quotes: ", ', \" (up to MAX_ESCAPES backslashes), \u0022, %22, &quot;

  /** Length of the quote that ends at {@code end}, or 0. */
  static int quoteBefore(CharSequence s, byte[] b, int lo, int end) {
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
    if (c != '2' && c != ';') {
      return 0; // every long quote ends in one of them
    }
    for (String quote : LONG_QUOTES) {
      if (Text.startsWith(s, b, end - quote.length(), lo, end, quote, true)) {
        return quote.length();
      }
    }
    return 0;
  }

  /** Length of the quote that starts at {@code pos}, or 0. */
  static int quoteAfter(CharSequence s, byte[] b, int pos, int hi) {
    int c = Text.at(s, b, pos);
    if (c == '"' || c == '\'' || c == '`') {
      return 1;
    }
    if (c == '@' && pos + 1 < hi && Text.at(s, b, pos + 1) == '"') {
      return 2; // Objective-C: @"..."
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
  static int closingQuote(CharSequence s, byte[] b, int open, int start, int hi) {
    int quote = Text.at(s, b, open);
    int escapes = 0;
    while (Text.at(s, b, open + escapes) == '\\') {
      escapes++;
    }
    if (quote == '@') {
      quote = '"';
    }
    boolean simple = quote == '"' || quote == '\'' || quote == '`'
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
      int wanted = quote == '\'' || quote == '`' ? quote : '"';
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

  /** How far past a first closing quote a value's real one is looked for. */
  private static final int MAX_INNER_QUOTES = 256;

  /**
   * Where a quoted value after a key ends: at its closing quote ({@link #closingQuote}), unless
   * a letter, digit or symbol follows that quote and a later quote on the line is followed by
   * the structure (a blank, {@code , ; : ) ] } >}, a line end, an escape): then at that one, as
   * a generated password holds a quote ({@code Value: "94,W0"3!gzTV"}). Within
   * {@link #MAX_INNER_QUOTES} units of the first.
   */
  static int valueQuoteEnd(CharSequence s, byte[] b, int open, int start, int hi) {
    int end = closingQuote(s, b, open, start, hi);
    // The closing quote's length: that of the opening one, but " for Objective-C's @".
    int length = quoteAfter(s, b, open, hi) - (Text.at(s, b, open) == '@' ? 1 : 0);
    // Not after a key's own closing quote, read as a value's opening one: ":" then the value.
    if (end >= hi || Text.isLineEnd(Text.at(s, b, end)) || endsQuoted(s, b, end + length, hi)
        || Text.advance(s, b, start, end, 2) >= end || Text.at(s, b, start) == ':'
        || Text.at(s, b, start) == '=' || Text.startsWith(s, b, start, start, end, "%3", false)
        || Text.startsWith(s, b, start, start, end, "\\u003", true)) {
      return end;
    }
    int limit = Text.advance(s, b, end, hi, MAX_INNER_QUOTES);
    for (int next = end; next < limit; ) {
      next = closingQuote(s, b, open, next + length, limit);
      if (next >= limit || Text.isLineEnd(Text.at(s, b, next))) {
        return end;
      }
      if (endsQuoted(s, b, next + length, hi)) {
        return next;
      }
    }
    return end;
  }

  /** After a closing quote at {@code k}: whether the structure around the value goes on. */
  private static boolean endsQuoted(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi) {
      return true;
    }
    int c = Text.at(s, b, k);
    return c <= ' ' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}'
        || c == '>' || c == '\\' || c == '"' || c == '\'' || c == '&' || c == '|' || c == '.'
        || c == '/' || c == '<' || c == '+' || c == '%' || c >= 128;
  }

  // ---------------------------------------------------------------------------------------------
  // Unquoted values.

  /**
   * Where an unquoted value starting at {@code v} ends (see the class comment). In a query or
   * form parameter ({@code parameter}) every {@code &} ends it; elsewhere only one that starts
   * another parameter does.
   */
  static int unquotedEnd(CharSequence s, byte[] b, int lo, int v, int hi, boolean parameter) {
    int depth = 0;
    int unopened = 0; // the closers, by c % 5, that no bracket before the value opened
    // Characters counted as Text.advance counts them, without reading ahead.
    int units = 0;
    int previous = 0;
    for (int k = v; k < hi; k++) {
      int c = Text.at(s, b, k);
      units += c < 128 || previous < 128 ? 1 : 0;
      previous = c;
      if (units > MAX_UNQUOTED) {
        return k;
      }
      if (c <= ' ' || c == '|' && endsAtBar(s, b, k + 1, hi)) {
        return k;
      }
      switch (c) {
        case '"':
        case '\'':
        case '`':
          if (closesQuoted(s, b, k, hi)) {
            return k;
          }
          break;
        case ';':
          if (closesStructure(s, b, k + 1, hi) || startsPair(s, b, k + 1, hi, false)) {
            return k;
          }
          break;
        case '\\':
          if (isEscape(s, b, k + 1, hi)) {
            return k;
          }
          break;
        case '[':
          if (Text.startsWith(s, b, k, k, hi, "[\\r]", false)
              || Text.startsWith(s, b, k, k, hi, "[\\n]", false)) {
            return k; // HttpClient's wire log writes a line break so
          }
          depth++;
          break;
        case '(':
        case '{':
          depth++;
          break;
        case ')':
        case ']':
        case '}':
          if (depth > 0) {
            depth--;
          } else if (closesStructure(s, b, k + 1, hi) && (unopened & 1 << c % 5) == 0) {
            // The look back is the same for every closer of the value: done once per kind.
            if (opensBefore(s, b, lo, v, c)) {
              return k;
            }
            unopened |= 1 << c % 5;
          }
          break;
        case ',':
          if (startsItem(s, b, k + 1, hi)) {
            return k;
          }
          break;
        case '&':
          if (parameter || Text.startsWith(s, b, k + 1, k, hi, "amp;", false)
              || (startsPair(s, b, k + 1, hi, false) && endsFormValue(s, b, v, k, hi))) {
            return k;
          }
          break;
        case '<':
          if (k + 1 >= hi || Text.at(s, b, k + 1) == '/' || Text.at(s, b, k + 1) == '!'
              || Text.isLetter(Text.at(s, b, k + 1))) {
            return k;
          }
          break;
        case '%':
          // A parameter written with a plain = holds its escapes: %26 is an & of the value.
          if (!parameter && endsEncoded(s, b, k, hi)) {
            return k;
          }
          break;
        default:
          break;
      }
    }
    return hi;
  }

  /**
   * Whether a bracket that {@code closer} closes is open before the value at {@code v}, within
   * {@link #MAX_OPENER_DISTANCE} characters and after the last quote: a closer that nothing
   * opened is part of the value.
   */
  private static boolean opensBefore(CharSequence s, byte[] b, int lo, int v, int closer) {
    int opener = closer == ')' ? '(' : closer == ']' ? '[' : '{';
    int depth = 0;
    for (int k = v - 1; k >= Math.max(lo, v - MAX_OPENER_DISTANCE); k--) {
      int c = Text.at(s, b, k);
      if (isQuote(c)) {
        // Not past a quote: what is before it may be a value this pass masks, whose brackets
        // the next pass would not see ("secret": "[x", "secret": y]).
        return false;
      }
      if (c == closer) {
        depth++;
      } else if (c == opener && depth-- == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quote at {@code k}, inside an unquoted value, closes a string around the pair:
   * when the structure goes on after it (or after a run of quotes), not when the value does, as
   * in a generated password ({@code k7J5%L^7"z#UX}).
   */
  private static boolean closesQuoted(CharSequence s, byte[] b, int k, int hi) {
    int j = k + 1;
    while (j < hi && isQuote(Text.at(s, b, j))) {
      j++;
    }
    return j >= hi || closesStructure(s, b, j, hi) || Text.at(s, b, j) == '>'
        || Text.at(s, b, j) == ':' || Text.at(s, b, j) == '+' || Text.at(s, b, j) == '.';
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'' || c == '`';
  }

  /** Whether a percent-escape at {@code k} ends a URL-encoded value: {@code & " ' space , ;}. */
  private static boolean endsEncoded(CharSequence s, byte[] b, int k, int hi) {
    if (k + 2 >= hi || Text.at(s, b, k + 1) < '2' || Text.at(s, b, k + 1) > '7') {
      return false;
    }
    int high = Text.at(s, b, k + 1);
    int low = Text.lower(Text.at(s, b, k + 2));
    return high == '2' && (low == '6' || low == '2' || low == '7' || low == '0' || low == 'c')
        || high == '3' && low == 'b';
  }

  /**
   * After a {@code |}: whether it separates fields ({@code password=x|user=bob}, a table's
   * {@code | x |}) rather than stands in a generated password ({@code 4R|35Nu{w.7B}).
   */
  private static boolean endsAtBar(CharSequence s, byte[] b, int k, int hi) {
    return k >= hi || Text.at(s, b, k) <= ' ' || Text.at(s, b, k) == '|'
        || startsPair(s, b, k, hi, true);
  }

  /** After a closing bracket at depth 0: whether it closes the structure around the value. */
  private static boolean closesStructure(CharSequence s, byte[] b, int k, int hi) {
    // After a run of closers, what follows decides: in {db.password=1a})i'vJ@)S$} the })
    // stands inside the password.
    int limit = Text.advance(s, b, k, hi, 8);
    int from = k;
    while (k < limit && isCloser(Text.at(s, b, k))) {
      k++;
    }
    if (k >= hi || k > from && Text.at(s, b, k) == '>') {
      return true; // ]]> ends a CDATA section
    }
    int c = Text.at(s, b, k);
    return c <= ' ' || c == ',' || c == ';' || c == ')' || c == ']' || c == '}' || c == '"'
        || c == '\'' || c == '&' || c == '|' || c == '<' || c == '\\'
        || (c == '.' && (k + 1 >= hi || Text.at(s, b, k + 1) <= ' '));
  }

  /** After a comma: whether another item of a list or map starts there, so the value ends. */
  private static boolean startsItem(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi) {
      return true;
    }
    int c = Text.at(s, b, k);
    // A gRPC pseudo-header starts with a colon: Metadata(x-api-key=...,:authority=host)
    return c <= ' ' || c == '"' || c == '\'' || c == '{' || c == '[' || c == '\\'
        || startsPair(s, b, c == ':' ? k + 1 : k, hi, true);
  }

  /** Whether a key and {@code =} (or {@code :} when {@code colon}) start at {@code k}. */
  private static boolean startsPair(CharSequence s, byte[] b, int k, int hi, boolean colon) {
    int end = Text.run(s, b, k, hi, Text.KEY, KeyValueDetector.MAX_KEY + 1);
    // A key starts with a letter: in bbDwW#(eI,8=J#o the ",8=" is the password's.
    if (end == k || end >= hi || end - k > KeyValueDetector.MAX_KEY
        || !Text.isLetter(Text.at(s, b, k)) && Text.at(s, b, k) != '_') {
      return false;
    }
    int c = Text.at(s, b, end);
    return c == '=' || (colon && c == ':');
  }

  /**
   * Whether the {@code &} at {@code k}, before a pair, ends a value at {@code v} that no {@code ?}
   * or {@code &} opened, as the first field of a form body: when the pair's key is a field's
   * name, or when neither the value before it nor the pair's own value holds what a form does
   * not carry unescaped, as a generated Django key does ({@code x2(k!&gy4=id=a$v}).
   */
  private static boolean endsFormValue(CharSequence s, byte[] b, int v, int k, int hi) {
    int equals = Text.run(s, b, k + 1, hi, Text.KEY, KeyValueDetector.MAX_KEY + 1);
    int limit = Text.advance(s, b, equals + 1, hi, MAX_UNQUOTED);
    int end = equals + 1;
    while (end < limit) {
      int c = Text.at(s, b, end);
      if (c <= ' ' || c == '&' || c == ',' || c == ';') {
        break;
      }
      end++;
    }
    return namesField(s, b, k + 1, equals)
        || formLike(s, b, v, k) && formLike(s, b, equals + 1, end);
  }

  /**
   * Whether {@code [start, end)} is a field's name rather than a run of a random key: four or
   * more letters, with {@code _ . -} between words and no digit ({@code password_confirmation}).
   */
  private static boolean namesField(CharSequence s, byte[] b, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Text.at(s, b, k) >= '0' && Text.at(s, b, k) <= '9') {
        return false;
      }
    }
    return end - start >= 4;
  }

  /**
   * Whether {@code [start, end)} could be a form value: none of {@code ^ ( ) ! # $}, no
   * {@code %} but before two hex digits, no {@code =} but in the padding at its end.
   */
  private static boolean formLike(CharSequence s, byte[] b, int start, int end) {
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      boolean padding = c == '=' && (k + 1 == end || Text.at(s, b, k + 1) == '=');
      if (c == '^' || c == '(' || c == ')' || c == '!' || c == '#' || c == '$'
          || (c == '=' && !padding)
          || (c == '%' && !(k + 2 < end && Text.isHexDigit(Text.at(s, b, k + 1))
              && Text.isHexDigit(Text.at(s, b, k + 2))))) {
        return false;
      }
    }
    return true;
  }

  static boolean isEscape(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi) {
      return true;
    }
    int c = Text.at(s, b, k);
    return c == '"' || c == 'n' || c == 'r' || c == 't' || c == 'u' || c == '\\';
  }

  static int lineEnd(CharSequence s, byte[] b, int v, int hi) {
    int k = v;
    while (k < hi && !Text.isLineEnd(Text.at(s, b, k))
        && !Text.startsWith(s, b, k, k, hi, "[\\r]", false)
        && !Text.startsWith(s, b, k, k, hi, "[\\n]", false)) {
      k++;
    }
    return k;
  }

  static int trimmedLineEnd(CharSequence s, byte[] b, int v, int hi) {
    return trimEnd(s, b, v, lineEnd(s, b, v, hi));
  }

  static int trimEnd(CharSequence s, byte[] b, int start, int end) {
    int k = end;
    while (k > start && Text.at(s, b, k - 1) <= ' ') {
      k--;
    }
    return k;
  }

  /** A cookie header runs to the end of the line (its pairs are separated by "; "). */
  static int cookieEnd(CharSequence s, byte[] b, int v, int hi) {
    int end = lineEnd(s, b, v, hi);
    // A cookie value holds no quote, comma or blank (RFC 6265); a bracket closes the structure
    // the list stands in unless the list opened it ({{secret}}, ${VAR}, [hidden]).
    int depth = 0;
    for (int k = v; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if (c == '}' || c == ']' || c == ')') {
        if (depth == 0) {
          return k;
        }
        depth--;
      } else if (c == '"' || c == '\'' || c == ',') {
        return k;
      }
    }
    return trimEnd(s, b, v, end);
  }

  /**
   * Whether no value of the cookie list {@code [start, end)} ({@code a=1; b=2}) is a credential:
   * each is a placeholder or a mask, or a plain value ({@code lang=en-US}, {@code Max-Age=0},
   * {@code _ga=GA1.2.3274.1707}) under a name that is not a session's. Attributes without a value
   * ({@code HttpOnly}) say nothing.
   */
  static boolean cookiesHeldBack(CharSequence s, byte[] b, int start, int end) {
    int k = start;
    while (k < end) {
      int eq = k;
      while (eq < end && Text.at(s, b, eq) != '=' && Text.at(s, b, eq) != ';') {
        eq++;
      }
      int valueEnd = eq;
      if (eq < end && Text.at(s, b, eq) == '=') {
        valueEnd = eq + 1;
        while (valueEnd < end && Text.at(s, b, valueEnd) != ';') {
          valueEnd++;
        }
        boolean held = isPlaceholder(s, b, eq + 1, valueEnd)
            || startsPlaceholder(s, b, eq + 1, valueEnd)
            || !Shapes.looksMachineMade(s, b, eq + 1, valueEnd) && !namesSession(s, b, k, eq);
        if (!held) {
          return false;
        }
      }
      k = valueEnd + 1;
      while (k < end && Text.at(s, b, k) == ' ') {
        k++;
      }
    }
    return true;
  }

  /** Parts of cookie names that hold a session or a login. */
  private static final String[] SESSION_COOKIES = {"sess", "sid", "auth", "token", "remember",
      "login", "jwt", "identity", "csrf", "xsrf", "secret", "key"};

  private static boolean namesSession(CharSequence s, byte[] b, int start, int end) {
    if (end - start == 2 && Text.startsWith(s, b, start, start, end, "id", true)) {
      return true; // Set-Cookie: id=a3fWa
    }
    for (int k = start; k < end; k++) {
      for (String part : SESSION_COOKIES) {
        if (Text.startsWith(s, b, k, start, end, part, true)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Values that are not secrets.

  /**
   * Whether a placeholder starts at {@code pos}: {@code ${...}}, {@code {{...}}}, {@code #{...}},
   * {@code $(...)}, {@code %(...)s}. Looked at before a value's end is looked for, so that a line
   * of many {@code cookie: ${x}} is read once.
   */
  static boolean startsPlaceholder(CharSequence s, byte[] b, int pos, int hi) {
    if (pos + 1 >= hi) {
      return false;
    }
    int c = Text.at(s, b, pos);
    int next = Text.at(s, b, pos + 1);
    if (c == '$' && next == '{' && pos + 2 < hi && Text.at(s, b, pos + 2) == '{') {
      return closesTemplate(s, b, pos + 3, hi, "}}"); // ${{ secrets.NPM_TOKEN }}
    }
    if (c == '$' && next == '(') {
      int word = Text.run(s, b, pos + 2, hi, LOWER, 16);
      if (word > pos + 2 && word < hi && Text.at(s, b, word) == ' ') {
        return true; // $(kubectl get secret ...): a command's output, however long
      }
    }
    if ((c == '$' || c == '#') && (next == '{' || next == '(') || c == '%' && next == '(') {
      return closesTemplate(s, b, pos + 2, hi, next == '(' ? ")" : "}");
    }
    if (c == '(' && (Text.startsWith(s, b, pos, pos, hi, "(sensitive value)", false)
        || Text.startsWith(s, b, pos, pos, hi, "(sensitive)", false))) {
      return true; // Terraform's plan
    }
    if (c == '{' && next == '{') {
      return closesTemplate(s, b, pos + 2, hi, "}}");
    }
    if (c == '%' && next == '{') {
      return closesTemplate(s, b, pos + 2, hi, "}"); // %{password}: a template's field
    }
    return c == '%' && (Text.startsWith(s, b, pos, pos, hi, "%env(", false)
        || Text.startsWith(s, b, pos, pos, hi, "%24%7B", true)
        || Text.startsWith(s, b, pos, pos, hi, "%23%7B", true)
        || Text.startsWith(s, b, pos, pos, hi, "%24%28", true)
        || Text.startsWith(s, b, pos, pos, hi, "%7B%7B", true));
  }

  private static final long[] LOWER = Text.set("a-z");

  /** Whether a placeholder's opener stands at {@code pos}: {@code ${}, {@code #{} or {@code {{}. */
  static boolean opensPlaceholder(CharSequence s, byte[] b, int pos, int hi) {
    return pos + 1 < hi && (Text.at(s, b, pos) == '$' || Text.at(s, b, pos) == '#'
        || Text.at(s, b, pos) == '{') && Text.at(s, b, pos + 1) == '{';
  }

  /**
   * Where the run of characters a placeholder's body may hold ends, from {@code from} (after a
   * further {@code {} of {@code ${{}).
   */
  static int templateEnd(CharSequence s, byte[] b, int from, int hi) {
    int k = from < hi && Text.at(s, b, from) == '{' ? from + 1 : from;
    return Text.run(s, b, k, hi, TEMPLATE, 256);
  }

  /** What may stand inside a placeholder: names, paths, defaults, a pipe, calls, quotes. */
  private static final long[] TEMPLATE = Text.set("0-9A-Za-z_.:\\-/ |=,()'\"*+?!@#[]&;\\\\");

  /**
   * Whether {@code closer} ends a placeholder's body starting at {@code from} within 128
   * characters of {@link #TEMPLATE}: {@code {{ .Values.apiKey }}} is one, a generated password
   * such as {@code {{w}a)k${r]ivu(lem} is not.
   */
  private static boolean closesTemplate(CharSequence s, byte[] b, int from, int hi,
      String closer) {
    int limit = Math.min(hi, from + 128);
    for (int k = from; k < limit; k++) {
      if (Text.startsWith(s, b, k, k, hi, closer, false)) {
        return true;
      }
      int c = Text.at(s, b, k);
      // A PEM line is no template's: the private-key rule masks its body, and what would be
      // left, {{-----BEGIN ... [REDACTED], must not read as a secret the second time.
      if (c == '-' && Text.startsWith(s, b, k, k, hi, "-----BEGIN ", false)) {
        return false;
      }
      if (!Text.in(TEMPLATE, c) || closer.charAt(0) == ')' && c == '(') {
        return false;
      }
    }
    return false;
  }

  /**
   * Values that are not secrets: {@code null}, booleans, placeholders ({@code ${VAR}},
   * {@code $VAR}, {@code <your-api-key>}, {@code YOUR_API_KEY}), values masked or held back
   * already ({@code ****}, {@code xxxxx}, {@code [FILTERED]}, {@code <hidden>},
   * {@code %5BREDACTED%5D}), and names of secrets in a secret store (an AWS Secrets Manager ARN).
   */
  /** The longest URL-encoded value decoded to see whether it is a placeholder. */
  private static final int MAX_ENCODED_PLACEHOLDER = 256;

  static boolean isPlaceholder(CharSequence s, byte[] b, int start, int end) {
    int length = end - start;
    if (length <= 0) {
      return true;
    }
    if (startsPlaceholder(s, b, start, end)) {
      return true;
    }
    if (length <= 9) {
      for (String word : NOT_SECRETS) {
        if (word.length() == length && Text.startsWith(s, b, start, start, end, word, true)) {
          return true;
        }
      }
    }
    if (isRepeatedMaskCharacter(s, b, start, end) || isEnvironmentReference(s, b, start, end)
        || isPrefixedFiller(s, b, start, end) || isPartlyMasked(s, b, start, end)) {
      return true;
    }
    int first = Text.at(s, b, start);
    int closers = end;
    while (closers > start + 1 && isCloser(Text.at(s, b, closers - 1))) {
      closers--;
    }
    if (closers < end && isPlaceholder(s, b, start, closers)
        && Text.in(Text.ALNUM, Text.at(s, b, start))) {
      return true; // null} in JSON whose braces a value's end could not tell apart
    }
    if (first == 'H' && Text.startsWith(s, b, start, start, end, "HTTP/", false)
        && length > 5 && Text.isDigit(Text.at(s, b, start + 5))) {
      return true; // an access log's protocol after a URL ending in a key: ...+password HTTP/1.1
    }
    if (first == 'p' && Text.startsWith(s, b, start, start, end, "pk.eyJ", false)) {
      return true; // a Mapbox public token, made to be shipped in web pages
    }
    if (isArtifactCoordinate(s, b, start, end)) {
      return true; // io.jsonwebtoken:jjwt-api:0.12.5, read as key and value
    }
    if (first == '#' && (length == 1 || Text.isSpace(Text.at(s, b, start + 1)))
        || first == '!' && Text.startsWith(s, b, start, start, end, "!vault", false)
        || first == '{' && Text.startsWith(s, b, start, start, end, "{cipher}", false)) {
      // YAML: a comment after the key, an Ansible Vault value on the lines below; a value
      // encrypted for Spring Cloud Config, ciphertext as ENC(...) below
      return true;
    }
    int last = Text.at(s, b, end - 1);
    if (length >= 4 && first == '<' && Text.at(s, b, start + 1) == '%'
        && Text.at(s, b, end - 2) == '%' && last == '>') {
      return true; // <%= ENV['API_KEY'] %>, a template's expression
    }
    if (first == '{' && last == '}' && length >= 5 && Text.at(s, b, start + 1) == ' '
        && Text.at(s, b, end - 2) == ' '
        && Text.run(s, b, start + 2, end - 2, Text.KEY, length) == end - 2) {
      return true; // @"{ sharedSecretB64 }": an interpolated name
    }
    // <hidden>, [FILTERED], (redacted), {masked}, <your-api-key>, %5BREDACTED%5D, %3Chidden%3E
    if (length >= 3 && (first == '<' && last == '>' || first == '[' && last == ']'
        || first == '(' && last == ')' || first == '{' && last == '}')) {
      // {[PROTECTED]}, {${vault:app/token}}: a mask or a placeholder in brackets too, one level
      // deep, so that a value of nested brackets is read a bounded number of times
      return isWords(s, b, start + 1, end - 1) || startsPlaceholder(s, b, start + 1, end - 1)
          || isBracketedWords(s, b, start + 1, end - 1);
    }
    if (length >= 13 && first == '\\' && Text.startsWith(s, b, start, start, end, "\\u003c", true)
        && Text.startsWith(s, b, end - 6, start, end, "\\u003e", true)) {
      return isWords(s, b, start + 6, end - 6); // \u003cmasked\u003e, as Gson writes <masked>
    }
    if (length >= 9 && first == '&' && Text.startsWith(s, b, start, start, end, "&lt;", false)
        && Text.startsWith(s, b, end - 4, start, end, "&gt;", false)) {
      return isWords(s, b, start + 4, end - 4); // &lt;hidden&gt;
    }
    if (length >= 17 && first == '&' && Text.startsWith(s, b, start, start, end, "&amp;lt;", false)
        && Text.startsWith(s, b, end - 8, start, end, "&amp;gt;", false)) {
      return isWords(s, b, start + 8, end - 8); // &amp;lt;hidden&amp;gt;, escaped twice
    }
    if (length >= 7 && first == '%' && (Text.startsWith(s, b, start, start, end, "%5B", true)
        && Text.startsWith(s, b, end - 3, start, end, "%5D", true)
        || Text.startsWith(s, b, start, start, end, "%3C", true)
        && Text.startsWith(s, b, end - 3, start, end, "%3E", true))) {
      return isWords(s, b, start + 3, end - 3) || isEncodedPlaceholder(s, b, start, end);
    }
    if (length >= 11 && first == '%' && Text.startsWith(s, b, start, start, end, "%255B", true)
        && Text.startsWith(s, b, end - 5, start, end, "%255D", true)) {
      return isWords(s, b, start + 5, end - 5); // %255BREDACTED%255D, encoded twice
    }
    if (length >= 5 && Text.startsWith(s, b, start, start, end, "ENC(", false) && last == ')') {
      return true; // encrypted by Jasypt: ciphertext, not the secret
    }
    if (first == '@' && last == '@' && isFilterToken(s, b, start, end)) {
      return true; // @db.password@, @@DB_PASSWORD@@: filled in by the build
    }
    int open = first == '*' && last == ')' ? Text.indexOf(s, b, start, end, "(") : -1;
    if (open > start && isRepeatedMaskCharacter(s, b, start, open)
        && isWords(s, b, open + 1, end - 1)) {
      return true; // *****(masked)
    }
    if (isMaskWord(s, b, start, end) && !isMixedCase(s, b, start, end)) {
      return true; // REDACTED, FILTERED, hidden
    }
    if (isYourPlaceholder(s, b, start, end) || containsFake(s, b, start, end)) {
      return true;
    }
    if (length >= 5 && first == '_' && last == '_' && Text.at(s, b, start + 1) == '_'
        && Text.at(s, b, end - 2) == '_'
        && Text.run(s, b, start, end, Text.KEY, length) == end) {
      return true; // __DB_PASSWORD__, replaced when the file is deployed
    }
    if (isVersionedArtifact(s, b, start, end)) {
      return true; // jjwt-jackson-0.11.5 after io.jsonwebtoken:
    }
    if (isDigest(s, b, start, end)) {
      return true; // sha256:6506..., SHA256:dXML... (a fingerprint): a digest names content
    }
    if (Text.startsWith(s, b, end - 27, start, end, ".apps.googleusercontent.com", false)) {
      return true; // a Google OAuth client id, public
    }
    if (Text.startsWith(s, b, start, start, end, "projects/", false)
        && Text.indexOf(s, b, start, end, "/secrets/") > 0) {
      return true; // projects/acme/secrets/stripe-key/versions/latest names a secret
    }
    int scheme = Text.startsWith(s, b, start, start, end, "Bearer ", true) ? 7
        : Text.startsWith(s, b, start, start, end, "Basic ", true) ? 6 : 0;
    if (scheme > 0 && end - start > scheme && isPlaceholder(s, b, start + scheme, end)) {
      return true; // Bearer <token>, Bearer ${TOKEN}
    }
    if (isEncodedMask(s, b, start, end)) {
      return true; // %E2%96%88%E2%96%88: the blocks of a mask, URL-encoded
    }
    if (first == 'O' && length == 14 && Text.startsWith(s, b, start, start, end, "Optional.empty",
        false)) {
      return true; // an absent java.util.Optional
    }
    if (first == '/' && isFilePath(s, b, start, end)) {
      return true; // /run/secrets/db_password: where the secret is, read from a file
    }
    if (isObjectReference(s, b, start, end)) {
      return true; // secret="platform/db-credentials": a Kubernetes object, namespace and name
    }
    if (isReference(s, b, start, end)) {
      return true; // vault:secret/orders/api-key, file:/run/secrets/x, secretRef:db-credentials
    }
    int digits = Text.run(s, b, start, end, DIGITS, 8);
    if (digits > start && Text.startsWith(s, b, digits, start, end, " bytes", false)
        && digits + 6 == end) {
      return true; // password:  16 bytes, as kubectl describe secret shows a value
    }
    if (isMaskSymbol(first) && isMaskSymbol(last) && isMaskedWords(s, b, start, end)) {
      return true; // ***masked***
    }
    // ARNs name a resource (a secret, a key, a role), never hold one.
    return Text.startsWith(s, b, start, start, end, "arn:aws:", false)
        || Text.startsWith(s, b, start, start, end, "arn:aws-", false)
        || length >= 2 && first != '{' && Text.startsWith(s, b, end - 2, start, end, "{}", false)
        && Text.run(s, b, start, end - 2, Text.KEY, length) == end - 2 // prefix_{}: a slot
        || isEncodedPlaceholder(s, b, start, end);
  }

  /**
   * A library's file or artifact name and its version: lower-case words joined by {@code -},
   * then a dotted version ({@code jjwt-jackson-0.11.5}, {@code spring-core-6.1.2}).
   */
  private static boolean isVersionedArtifact(CharSequence s, byte[] b, int start, int end) {
    int dash = end;
    while (dash > start && Text.at(s, b, dash - 1) != '-') {
      dash--;
    }
    if (dash - 1 <= start || dash >= end || !Text.isDigit(Text.at(s, b, dash))
        || Text.run(s, b, dash, end, VERSION_PART, end - dash) != end
        || Text.indexOf(s, b, dash, end, ".") < 0) {
      return false;
    }
    for (int k = start; k < dash - 1; k++) {
      int c = Text.at(s, b, k);
      if (!(c >= 'a' && c <= 'z') && c != '-' || c == '-' && Text.at(s, b, k + 1) == '-') {
        return false;
      }
    }
    return Text.at(s, b, start) != '-';
  }

  private static final long[] VERSION_PART = Text.set("0-9.");

  /** Prefixes of digests, as container images and SSH fingerprints carry them. */
  private static final String[] DIGESTS = {"sha256:", "sha1:", "sha512:", "md5:", "SHA256:",
      "SHA1:", "MD5:", "sha-256=", "sha-512="};

  private static boolean isDigest(CharSequence s, byte[] b, int start, int end) {
    for (String digest : DIGESTS) {
      if (Text.startsWith(s, b, start, start, end, digest, false)) {
        return end - start > digest.length();
      }
    }
    return false;
  }

  /** Two or more bullets or full blocks, URL-encoded ({@code %E2%80%A2}, {@code %E2%96%88}). */
  private static boolean isEncodedMask(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 18 || (end - start) % 9 != 0) {
      return false;
    }
    for (int k = start; k < end; k += 9) {
      if (!Text.startsWith(s, b, k, start, end, "%E2%96%88", true)
          && !Text.startsWith(s, b, k, start, end, "%E2%80%A2", true)) {
        return false;
      }
    }
    return true;
  }

  /** Folders where services keep secrets as files, as Docker, Kubernetes and Vault mount them. */
  private static final String[] SECRET_FOLDERS = {"/run/", "/var/", "/etc/", "/opt/", "/home/",
      "/tmp/", "/mnt/", "/srv/", "/secrets/", "/vault/", "/usr/", "/app/", "/config/"};

  /** A file's absolute path under a well-known folder, of names only: no blank, no {@code +}. */
  private static boolean isFilePath(CharSequence s, byte[] b, int start, int end) {
    boolean known = false;
    for (String folder : SECRET_FOLDERS) {
      known |= Text.startsWith(s, b, start, start, end, folder, false);
    }
    return known && Text.run(s, b, start, end, PATH, end - start) == end;
  }

  private static final long[] PATH = Text.set("A-Za-z0-9._/\\-");

  private static boolean isMaskSymbol(int c) {
    return c == '*' || c == '#' || c == 'x' || c == '=';
  }

  /**
   * {@code namespace/name} of lower-case words and dashes, with no digit: how Kubernetes names
   * an object, and how audit logs name a secret; generated secrets have digits or capitals.
   */
  private static boolean isObjectReference(CharSequence s, byte[] b, int start, int end) {
    int slash = Text.indexOf(s, b, start, end, "/");
    if (slash <= start + 1 || slash >= end - 2 || end - start > 64
        || Text.indexOf(s, b, slash + 1, end, "/") >= 0) {
      return false;
    }
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (k != slash && !(c >= 'a' && c <= 'z') && !(c == '-' && k > start && k < end - 1
          && Text.at(s, b, k - 1) != '-' && k != slash + 1 && k != slash - 1)) {
        return false;
      }
    }
    return true;
  }

  /** Schemes of references to a secret kept elsewhere, before its path or name. */
  private static final String[] REFERENCES = {"vault:", "file:", "secretRef:", "secretKeyRef:",
      "env:", "ssm:", "secretsmanager:", "keyvault:", "sm://", "gsm://", "azkv://"};

  /** A reference to a secret kept elsewhere: a scheme of {@link #REFERENCES}, then a path. */
  private static boolean isReference(CharSequence s, byte[] b, int start, int end) {
    for (String scheme : REFERENCES) {
      if (Text.startsWith(s, b, start, start, end, scheme, false)) {
        int path = start + scheme.length();
        return path < end && Text.run(s, b, path, end, PATH, end - path) == end;
      }
    }
    return false;
  }

  /** {@code ***masked***}, {@code ##hidden##}: a mask word between runs of mask characters. */
  private static boolean isMaskedWords(CharSequence s, byte[] b, int start, int end) {
    int from = start;
    while (from < end && Text.at(s, b, from) == Text.at(s, b, start)) {
      from++;
    }
    int to = end;
    while (to > from && Text.at(s, b, to - 1) == Text.at(s, b, end - 1)) {
      to--;
    }
    return from - start >= 2 && end - to >= 2 && to > from && isMaskWord(s, b, from, to);
  }

  /**
   * A placeholder written URL-encoded ({@code %3Cnot+set%3E}, {@code %23%7Bvault.token%7D}):
   * decoded once, on the way to a mask only, and read again.
   */
  private static boolean isEncodedPlaceholder(CharSequence s, byte[] b, int start, int end) {
    if (end - start > MAX_ENCODED_PLACEHOLDER || Text.indexOf(s, b, start, end, "%") < 0) {
      return false;
    }
    StringBuilder decoded = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      int high = k + 2 < end && c == '%' ? Character.digit(Text.at(s, b, k + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(Text.at(s, b, k + 2), 16) : -1;
      if (low >= 0 && (high << 4 | low) < 0x80) {
        decoded.append((char) (high << 4 | low));
        k += 2;
      } else {
        decoded.append(c == '+' ? ' ' : (char) c);
      }
    }
    String text = decoded.toString();
    return text.length() < end - start && isPlaceholder(text, null, 0, text.length());
  }

  /**
   * A token that a build replaces, Maven's resource filtering {@code @db.password@} or an
   * {@code @@NAME@@}: a name between one or two {@code @} on each side.
   */
  private static boolean isFilterToken(CharSequence s, byte[] b, int start, int end) {
    int from = start + 1;
    int to = end - 1;
    if (to - from >= 2 && Text.at(s, b, from) == '@' && Text.at(s, b, to - 1) == '@') {
      from++;
      to--;
    }
    if (to - from < 2 || !Text.isLetter(Text.at(s, b, from))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      int c = Text.at(s, b, k);
      if (!Text.isLetter(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [PROTECTED]}, {@code <hidden>}: words in a pair of brackets. */
  private static boolean isBracketedWords(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    int first = Text.at(s, b, start);
    int last = Text.at(s, b, end - 1);
    return (first == '<' && last == '>' || first == '[' && last == ']'
        || first == '(' && last == ')' || first == '{' && last == '}')
        && isWords(s, b, start + 1, end - 1);
  }

  private static boolean isCloser(int c) {
    return c == '}' || c == ']' || c == ')';
  }

  /**
   * A value masked in part already: {@code sk_live_****4242}, {@code ghp_****},
   * {@code *****REDACTED*****}, {@code ••••ab12}: a run of four mask characters in it.
   */
  private static boolean isPartlyMasked(CharSequence s, byte[] b, int start, int end) {
    if (end - start >= 5 && end - start <= 12 && Text.at(s, b, start + 1) == '*'
        && Text.at(s, b, end - 2) == '*' && Text.isLetter(Text.at(s, b, start))) {
      boolean stars = true;
      for (int k = start + 1; k < end - 1 && stars; k++) {
        stars = Text.at(s, b, k) == '*';
      }
      if (stars) {
        return true; // r***m: the first and last characters shown
      }
    }
    if (end - start >= 14 && Text.startsWith(s, b, start, start, end, "xxxx-xxxx-", true)) {
      return true; // xxxx-xxxx-xxxx-1005: the last four shown
    }
    int run = 0;
    for (int k = start; k < end; k++) {
      int length = maskSymbolAt(s, b, k, end);
      run = length > 0 ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
      k += Math.max(length, 1) - 1;
    }
    return false;
  }

  private static final long[] ARTIFACT = Text.set("0-9a-z._\\-");
  private static final long[] VERSION = Text.set("0-9A-Za-z._\\-:");
  private static final long[] DIGITS = Text.set("0-9");

  /**
   * A Maven artifact and its version, {@code jjwt-api:0.12.5} or
   * {@code google-auth-library-oauth2-http:1.23.0:jar}: lower-case name, a colon, a version of
   * digits and dots.
   */
  private static boolean isArtifactCoordinate(CharSequence s, byte[] b, int start, int end) {
    int colon = Text.run(s, b, start, end, ARTIFACT, end - start);
    if (colon - start < 3 || colon + 3 >= end || end - colon > 40 || Text.at(s, b, colon) != ':'
        || !Text.isLetter(Text.at(s, b, start))) {
      return false;
    }
    int version = colon + 1;
    if (Text.startsWith(s, b, version, version, end, "jar:", false)
        || Text.startsWith(s, b, version, version, end, "pom:", false)
        || Text.startsWith(s, b, version, version, end, "war:", false)) {
      version += 4; // password4j:jar:1.7.3:compile, as the dependency plugin prints it
    }
    int dot = Text.run(s, b, version, end, DIGITS, 8);
    return dot > version && dot + 1 < end && Text.at(s, b, dot) == '.'
        && Text.isDigit(Text.at(s, b, dot + 1))
        && Text.run(s, b, colon + 1, end, VERSION, end - colon) == end;
  }

  /** {@code ****}, {@code xxxxxx}, {@code XXXX-XXXX}, {@code ........}, {@code ••••}. */
  private static boolean isRepeatedMaskCharacter(CharSequence s, byte[] b, int start, int end) {
    int first = Text.at(s, b, start);
    int symbol = maskSymbolAt(s, b, start, end);
    if (symbol == 0 && first != 'x' && first != 'X' && first != '.' && first != '#'
        && first != '-') {
      return false;
    }
    int same = 0;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      int length = symbol > 0 ? maskSymbolAt(s, b, k, end) : 0;
      if (length > 0 && Text.sameAt(s, b, start, k, length)) {
        same++;
        k += length - 1;
      } else if (symbol == 0 && c == first) {
        same++;
      } else if (c != '-' && c != ' ' && c != '_') {
        return false;
      }
    }
    return symbol > 0 || same >= 3;
  }

  /** The bullet and the full block as UTF-8, for the byte form. */
  private static final String BULLET = "\u00e2\u0080\u00a2";
  private static final String BLOCK = "\u00e2\u0096\u0088";

  /**
   * The length of the mask symbol at {@code k} ({@code *}, {@code •}, {@code █}; the last two
   * three bytes long in UTF-8), or 0.
   */
  private static int maskSymbolAt(CharSequence s, byte[] b, int k, int end) {
    int c = Text.at(s, b, k);
    if (c == '*' || b == null && (c == 0x2022 || c == 0x2588)) {
      return 1;
    }
    return b != null && c == 0xE2 && k + 2 < end && (Text.startsWith(s, b, k, k, end, BULLET, false)
        || Text.startsWith(s, b, k, k, end, BLOCK, false)) ? 3 : 0;
  }

  /**
   * A token prefix followed by one character repeated: {@code ghp_XXXXXXXXXXXX},
   * {@code sk_live_0000000000000}, as documentation writes a token's shape.
   */
  private static boolean isPrefixedFiller(CharSequence s, byte[] b, int start, int end) {
    int k = end;
    int filler = Text.at(s, b, end - 1);
    while (k > start && Text.at(s, b, k - 1) == filler) {
      k--;
    }
    return end - k >= 8 && k > start && (Text.at(s, b, k - 1) == '_' || Text.at(s, b, k - 1) == '-')
        && Text.in(Text.ALNUM, filler);
  }

  /** {@code $DB_PASSWORD}, {@code %DB_PASSWORD%}: a reference to an environment variable. */
  private static boolean isEnvironmentReference(CharSequence s, byte[] b, int start, int end) {
    int first = Text.at(s, b, start);
    int from = start + 1;
    int to = end;
    if (Text.startsWith(s, b, start, start, end, "%24", false)) {
      from = start + 3; // URL-encoded
    } else if (first == '%' && end - start >= 3 && Text.at(s, b, end - 1) == '%') {
      to = end - 1;
    } else if (first != '$') {
      return false;
    }
    if (to - from < 2) {
      return false;
    }
    // $DB_PASSWORD, or a variable of code ($input, $this_password): letters and _ only, where
    // a password that starts with $ would hold a digit or a symbol.
    boolean upper = true;
    boolean letters = true;
    for (int k = from; k < to; k++) {
      int c = Text.at(s, b, k);
      upper &= c >= 'A' && c <= 'Z' || c == '_' || k > from && Text.isDigit(c);
      letters &= Text.isLetter(c) || c == '_';
    }
    return upper || first == '$' && letters;
  }

  /**
   * Whether {@code [start, end)}, found in brackets, is only words ({@code hidden},
   * {@code client secret}, {@code YOUR_API_KEY}) or a run of mask characters: a placeholder or a
   * mask, where a secret in brackets would hold digits or symbols.
   */
  private static boolean isWords(CharSequence s, byte[] b, int start, int end) {
    if (end <= start || isRepeatedMaskCharacter(s, b, start, end)) {
      return end > start;
    }
    if (Text.indexOf(s, b, start, end, "-----") >= 0) {
      return false; // a PEM line is the private-key rule's, never a mask
    }
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (!Text.isLetter(c) && !KeyNames.isSeparator(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMaskWord(CharSequence s, byte[] b, int start, int end) {
    int length = end - start;
    if (length <= 0) {
      return false;
    }
    if (isRepeatedMaskCharacter(s, b, start, end)) {
      return true;
    }
    for (String word : MASK_WORDS) {
      if (word.length() == length && Text.startsWith(s, b, start, start, end, word, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code YOUR_API_KEY}, {@code your-token-here}, {@code insert_key_here}, {@code changeit}:
   * text a person is meant to replace.
   */
  private static boolean isYourPlaceholder(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 6) {
      return false;
    }
    boolean your = Text.startsWith(s, b, start, start, end, "your", true)
        && KeyNames.isSeparator(Text.at(s, b, start + 4)) || Text.startsWith(s, b, start, start,
            end, "insert", true) && KeyNames.isSeparator(Text.at(s, b, start + 6))
        || Text.startsWith(s, b, start, start, end, "replace", true) && end - start > 7
            && KeyNames.isSeparator(Text.at(s, b, start + 7));
    boolean here = end - start > 5 && Text.startsWith(s, b, end - 4, start, end, "here", true)
        && KeyNames.isSeparator(Text.at(s, b, end - 5));
    if (!your && !here) {
      return false;
    }
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (!Text.isLetter(c) && !KeyNames.isSeparator(c) && !(Text.isDigit(c) && k > start)) {
        return false; // YOUR_S3_SHARED_SECRET_HERE
      }
    }
    return true;
  }

  /**
   * {@code somefakekey}, {@code fake_token}: a value that says it is a stand-in. One that also
   * carries a random part ({@code fake-oauth-7Qm2Zx9LkP0wR4}) may be a real token with a label, and
   * is masked.
   */
  private static boolean containsFake(CharSequence s, byte[] b, int start, int end) {
    // Lengths in units (a run of non-ASCII counts once), so that a string and its bytes agree.
    if (Text.advance(s, b, start, end, 64) < end || !saysFake(s, b, start, end)) {
      return false;
    }
    int from = start;
    for (int k = start; k <= end; k++) {
      if (k == end || KeyNames.isSeparator(Text.at(s, b, k))) {
        if (isRandomPart(s, b, from, k)) {
          return false;
        }
        from = k + 1;
      }
    }
    return true;
  }

  /** Words that documentation and samples put in a key that is none. */
  private static final String[] FAKE = {"fake", "FAKE", "Fake", "EXAMPLE", "example", "Example",
      "placeholder", "PLACEHOLDER", "dummy", "DUMMY", "Dummy"};

  private static boolean saysFake(CharSequence s, byte[] b, int start, int end) {
    for (String word : FAKE) {
      if (Text.indexOf(s, b, start, end, word) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Eight or more letters and digits mixed, without the word fake. */
  private static boolean isRandomPart(CharSequence s, byte[] b, int start, int end) {
    return Text.advance(s, b, start, end, 7) < end && !saysFake(s, b, start, end)
        && Text.hasLetterAndDigit(s, b, start, end);
  }

  private static boolean isMixedCase(CharSequence s, byte[] b, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    for (int k = start + 1; k < end; k++) {
      int c = Text.at(s, b, k);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
    }
    return upper && lower;
  }
}
