package io.redactor;

import java.util.Locale;

/**
 * Sensitive key/value pairs in every syntax a log line uses, found from their separator:
 * {@code k=v} (query strings, forms, properties, env), {@code k: v} (YAML, HTTP headers),
 * {@code "k":"v"} (JSON, also with escaped quotes inside a JSON string, {@code \u0022} or
 * {@code %22}), {@code {k=v}} ({@code Map.toString()}), {@code k -> v}, {@code k => v}, the
 * URL-encoded {@code k%3Dv}, the assignments of code and build files ({@code :=}, {@code ::=},
 * {@code ?=}, {@code .=}, {@code <-}, typed declarations such as {@code var apiToken string = v}
 * and indexed ones such as {@code env["API_KEY"] = v}), and XML elements
 * ({@code <password>v</password>}, {@code <ns2:clientSecret>}, CDATA, attributes naming the
 * value, and the escaped {@code &lt;password&gt;} and {@code \u003cpassword\u003e}).
 *
 * <p>At a separator the detector reads the key backwards (at most {@value #MAX_KEY} characters),
 * lets {@link KeyNames} classify it, and only for a sensitive key reads the value forwards, where
 * {@link Values} tells its end. A key named {@code value} takes its meaning from the name before
 * it ({@code {"name":"DB_PASSWORD","value":"..."}}, {@code Property: x.password Value: "..."},
 * {@code - name: API_KEY} then {@code value: ...} on the next line). The value is masked, the key
 * and quotes stay. Authorization values keep their scheme.
 */
final class KeyValueDetector extends Detector {
  static final int MAX_KEY = 64;

  /** How many characters may separate a {@code value} key from the name it belongs to. */
  private static final int MAX_NAME_GAP = 24;

  /** The longest flag name read after its dashes. */
  private static final int MAX_FLAG = 64;

  /** Letters, which end the key before a blank and a quoted value. */
  private static final long[] LETTERS = Text.set("A-Za-z");

  /** What may end a key, or a method comparing it, before its argument in parentheses. */
  private static final long[] KEY_END = Text.set("0-9A-Za-z_");

  /** Methods of Java and Kotlin comparing a key with their argument. */
  private static final String[] COMPARING = {".equals", ".equalsIgnoreCase", ".contentEquals",
      ".compareTo", ".startsWith"};

  /** The most characters of a start tag read back from its {@code >} to find its name. */
  private static final int MAX_TAG = 256;

  /** The most characters of a base64 value decoded to tell text from random bytes. */
  private static final int MAX_ENCODED_TEXT = 64;

  private static final String[] SCHEMES = {"basic", "bearer", "digest", "token", "negotiate",
      "ntlm", "bot", "apikey", "api-key", "key", "sso-key", "oauth", "dpop", "gnap", "splunk",
      "aws4-hmac-sha256", "hmac", "signature", "mac", "hoba", "mutual", "scram-sha-256",
      "sharedkey", "sharedkeylite", "ssws", "geniekey", "aws", "sentry", "zoho-oauthtoken",
      "deepl-auth-key", "klaviyo-api-key", "hmac-sha256", "pat"};


  /** Type names between a key and its {@code =} in typed declarations. */
  private static final String[] TYPE_WORDS = {"string", "str", "bytes", "byte", "char", "text",
      "secretstr", "securestring", "charsequence", "var", "val", "let", "const"};

  private final KeyNames names;
  private final int[] ruleByKind;
  private final Detector afterKey = new AfterKey();
  private final Detector identifiedBy = new IdentifiedBy();

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
        Detector at = names.endsTerm(c) || c == ' ' || c == '\t' ? afterKey : this;
        anchors.add(c, '=', at, before, Text.ANY);
        anchors.add(c, ':', at, before, Text.ANY);
      }
      if (names.endsTerm(c)) {
        anchors.add(c, '>', this, names.precedingInTerms(c), Text.ANY); // <password>
      }
    }
    // A qualifier after the term: routingKey_previous=, RAILS_MASTER_KEY_OLD=, routing_key_2=.
    // Not before a colon: status: and field: would stop the scan thousands of times per MB.
    for (String q : KeyNames.QUALIFIERS) {
      int last = q.charAt(q.length() - 1);
      String before = q.substring(q.length() - 2, q.length() - 1);
      long[] preceding = Text.set(before + before.toUpperCase(Locale.ROOT));
      for (int c : new int[] {last, Character.toUpperCase(last)}) {
        anchors.add(c, '=', afterKey, preceding, Text.ANY);
      }
    }
    for (int digit = '0'; digit <= '9'; digit++) {
      anchors.add(digit, '=', afterKey, Text.set("0-9_\\-."), Text.ANY);
    }
    anchors.add('"', '>', this, Text.ANY, Text.ANY); // <wsse:Password Type="...">
    anchors.add(')', '=', this, Text.ANY, Text.set("(")); // Key (api_key)=(...) already exists
    // In capitals, as SQL is logged: the bigrams of "identified" in lower case are among the
    // most frequent of text.
    anchors.add("IDENTIFIED", 6, false, identifiedBy, Text.ANY, Text.ANY);
    anchors.add('n', '>', this, Text.set("iI"), Text.ANY); // <cardPin>
    anchors.add('N', '>', this, Text.set("I"), Text.ANY); // <ns1:PIN>
    anchors.add('d', '>', this, Text.set("e"), Text.ANY); // <SignatureProvided>
    anchors.add("&gt;", 3, false, this, Text.ANY, Text.ANY); // &lt;password&gt;
    anchors.add("\\u0", 2, false, this, Text.ANY, Text.set("0")); // \u0022: and \u003e
    anchors.add('-', '>', this, Text.ANY, Text.ANY);
    anchors.add('=', '>', this, Text.ANY, Text.ANY);
    anchors.add('!', '=', this, Text.ANY, Text.ANY); // token != "..."
    // A flag and its value after a blank (--routing-key ...), and a quoted value after a key
    // and a blank (Invalid railsMasterKey '...'). Not a single dash: " -" is frequent text.
    anchors.add('-', '-', this, Text.set(" \t["), Text.set("A-Za-z_"));
    anchors.add(' ', '\'', this, LETTERS, Text.ANY);
    anchors.add(' ', '"', this, LETTERS, Text.ANY);
    // A quoted value passed to a key or compared with it: routingKey("..."), apiKey.equals("...").
    anchors.add('(', '\'', this, KEY_END, Text.ANY);
    anchors.add('(', '"', this, KEY_END, Text.ANY);
    anchors.add('%', '3', this, Text.ANY, Text.set("AaDd"));
    anchors.add(':', '=', this, Text.set(":"), Text.ANY); // ::=
    anchors.add('?', '=', this, Text.ANY, Text.ANY);
    anchors.add('.', '=', this, Text.ANY, Text.ANY);
    anchors.add('+', '=', this, Text.set(" \t"), Text.ANY);
    anchors.add(']', '=', this, Text.set("["), Text.ANY); // apikey[]=
    anchors.add('<', '-', this, Text.set(" \t"), Text.set(" \t\"'"));
    // A line ending in a colon, which may announce a credential on the next.
    anchors.add(':', '\n', this, Text.ANY, Text.ANY);
    anchors.add(':', '\r', this, Text.ANY, Text.ANY);
    anchors.add(':', '\\', this, Text.ANY, Text.set("nr"));
    // Sensitive words themselves, for what follows them without a separator ("Invalid
    // clientSecret 'xyz'", "credential xyz was rejected", setProperty("API_TOKEN", "xyz"), a
    // credential announced at the end of the line or on the next) and for keys that hold one
    // inside (password_super_secure, mySecretString).
    anchors.add("password", 4, true, this, Text.ANY, Text.ANY);
    anchors.add("passwd", 4, true, this, Text.ANY, Text.ANY);
    anchors.add("secret", 3, true, this, Text.ANY, Text.ANY);
    anchors.add("credential", 1, true, this, Text.ANY, Text.ANY);
    anchors.add("token", 2, true, this, Text.ANY, Text.ANY);
    anchors.add("api", 2, true, this, Text.ANY, Text.set("kK_\\- "));
    anchors.add("authorization", 8, true, this, Text.ANY, Text.ANY); // "za", rarer than "iz"
    // A key ending in "key" and a blank (routingKey a0ea... was rejected), or a vendor's key
    // inside a longer key (rails_master_key_old=, myFunctionKeyString=): 55 stops in the
    // loghub samples, at a bigram watched already.
    anchors.add('e', 'y', this, Text.set("kK"), Text.set(" _A-Z"));
    anchors.add('E', 'Y', this, Text.set("K"), Text.set(" _"));
    // keytool's and jarsigner's single-dash flags (-storepass, -srckeypass), from the "ep" and
    // "yp" before their "pass": rarer bigrams than the "ss" after it or a " -".
    anchors.add('e', 'p', this, Text.set("r"), Text.set("a"));
    anchors.add('y', 'p', this, Text.set("e"), Text.set("a"));
  }

  @Override
  long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
    int c = Text.at(s, b, i);
    int prev = i > lo ? Text.at(s, b, i - 1) : -1;
    int next = i + 1 < hi ? Text.at(s, b, i + 1) : -1;
    int separator = i;
    int valueStart = i + 1;
    switch (c) {
      case '=':
        if (prev == ')' && next == '(') {
          return tupleValue(engine, s, b, lo, hi, i);
        }
        if (next == '=' || prev == '!') {
          // if (apiKey == "..."), token !== '...': a quoted value only.
          separator = prev == '!' ? i - 1 : i;
          valueStart = comparisonEnd(s, b, separator, hi);
          if (valueStart == separator || valueStart >= hi
              || Values.quoteAfter(s, b, valueStart, hi) == 0) {
            return Engine.NO_HIT;
          }
          break;
        }
        if (prev == ':' || prev == '?' || prev == '.' || prev == '+') {
          // ::=, :::=, ?=, .= and += (a := is read from its colon)
          if (prev == ':' && (i - 2 < lo || Text.at(s, b, i - 2) != ':')) {
            return Engine.NO_HIT;
          }
          separator = i - 1;
          while (separator > lo && Text.at(s, b, separator - 1) == ':' && i - separator < 4) {
            separator--;
          }
        }
        valueStart = next == '>' ? i + 2 : i + 1;
        break;
      case ':':
        if (next == ':' || next == '/' && (i + 2 >= hi || Text.at(s, b, i + 2) == '/')) {
          return Engine.NO_HIT; // a URL's scheme, not stripe.secret-key:/Hxjk...
        }
        valueStart = next == '=' ? i + 2 : i + 1;
        break;
      case '0':
        if (Text.startsWith(s, b, i - 2, lo, hi, "\\u003e", true)) {
          return i - 3 >= lo && Text.at(s, b, i - 3) == '"'
              ? tagWithAttributes(engine, s, b, lo, hi, i - 2, i + 4, "\\u003c")
              : element(engine, s, b, lo, hi, i - 2, i + 4, "\\u003c");
        }
        if (Text.startsWith(s, b, i - 2, lo, hi, "\\u003d", true)) {
          // password\u003d...: Gson's HTML-safe JSON writes = so
          return pair(engine, s, b, lo, hi, '=', i - 2, i + 4);
        }
        // ...\u0022: after a key written with escaped quotes.
        if (!Text.startsWith(s, b, i - 2, lo, hi, "\\u0022:", true)) {
          return Engine.NO_HIT;
        }
        separator = i + 4;
        valueStart = i + 5;
        break;
      case '>':
        if (prev == '-' || prev == '=') {
          separator = i - 1;
          break;
        }
        return prev == '"' ? tagWithAttributes(engine, s, b, lo, hi, i, i + 1, "<")
            : element(engine, s, b, lo, hi, i, i + 1, "<");
      case ';':
        if (Text.startsWith(s, b, i - 8, lo, hi, "\\u0026gt;", true)) {
          // &lt;Password&gt; inside JSON that Gson escaped: \u0026lt;Password\u0026gt;
          return element(engine, s, b, lo, hi, i - 8, i + 1, "\\u0026lt;");
        }
        if (!Text.startsWith(s, b, i - 3, lo, hi, "&gt;", false)) {
          return Engine.NO_HIT;
        }
        return i - 4 >= lo && (Text.at(s, b, i - 4) == '"' || Text.at(s, b, i - 4) == ';')
            ? tagWithAttributes(engine, s, b, lo, hi, i - 3, i + 1, "&lt;")
            : element(engine, s, b, lo, hi, i - 3, i + 1, "&lt;");
      case '3':
        if (next != 'D' && next != 'd' && next != 'A' && next != 'a') {
          return Engine.NO_HIT;
        }
        separator = i - 1;
        valueStart = i + 2;
        break;
      case '-':
        if (prev == '-') {
          return flag(engine, s, b, lo, hi, i + 1);
        }
        if (prev != '<') {
          return Engine.NO_HIT;
        }
        separator = i - 1;
        break;
      case '\'':
      case '"':
        return prev == '(' ? argument(engine, s, b, lo, hi, i)
            : quotedAfterKey(engine, s, b, lo, hi, i);
      case '\n':
      case '\r':
      case '\\':
        return prev == ':' ? announcedBelow(engine, s, b, lo, hi, i - 1) : Engine.NO_HIT;
      case 'p':
        return Text.startsWith(s, b, i, lo, hi, "pass", false) && i + 4 < hi
            && (Text.at(s, b, i + 4) == ' ' || Text.at(s, b, i + 4) == ',')
            ? singleDashFlag(engine, s, b, lo, hi, i + 4) : Engine.NO_HIT;
      default:
        return word(engine, s, b, lo, hi, i, c);
    }
    return pair(engine, s, b, lo, hi, c, separator, valueStart);
  }

  /**
   * The stops at {@code =} and {@code :} after a letter or a blank, most of the scan's stops in
   * ordinary text ({@code uid=0}, {@code Version: 2}, {@code total = 41}): the key before is
   * dismissed by its last letters in a method small enough to be compiled whole, before the
   * detector's own, far larger, is called.
   */
  /**
   * SQL's {@code IDENTIFIED BY 'secret'} (MySQL, MariaDB, Oracle), also
   * {@code IDENTIFIED WITH mysql_native_password BY '...'} and unquoted, in capitals.
   */
  private final class IdentifiedBy extends Detector {
    IdentifiedBy() {
      super(KeyValueDetector.this.rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      // Registered by the detector it belongs to.
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int start = i - 6;
      if (!Text.startsWith(s, b, start, lo, hi, "IDENTIFIED ", false)
          || start > lo && Text.isLetter(Text.at(s, b, start - 1))) {
        return Engine.NO_HIT;
      }
      int k = start + 11;
      if (Text.startsWith(s, b, k, k, hi, "WITH ", false)) {
        k = Text.run(s, b, k + 5, hi, Text.KEY, MAX_KEY) + 1; // the authentication plugin
      }
      if (!Text.startsWith(s, b, k, k, hi, "BY ", false)) {
        return Engine.NO_HIT;
      }
      int v = k + 3;
      while (v < hi && Text.isSpace(Text.at(s, b, v))) {
        v++;
      }
      int q = v < hi ? Values.quoteAfter(s, b, v, hi) : 0;
      if (q > 0) {
        return quotedValue(engine, s, b, hi, v, q, KeyNames.PASSWORD);
      }
      int end = Values.unquotedEnd(s, b, lo, v, hi, false);
      while (end > v + 1 && Text.at(s, b, end - 1) == ';') {
        end--;
      }
      return plain(engine, s, b, v, end, hi, KeyNames.PASSWORD, false,
          ruleByKind[KeyNames.PASSWORD]);
    }
  }

  private final class AfterKey extends Detector {
    AfterKey() {
      super(KeyValueDetector.this.rule);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int keyEnd = i;
      if (Text.isSpace(Text.at(s, b, i - 1))) {
        // total = 41: as pair() reads it, up to eight blanks back, where a letter ends the key
        // or the type of a typed declaration (var apiToken string = ...).
        while (keyEnd > lo && i - keyEnd < 8 && Text.isSpace(Text.at(s, b, keyEnd - 1))) {
          keyEnd--;
        }
        if (keyEnd == lo || !Text.isLetter(Text.at(s, b, keyEnd - 1))) {
          return KeyValueDetector.this.detect(engine, s, b, i, lo, hi);
        }
        if (Text.at(s, b, i) == '=' && !names.mayEndInTerm(s, b, lo, keyEnd)
            && !names.mayEndInTerm(s, b, lo, KeyNames.withoutQualifier(s, b, lo, keyEnd))
            && !vendorBeforeQuote(s, b, lo, keyEnd, i, hi)) {
          int typed = typedKeyEnd(s, b, lo, keyEnd);
          keyEnd = typed < 0 ? lo : typed;
        }
      }
      return keyEnd > lo && (!Text.isLetter(Text.at(s, b, keyEnd - 1))
          || names.mayEndInTerm(s, b, lo, keyEnd)
          || names.mayEndInTerm(s, b, lo, KeyNames.withoutQualifier(s, b, lo, keyEnd))
          || vendorBeforeQuote(s, b, lo, keyEnd, i, hi))
          ? KeyValueDetector.this.detect(engine, s, b, i, lo, hi) : Engine.NO_HIT;
    }

    @Override
    void register(Engine.Anchors anchors) {
      // Registered by the detector it guards.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sensitive words.

  /** The sensitive word whose anchor ends at {@code i}, and what follows it. */
  private long word(Engine engine, CharSequence s, byte[] b, int lo, int hi, int i, int c) {
    int start;
    int end;
    switch (Text.lower(c)) {
      case 'w':
        start = i - 4;
        end = Text.startsWith(s, b, start, lo, hi, "password", true) ? start + 8
            : Text.startsWith(s, b, start, lo, hi, "passwd", true) ? start + 6 : -1;
        break;
      case 'r':
        start = Text.startsWith(s, b, i - 3, lo, hi, "secret", true) ? i - 3 : i - 1;
        end = start == i - 3 ? i + 3
            : Text.startsWith(s, b, start, lo, hi, "credential", true) ? start + 10 : -1;
        break;
      case 'k':
        start = i - 2;
        end = Text.startsWith(s, b, start, lo, hi, "token", true) ? start + 5 : -1;
        break;
      case 'i':
        start = i - 2;
        end = i + 1 < hi && KeyNames.isSeparator(Text.at(s, b, i + 1)) ? i + 2 : i + 1;
        end = Text.startsWith(s, b, start, lo, hi, "api", true)
            && Text.startsWith(s, b, end, lo, hi, "key", true) ? end + 3 : -1;
        break;
      case 'y':
        start = i - 2;
        end = Text.startsWith(s, b, start, lo, hi, "key", true) ? i + 1 : -1;
        break;
      case 'a':
        start = i - 8;
        end = Text.startsWith(s, b, start, lo, hi, "authorization", true) ? start + 13 : -1;
        break;
      default:
        return Engine.NO_HIT;
    }
    if (end < 0) {
      return Engine.NO_HIT;
    }
    int keyStart = keyStart(s, b, lo, start);
    if (Text.lower(c) == 'y' && Text.at(s, b, keyStart) == '-') {
      return Engine.NO_HIT; // --private-key ...: a flag is read from its dashes
    }
    if (keyStart > lo && Text.at(s, b, keyStart - 1) == '$') {
      return Engine.NO_HIT; // password=$DB_PASSWORD next: a variable's name, not a key
    }
    int keyEnd = Text.run(s, b, end, hi, Text.KEY, MAX_KEY);
    // The word must start a word of the key (not "bypassword") and the key be a name, not a
    // path or a class (com.example.TokenService).
    // A key glued to a mask was glued to the secret under it, and read as part of a longer key
    // by the first pass: it is no key of its own, so that redacting twice changes nothing more.
    if (keyEnd >= hi && keyEnd - keyStart < 4 || engine.endsMask(s, b, keyStart, lo)) {
      return Engine.NO_HIT;
    }
    // A word glued to other letters (fooapikeyfoo, secrete, bypassword) may be no word of the
    // key at all: only a quoted machine-made value is taken after such a key.
    boolean glued = !KeyNames.startsWord(s, b, keyStart, start);
    int kind = glued ? KeyNames.NONE : names.classifyOrExcluded(s, b, keyStart, keyEnd, false);
    if (kind == KeyNames.SESSION) {
      kind = KeyNames.NONE;
    }
    if (kind == KeyNames.NONE) {
      // A term that starts a word elsewhere in the key names it (ngrok_authtoken_value).
      kind = names.classifyInner(s, b, keyStart, keyEnd);
      if (kind == KeyNames.NONE) {
        kind = KeyNames.classifyCompoundKey(s, b, keyStart, keyEnd);
      }
      glued = kind == KeyNames.NONE && (glued || end < keyEnd && Text.at(s, b, end) >= 'a'
          && Text.at(s, b, end) <= 'z' && !KeyNames.isAboutWord(s, b, end, keyEnd));
    }
    if (glued && names.classifyOrExcluded(s, b, keyStart, keyEnd, false) != KeyNames.EXCLUDED) {
      kind = KeyNames.INNER;
    }
    if (kind == KeyNames.EXCLUDED) {
      return Engine.NO_HIT;
    }
    // using Cloudflare key CKIw..., the Heroku key 0d66...: a bare key named by a proper name;
    // Rails master key f2af...: by the word before it.
    boolean named = false;
    if (kind == KeyNames.KEY && keyEnd - keyStart == 3 && keyStart - 2 >= lo
        && Text.at(s, b, keyStart - 1) == ' ' && Text.isLetter(Text.at(s, b, keyStart - 2))) {
      int longer = names.classify(s, b, keyStart(s, b, lo, keyStart - 1), keyEnd);
      named = isValueKind(longer) || KeyNames.namesKeyBefore(s, b, lo, keyStart);
      kind = named ? (isValueKind(longer) ? longer : KeyNames.TOKEN) : kind;
    }
    if (kind == KeyNames.NONE || kind == KeyNames.VALUE || kind == KeyNames.KEY
        || ruleByKind[kind] < 0) {
      return Engine.NO_HIT;
    }
    int quote = keyStart > lo ? Values.quoteBefore(s, b, lo, keyStart) : 0;
    int after = keyEnd;
    if (quote > 0 && after + quote <= hi && Text.sameAt(s, b, keyStart - quote, after, quote)) {
      after += quote;
    }
    after = indexEnd(s, b, after, hi); // char secrete[25] = ...
    int v = after;
    while (v < hi && Text.isSpace(Text.at(s, b, v))) {
      v++;
    }
    if (v >= hi) {
      return Engine.NO_HIT;
    }
    if (kind != KeyNames.INNER && v > after && arrowLength(s, b, v, hi) > 0) {
      return value(engine, s, b, lo, hi, v, kind, false, false); // secret → Winter2014$
    }
    if (Text.startsWith(s, b, v, v, hi, OPTIONAL, false)) {
      return optional(engine, s, b, hi, v, kind); // resolved secret Optional[...]
    }
    if (quote > 0 && after > keyEnd && Text.startsWith(s, b, v, v, hi, "to ", false)
        && v + 3 < hi && Values.quoteAfter(s, b, v + 3, hi) > 0) {
      // Kotlin's mapOf("secret" to "..."): a pair
      return quotedValue(engine, s, b, hi, v + 3, Values.quoteAfter(s, b, v + 3, hi), kind);
    }
    if (Text.lower(c) == 'r' && keyEnd - start == 11 && v > after) {
      long pair = userAndSecret(engine, s, b, lo, hi, v);
      if (pair != Engine.NO_HIT) {
        return pair; // Using credentials bob / ..., Invalid credentials supplied: bob:...
      }
    }
    int next = Text.at(s, b, v);
    int operand = comparisonEnd(s, b, v, hi);
    if (operand > v) {
      // if (apikey == "..."), password !== '...': a quoted value only.
      int q = operand < hi ? Values.quoteAfter(s, b, operand, hi) : 0;
      return q == 0 ? Engine.NO_HIT : quotedValue(engine, s, b, hi, operand, q, kind);
    }
    if (isSeparatorAt(s, b, v, hi)) {
      // A separator: the pair is read from it, for a key that ends in a term; here only for a
      // key that holds one inside, or a quoted value after one glued to other letters.
      if (glued) {
        int w = skipSeparator(s, b, v, hi);
        int q = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
        return q == 0 ? Engine.NO_HIT : quotedValue(engine, s, b, hi, w, q, kind);
      }
      return kind == KeyNames.INNER || after > keyEnd + quote
          ? innerPair(engine, s, b, lo, hi, v, kind) : Engine.NO_HIT;
    }
    if (kind == KeyNames.INNER) {
      // Invalid awsBearerTokenBedrock 'ABSK...', secrete.assign("..."), fooapikeyfoo"...": a
      // quoted machine-made value only.
      int w = v == after && next == '(' ? v + 1 : v;
      int q = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
      if (w == after && !glued || q == 0) {
        return Engine.NO_HIT;
      }
      return quotedValue(engine, s, b, hi, w, q, kind);
    }
    if (keyStart < keyEnd && Text.at(s, b, keyStart) == '-' && v > after) {
      return flagValue(engine, s, b, hi, v, kind);
    }
    if (next == ',' && (quote > 0 && isCallArgument(s, b, lo, keyStart - quote)
        || quote == 0 && isConstantArgument(s, b, lo, keyStart))) {
      // setProperty("API_TOKEN", "..."), headers.add("Authorization", "Bearer ...")
      int w = v + 1;
      while (w < hi && Text.isSpace(Text.at(s, b, w))) {
        w++;
      }
      int q = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
      return q == 0 ? Engine.NO_HIT : quotedValue(engine, s, b, hi, w, q, kind);
    }
    if (v == after && (next == ',' || next == '(' || next == '|')) {
      // adafruitToken,q8Jd...  apiToken(q8Jd...)  token|q8Jd...: as assignments scanners read,
      // a machine-made value only.
      int w = v + 1;
      int q = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
      if (next == '(' && q == 0) {
        return Engine.NO_HIT; // refreshAccessToken(TokenService.java:204): a stack frame
      }
      int close = q > 0 ? Values.closingQuote(s, b, w, w + q, hi)
          : Values.unquotedEnd(s, b, lo, w, hi, false);
      return close > w + q && Shapes.looksMachineMade(s, b, w + q, close)
          && !Providers.isPlaceholder(s, b, w + q, close)
          ? plain(engine, s, b, w + q, close, hi, KeyNames.INNER, true, ruleByKind[kind])
          : Engine.NO_HIT;
    }
    if (v == after) {
      if (next == '/' && keyStart > lo && Text.at(s, b, keyStart - 1) == '/') {
        return pathSegment(engine, s, b, lo, hi, v + 1, kind);
      }
      return announced(engine, s, b, lo, hi, keyStart, after, kind);
    }
    if (Text.startsWith(s, b, v, v, hi, "from ", true)) {
      long changed = changedFromTo(engine, s, b, lo, hi, v + 5, kind);
      if (changed != Engine.NO_HIT) {
        return changed;
      }
    }
    int linked = linkingWord(s, b, v, hi);
    if (linked > v) {
      // the password is hunter22!, the api key is q8Jd...: a machine-made word after is or was.
      int lq = Values.quoteAfter(s, b, linked, hi);
      int word;
      if (lq > 0) {
        word = Values.closingQuote(s, b, linked, linked + lq, hi); // is '${vault:...}'
        linked += lq;
      } else {
        word = Values.unquotedEnd(s, b, lo, linked, hi, false);
        while (word > linked + 1 && isSentenceEnd(Text.at(s, b, word - 1))) {
          word--;
        }
      }
      // After "elastic = " the pair is read already: an = in the value is the password's.
      boolean assigned = lq == 0 && Text.at(s, b, linked - 2) == '=';
      if (likelySecret(s, b, linked, word, kind) && (assigned || !holdsPair(s, b, linked, word))) {
        return plain(engine, s, b, linked, word, hi, KeyNames.PASSWORD, true, ruleByKind[kind]);
      }
      return announced(engine, s, b, lo, hi, keyStart, after, kind);
    }
    int q = Values.quoteAfter(s, b, v, hi);
    if (q > 0) {
      // Invalid clientSecret 'xyz', password "abc" rejected; not token 'uuid' not found, which
      // names a request more often than a credential.
      if (kind == KeyNames.TOKEN && Providers.isUuid(s, b, v + q, Values.closingQuote(s, b, v,
          v + q, hi))) {
        return Engine.NO_HIT;
      }
      return quotedValue(engine, s, b, hi, v, q, kind);
    }
    // credential xyz was rejected, token 4f9a... expired: a machine-made word right after.
    int end2 = Values.unquotedEnd(s, b, lo, v, hi, false);
    if (end2 < hi && (Text.at(s, b, end2) == '=' || Text.at(s, b, end2) == ':')) {
      return Engine.NO_HIT;
    }
    while (end2 > v + 1 && isSentenceEnd(Text.at(s, b, end2 - 1))) {
      end2--; // "... with password hunter2." ends a sentence
    }
    if (holdsPair(s, b, v, end2)) {
      return Engine.NO_HIT; // the next pair: password=$DB_PASSWORD token=<your-token>
    }
    // A UUID after a bare sensitive word names a credential as often as it is one; after a
    // qualified one (hec token, api key) it is one.
    boolean uuid = Providers.isUuid(s, b, v, end2) && keyEnd - keyStart == end - start
        && Text.lower(c) != 'i' && !qualified(s, b, lo, keyStart) && !named;
    if (!uuid && likelySecret(s, b, v, end2, kind)) {
      // A token of a known format is that rule's, which keeps its prefix; one that is only a
      // part of the value leaves the whole value to the key, or the rest would stay in clear.
      long known = engine.firstIn(s, b, v, lo, end2);
      return known != Engine.NO_HIT && Engine.end(known) == end2
          && isTokenPrefix(s, b, v, Engine.start(known)) ? known
          : plain(engine, s, b, v, end2, hi, kind == KeyNames.PASSWORD ? kind : KeyNames.INNER,
              true, ruleByKind[kind]);
    }
    return announced(engine, s, b, lo, hi, keyStart, after, kind);
  }

  /**
   * The value PostgreSQL quotes for a column in a constraint's detail,
   * {@code Key (api_key)=(q8Jd...) already exists}, whose {@code =} is at {@code eq}: masked
   * when the column names a secret (a bare {@code key} when the value looks machine-made).
   */
  private long tupleValue(Engine engine, CharSequence s, byte[] b, int lo, int hi, int eq) {
    int close = eq - 1;
    int open = close;
    while (open > lo && close - open <= MAX_KEY && Text.in(Text.KEY, Text.at(s, b, open - 1))) {
      open--;
    }
    if (open == close || open == lo || Text.at(s, b, open - 1) != '(') {
      return Engine.NO_HIT;
    }
    int kind = names.classify(s, b, open, close);
    if (kind == KeyNames.KEY) {
      kind = KeyNames.INNER;
    }
    if (kind == KeyNames.NONE || kind == KeyNames.VALUE || ruleByKind[kind] < 0) {
      return Engine.NO_HIT;
    }
    int start = eq + 2;
    int limit = Text.advance(s, b, start, hi, Values.MAX_UNQUOTED);
    int end = start;
    while (end < limit && !(Text.at(s, b, end) == ')'
        && (end + 1 == hi || Text.at(s, b, end + 1) <= ' ' || Text.at(s, b, end + 1) == '.'))) {
      end++;
    }
    if (end >= limit) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, start, end, hi, kind, kind != KeyNames.TOKEN, ruleByKind[kind]);
  }

  /** How Java prints a present {@link java.util.Optional}: {@code Optional[value]}. */
  private static final String OPTIONAL = "Optional[";

  /** The value inside {@code Optional[...]} at {@code v}, when it looks like a credential. */
  private long optional(Engine engine, CharSequence s, byte[] b, int hi, int v, int kind) {
    int start = v + OPTIONAL.length();
    int end = valueEnd(s, b, start, hi, ']');
    if (end >= hi || Text.at(s, b, end) != ']'
        || !likelySecret(s, b, start, end, kind == KeyNames.PASSWORD ? kind : KeyNames.TOKEN)) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, start, end, hi, kind == KeyNames.PASSWORD ? kind : KeyNames.INNER,
        true, ruleByKind[kind]);
  }

  /**
   * The secret of a user and secret pair after "credentials" ({@code credentials bob / ...},
   * {@code credentials supplied: bob:...}), from {@code v}: masked when it looks like one.
   */
  private long userAndSecret(Engine engine, CharSequence s, byte[] b, int lo, int hi, int v) {
    int k = v;
    int word = k;
    while (word < hi && word - k < 16 && Text.at(s, b, word) >= 'a' && Text.at(s, b, word) <= 'z') {
      word++;
    }
    if (word < hi && Text.at(s, b, word) == ':') {
      k = word + 1; // supplied:
      while (k < hi && Text.at(s, b, k) == ' ') {
        k++;
      }
    }
    int user = k;
    while (k < hi && k - user < 64 && (Text.in(Text.KEY, Text.at(s, b, k))
        || Text.at(s, b, k) == '@')) {
      k++;
    }
    if (k == user) {
      return Engine.NO_HIT;
    }
    int start;
    if (k < hi && Text.at(s, b, k) == ':') {
      start = k + 1;
    } else if (Text.startsWith(s, b, k, k, hi, " / ", false)) {
      start = k + 3;
    } else {
      return Engine.NO_HIT;
    }
    int end = start;
    while (end < hi && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != '"') {
      end++;
    }
    while (end > start + 1 && (Text.at(s, b, end - 1) == '.' || Text.at(s, b, end - 1) == ',')) {
      end--; // the sentence's end; a generated password's ! or : is its own
    }
    if (!likelySecret(s, b, start, end, KeyNames.PASSWORD)
        || engine.firstIn(s, b, user, lo, end) != Engine.NO_HIT) {
      return Engine.NO_HIT; // a known format's (a Twilio SID and its token) is its rule's
    }
    return plain(engine, s, b, start, end, hi, KeyNames.PASSWORD, true,
        ruleByKind[KeyNames.PASSWORD]);
  }

  /**
   * The old value of {@code changed password from <old> to <new>}, from {@code start}, with the
   * new one kept beside it: both masked when they look like credentials.
   */
  private long changedFromTo(Engine engine, CharSequence s, byte[] b, int lo, int hi, int start,
      int kind) {
    int end = Values.unquotedEnd(s, b, lo, start, hi, false);
    if (!Text.startsWith(s, b, end, start, hi, " to ", true)) {
      return Engine.NO_HIT;
    }
    int next = end + 4;
    int nextEnd = Values.unquotedEnd(s, b, lo, next, hi, false);
    while (nextEnd > next + 1 && isSentenceEnd(Text.at(s, b, nextEnd - 1))) {
      nextEnd--;
    }
    if (!likelySecret(s, b, start, end, kind) || !likelySecret(s, b, next, nextEnd, kind)) {
      return Engine.NO_HIT;
    }
    long old = plain(engine, s, b, start, end, hi, KeyNames.PASSWORD, true, ruleByKind[kind]);
    long changed = plain(engine, s, b, next, nextEnd, hi, KeyNames.PASSWORD, true,
        ruleByKind[kind]);
    if (old == Engine.NO_HIT) {
      return changed;
    }
    if (changed != Engine.NO_HIT) {
      engine.defer(s, b, changed);
    }
    return old;
  }

  /** Whether a word after a sensitive one in prose looks like the credential it names. */
  private static boolean likelySecret(CharSequence s, byte[] b, int start, int end, int kind) {
    return end > start && (Shapes.looksMachineMade(s, b, start, end)
        || kind == KeyNames.PASSWORD && looksLikePassword(s, b, start, end))
        && !Values.isPlaceholder(s, b, start, end) && !Providers.isPlaceholder(s, b, start, end);
  }

  /**
   * Whether the word {@code [start, end)} holds a {@code name=} pair, the next pair rather than a
   * value ({@code token=<your-token>}): an {@code =} after a name's character, not base64's
   * padding at the end, not one of {@code ==}.
   */
  private static boolean holdsPair(CharSequence s, byte[] b, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (Text.at(s, b, k) != '=') {
        continue;
      }
      int next = k + 1 < end ? Text.at(s, b, k + 1) : -1;
      if (next == '=' || Text.at(s, b, k - 1) == '=') {
        continue;
      }
      if (next == -1 && k - start >= 16 || !Text.in(Text.KEY, Text.at(s, b, k - 1))) {
        continue; // padding, or no name before it
      }
      return true;
    }
    return Text.at(s, b, start) == '=';
  }

  /**
   * Whether {@code [from, to)}, before a token in a value, can be the prefix that its rule keeps
   * ({@code ghp_}, {@code access_token$production$}): not when a list separator shows two values.
   */
  private static boolean isTokenPrefix(CharSequence s, byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      int c = Text.at(s, b, k);
      if (c == ',' || c == ';' || c == '|' || c == '&') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the word after the words linking a key to its value at {@code v} starts, or
   * {@code v}: {@code is}, {@code was}, {@code is now}, {@code was set to}, {@code reset to},
   * {@code for bob is} (one word between), and {@code elastic =} (a user's name and an equals
   * sign, as Elasticsearch prints the passwords it sets).
   */
  private static int linkingWord(CharSequence s, byte[] b, int v, int hi) {
    int k = v;
    if (Text.startsWith(s, b, k, v, hi, "for ", true)) {
      // for bob is, for user reporting is now: one or two words name whose it is
      int name = k + 4;
      int limit = Text.advance(s, b, name, hi, 64);
      for (int words = 0; words < 2; words++) {
        while (name < limit && Text.at(s, b, name) > ' ') {
          name++;
        }
        k = name + 1;
        if (k >= hi || Text.at(s, b, name) != ' ') {
          return v;
        }
        if (Text.startsWith(s, b, k, v, hi, "is ", true)
            || Text.startsWith(s, b, k, v, hi, "was ", true)) {
          break;
        }
        if (words == 1) {
          return v;
        }
        name = k;
      }
    }
    int length = Text.startsWith(s, b, k, v, hi, "is ", true) ? 3
        : Text.startsWith(s, b, k, v, hi, "was ", true) ? 4 : 0;
    k += length;
    if (length > 0 && Text.startsWith(s, b, k, v, hi, "now ", true)) {
      k += 4;
    }
    int to = k;
    for (String verb : RESET_TO) {
      if (Text.startsWith(s, b, k, v, hi, verb, true)) {
        to = k + verb.length();
        break;
      }
    }
    if (length == 0 && to == k) {
      int name = Text.run(s, b, k, hi, Text.BASE64URL, 32);
      // Not a typed declaration's type: var apiToken string = "..." is read from its "=".
      if (name > k && Text.isLetter(Text.at(s, b, k))
          && Text.startsWith(s, b, name, v, hi, " = ", false)) {
        return name + 3 < hi && Text.at(s, b, name + 3) > ' '
            && Values.quoteAfter(s, b, name + 3, hi) == 0 ? name + 3 : v;
      }
      return v;
    }
    k = to;
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    return k < hi && Text.at(s, b, k) > ' ' ? k : v;
  }

  /** Verbs that set a credential, before its new value. */
  private static final String[] RESET_TO = {"set to ", "reset to ", "changed to ",
      "updated to ", "with value "};

  /**
   * A URL path segment after a sensitive one ({@code /reset-password/8f3a...},
   * {@code /token/q8Jd...}) when it looks machine-made.
   */
  private long pathSegment(Engine engine, CharSequence s, byte[] b, int lo, int hi, int start,
      int kind) {
    int end = start;
    int limit = Text.advance(s, b, start, hi, 512);
    while (end < limit) {
      int c = Text.at(s, b, end);
      if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '&'
          || c == ';' || c == '\\') {
        break;
      }
      end++;
    }
    if (!Shapes.looksMachineMade(s, b, start, end) || inSecretStorePath(s, b, lo, start)) {
      return Engine.NO_HIT;
    }
    long known = engine.firstIn(s, b, start, lo, end);
    return known != Engine.NO_HIT ? known
        : plain(engine, s, b, start, end, hi, KeyNames.INNER, true, ruleByKind[kind]);
  }

  /**
   * Whether a path segment lies under {@code /secrets/} (Azure Key Vault, Vault, GCP Secret
   * Manager), where the segments name a secret and its version rather than hold it.
   */
  private static boolean inSecretStorePath(CharSequence s, byte[] b, int lo, int start) {
    for (int k = start - 1; k >= lo && start - k < 256; k--) {
      int c = Text.at(s, b, k);
      if (c <= ' ' || c == '"' || c == '\'' || c == '=') {
        return false;
      }
      if (c == '/' && Text.startsWith(s, b, k, lo, start, "/secrets/", true)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSentenceEnd(int c) {
    // Not ! or ?, which end passwords as often as sentences: the mask rather runs further.
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')';
  }

  /**
   * After the word password: a word of 6 or more characters with a letter and a digit or a
   * symbol, as a password is and "expired" or "reset" are not.
   */
  private static boolean looksLikePassword(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 6) {
      return false;
    }
    boolean letter = false;
    boolean other = false;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c >= 128) {
        return false;
      }
      letter |= Text.isLetter(c);
      other |= !Text.isLetter(c);
    }
    return letter && other;
  }

  /** Whether {@code [start, end)} is an e-mail address: a name, {@code @}, a dotted domain. */
  private static boolean isEmail(CharSequence s, byte[] b, int start, int end) {
    int at = Text.indexOf(s, b, start, end, "@");
    return at > start && Text.indexOf(s, b, at, end, ".") > at + 1
        && Text.run(s, b, at + 1, end, DOMAIN, end - at) == end;
  }

  private static final long[] DOMAIN = Text.set("0-9A-Za-z.\\-");

  /**
   * The value of a command-line flag after a blank ({@code --password ^6WV'y"a!}): up to the
   * next blank, quotes included, since a shell word may join quoted and unquoted parts.
   */
  private long flagValue(Engine engine, CharSequence s, byte[] b, int hi, int v, int kind) {
    if (Text.startsWith(s, b, v, v, hi, "<<< ", false)) {
      v += 4; // gh auth login --with-token <<< ...: a here-string
    }
    int quote = Text.at(s, b, v) == '\'' || Text.at(s, b, v) == '"' ? Text.at(s, b, v) : 0;
    int end = shellWordEnd(s, b, v, hi);
    int start = v;
    if (quote != 0 && end - 1 > v && Text.at(s, b, end - 1) == quote) {
      start = v + 1;
      end--;
    }
    if (end <= start || kind == KeyNames.TOKEN && !Shapes.looksRandom(s, b, start, end)
        || end - 1 > start && Text.at(s, b, end - 1) == ','
        && Values.isPlaceholder(s, b, start, end - 1)) {
      return Engine.NO_HIT; // [..., --api-key <your-api-key>, --debug]
    }
    if (quote == 0 && end - 1 > start && Text.at(s, b, end - 1) == ':'
        && Text.run(s, b, start, end, LETTERS, end - start) == end - 1) {
      return Engine.NO_HIT; // a label: Property: --token Value: "..."
    }
    long hit = plain(engine, s, b, start, end, hi, KeyNames.PASSWORD, true, ruleByKind[kind]);
    if (hit != Engine.NO_HIT && quote == 0 && Engine.end(hit) == end) {
      // A word longer than the bound (an AWS session token) is masked to its end.
      int full = end;
      while (full < hi && Text.at(s, b, full) > ' ') {
        full++;
      }
      return Engine.hit(Engine.start(hit), full, Engine.rule(hit));
    }
    return hit;
  }

  /**
   * The argument after a flag in a printed argument list ({@code [--token, ZH*P.U2, --region]}):
   * up to the next {@code ", "} or the list's closing bracket, within 256 characters.
   */
  private long listedValue(Engine engine, CharSequence s, byte[] b, int hi, int v, int kind) {
    int limit = Text.advance(s, b, v, hi, 256);
    int end = v;
    while (end < limit && !Text.isLineEnd(Text.at(s, b, end))
        && !(Text.at(s, b, end) == ',' && end + 1 < hi && Text.at(s, b, end + 1) == ' ')
        && !(Text.at(s, b, end) == ']' && (end + 1 == hi || !Text.in(Text.ALNUM,
            Text.at(s, b, end + 1))))) {
      end++;
    }
    if (end <= v) {
      return Engine.NO_HIT; // the list's element after a flag is its value, however it looks
    }
    return plain(engine, s, b, v, end, hi, KeyNames.PASSWORD, true, ruleByKind[kind]);
  }

  /** The end of a shell word: the next blank outside quotes, within 256 characters. */
  static int shellWordEnd(CharSequence s, byte[] b, int v, int hi) {
    int quote = 0;
    int k = v;
    // 256 characters at most, counted as Text.advance counts them, without reading ahead.
    int units = 0;
    int previous = 0;
    for (; k < hi; k++) {
      int c = Text.at(s, b, k);
      units += c < 128 || previous < 128 ? 1 : 0;
      previous = c;
      if (units > 256 || Text.isLineEnd(c)) {
        break;
      }
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c <= ' ') {
        break;
      }
    }
    return k;
  }

  /** Words that, before token, key or secret, make it the name of one kind of credential. */
  private static final String[] QUALIFIERS = {"hec", "api", "access", "auth", "bearer",
      "session", "refresh", "splunk", "client", "app", "service", "bot", "personal"};

  /** Whether one of {@link #QUALIFIERS} stands as the word before {@code keyStart}. */
  private static boolean qualified(CharSequence s, byte[] b, int lo, int keyStart) {
    if (keyStart - 2 < lo || Text.at(s, b, keyStart - 1) != ' ') {
      return false;
    }
    for (String word : QUALIFIERS) {
      int at = keyStart - 1 - word.length();
      if (Text.startsWith(s, b, at, lo, keyStart, word, true)
          && (at == lo || !Text.isLetter(Text.at(s, b, at - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the operand after a comparison at {@code v} starts ({@code ==}, {@code ===},
   * {@code !=} or {@code !==}, then blanks), or {@code v} when there is none.
   */
  private static int comparisonEnd(CharSequence s, byte[] b, int v, int hi) {
    int k = v < hi && Text.at(s, b, v) == '!' ? v + 1 : v;
    int equals = 0;
    while (k < hi && Text.at(s, b, k) == '=' && equals < 3) {
      k++;
      equals++;
    }
    if (equals == 0 || equals == 1 && k == v + 1 || k < hi && Text.at(s, b, k) == '=') {
      return v;
    }
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    return k;
  }

  /**
   * A flag of one dash whose name ends in {@code pass} ({@code -storepass}, {@code -srckeypass}),
   * from the end of its name at {@code nameEnd}: read as {@link #flag} reads one of two dashes.
   */
  private long singleDashFlag(Engine engine, CharSequence s, byte[] b, int lo, int hi,
      int nameEnd) {
    int nameStart = nameEnd;
    while (nameStart > lo && nameEnd - nameStart < MAX_FLAG
        && Text.isLetter(Text.at(s, b, nameStart - 1))) {
      nameStart--;
    }
    int dash = nameStart - 1;
    if (dash < lo || Text.at(s, b, dash) != '-'
        || dash > lo && !isFlagStart(Text.at(s, b, dash - 1))) {
      return Engine.NO_HIT; // not a flag, or one of two dashes, which its "--" anchor reads
    }
    return flag(engine, s, b, lo, hi, nameStart);
  }

  /**
   * Whether the flag whose name starts at {@code nameStart} opens a list or follows a comma in
   * one ({@code [--token, ...}, {@code [pg_dump, --password, ...}), not prose
   * ({@code use --password, then}).
   */
  private static boolean inList(CharSequence s, byte[] b, int lo, int nameStart) {
    int dash = nameStart;
    while (dash > lo && nameStart - dash < 2 && Text.at(s, b, dash - 1) == '-') {
      dash--;
    }
    return dash > lo && (Text.at(s, b, dash - 1) == '['
        || dash - 1 > lo && Text.at(s, b, dash - 1) == ' ' && Text.at(s, b, dash - 2) == ',');
  }

  /** What may stand before a flag's dash: a blank, a quote, an argument list's bracket. */
  private static boolean isFlagStart(int c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '[' || c == ',';
  }

  /**
   * A flag whose name, from {@code nameStart} after its dashes, ends in a term, and its value
   * after a blank ({@code --routing-key ...}) or, in a printed argument list, after a comma
   * ({@code [pg_dump, --password, ...]}). A name and an {@code =} are read from the {@code =}.
   */
  private long flag(Engine engine, CharSequence s, byte[] b, int lo, int hi, int nameStart) {
    int nameEnd = nameStart;
    while (nameEnd < hi && nameEnd - nameStart < MAX_FLAG && Text.in(Text.KEY, Text.at(s, b,
        nameEnd))) {
      nameEnd++;
    }
    boolean listed = nameEnd + 2 < hi && Text.at(s, b, nameEnd) == ','
        && Text.at(s, b, nameEnd + 1) == ' ' && inList(s, b, lo, nameStart);
    if (nameEnd - nameStart < 3 || nameEnd + 1 >= hi
        || Text.at(s, b, nameEnd) != ' ' && !listed
        || !names.mayEndInTerm(s, b, nameStart, nameEnd)) {
      return Engine.NO_HIT;
    }
    int kind = names.classify(s, b, nameStart, nameEnd, false);
    int v = listed ? nameEnd + 2 : nameEnd + 1;
    int first = Text.at(s, b, v);
    if (listed) {
      return !isValueKind(kind) || first == '-' ? Engine.NO_HIT
          : listedValue(engine, s, b, hi, v, kind);
    }

    // --token = "...", --token <- "...": an assignment, read from its operator.
    if (!isValueKind(kind) || first == '-' || first == '<' && !Text.startsWith(s, b, v, v, hi,
        "<<< ", false) || Text.isSpace(first)
        || isSeparatorAt(s, b, v, hi)) {
      return Engine.NO_HIT;
    }
    return flagValue(engine, s, b, hi, v, kind);
  }

  /**
   * A quoted machine-made value after a key whose name ends in a term and a blank, as
   * exception messages print them ({@code Invalid railsMasterKey '...'}), from the quote at
   * {@code i}. A key holding a sensitive word is read from that word.
   */
  private long quotedAfterKey(Engine engine, CharSequence s, byte[] b, int lo, int hi, int i) {
    int keyEnd = i - 1;
    if (!names.mayEndInTerm(s, b, lo, keyEnd)) {
      return Engine.NO_HIT;
    }
    int keyStart = keyStart(s, b, lo, keyEnd);
    int kind = names.classify(s, b, keyStart, keyEnd, false);
    int q = Values.quoteAfter(s, b, i, hi);
    if (kind == KeyNames.KEY && q > 0 && ruleByKind[KeyNames.KEY] >= 0
        && keyEnd - keyStart == 3) {
      // with key "vhTVliJGp6u06oWiqkQF...": a bare key word, and key material in quotes: 32 or
      // more characters of base64 with both cases and digits, not a hash in hex.
      int close = Values.closingQuote(s, b, i, i + q, hi);
      return close < hi && isKeyMaterial(s, b, i + q, close)
          ? quotedValue(engine, s, b, hi, i, q, kind) : Engine.NO_HIT;
    }
    if (!isValueKind(kind) || q == 0) {
      return Engine.NO_HIT;
    }
    // Invalid token 'uuid' names a request more often than a credential; a vendor's key does not.
    boolean generic = keyEnd - keyStart == 5
        && Text.startsWith(s, b, keyStart, keyStart, keyEnd, "token", true);
    int close = Values.closingQuote(s, b, i, i + q, hi);
    if (close >= hi || !Shapes.looksMachineMade(s, b, i + q, close)
        || generic && Providers.isUuid(s, b, i + q, close)) {
      return Engine.NO_HIT;
    }
    return quotedValue(engine, s, b, hi, i, q, kind);
  }

  private static final long[] KEY_MATERIAL = Text.set("0-9A-Za-z+/=_\\-");

  /** 32 to 512 characters of base64 or base64url holding upper and lower case and digits. */
  private static boolean isKeyMaterial(CharSequence s, byte[] b, int start, int end) {
    if (end - start < 32 || end - start > 512
        || Text.run(s, b, start, end, KEY_MATERIAL, end - start) != end) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= Text.isDigit(c);
    }
    return upper && lower && digit;
  }

  /**
   * A quoted value, from its quote at {@code i}, passed to a key or to a method comparing it
   * with a key: {@code apiKey.equals("...")} for any value, {@code routingKey("...")} and
   * {@code setRoutingKey("...")} for a machine-made one ({@code getSecret("prod/db")} names one);
   * else the argument after it, when this one names the key.
   */
  private long argument(Engine engine, CharSequence s, byte[] b, int lo, int hi, int i) {
    int keyEnd = i - 1;
    boolean compared = false;
    for (String method : COMPARING) {
      if (Text.startsWith(s, b, keyEnd - method.length(), lo, keyEnd, method, false)) {
        keyEnd -= method.length();
        compared = true;
        break;
      }
    }
    int q = Values.quoteAfter(s, b, i, hi);
    if (q == 0) {
      return Engine.NO_HIT;
    }
    int kind = names.mayEndInTerm(s, b, lo, keyEnd)
        ? names.classify(s, b, keyStart(s, b, lo, keyEnd), keyEnd, false) : KeyNames.NONE;
    if (kind == KeyNames.AUTHORIZATION
        && Text.startsWith(s, b, keyEnd - 14, lo, keyEnd, "Authentication", false)) {
      kind = KeyNames.PASSWORD; // new PasswordAuthentication("user", "...".toCharArray())
    }
    if (!isValueKind(kind)) {
      return compared ? Engine.NO_HIT : namedArgument(engine, s, b, hi, i, q);
    }
    int close = Values.closingQuote(s, b, i, i + q, hi);
    if (close >= hi) {
      return Engine.NO_HIT;
    }
    if (engine.isMasked(s, b, i + q, hi)) {
      return Engine.NO_HIT; // a first pass took the first argument: the second stays its call's
    }
    int second = compared || isLookup(s, b, lo, keyEnd) ? -1 : secondArgument(s, b, close + q, hi);
    if (second >= 0) {
      // withCredentials("svc-deploy", "..."), UsernamePasswordCredentials("bob", "..."): a name,
      // then the secret.
      return quotedValue(engine, s, b, hi, second, Values.quoteAfter(s, b, second, hi), kind);
    }
    if (!compared && !Shapes.looksMachineMade(s, b, i + q, close)) {
      return Engine.NO_HIT;
    }
    return quotedValue(engine, s, b, hi, i, q, kind);
  }

  /** Verbs of methods that look a credential up by its name rather than take it. */
  private static final String[] LOOKUPS = {"get", "find", "load", "fetch", "read", "lookup",
      "resolve", "has", "is", "remove", "delete", "describe", "list"};

  /** Whether the method whose name ends at {@code keyEnd} starts with one of {@link #LOOKUPS}. */
  private static boolean isLookup(CharSequence s, byte[] b, int lo, int keyEnd) {
    int start = keyEnd;
    while (start > lo && keyEnd - start < MAX_KEY && Text.isLetter(Text.at(s, b, start - 1))) {
      start--;
    }
    for (String verb : LOOKUPS) {
      if (Text.startsWith(s, b, start, start, keyEnd, verb, false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a second quoted argument starts after the first ends at {@code k} ({@code , "..."}),
   * when it is the last one ({@code )} after it), or -1.
   */
  private static int secondArgument(CharSequence s, byte[] b, int k, int hi) {
    int w = k;
    while (w < hi && Text.isSpace(Text.at(s, b, w))) {
      w++;
    }
    if (w >= hi || Text.at(s, b, w) != ',') {
      return -1;
    }
    w++;
    while (w < hi && Text.isSpace(Text.at(s, b, w))) {
      w++;
    }
    int q = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
    if (q == 0) {
      return -1;
    }
    int close = Values.closingQuote(s, b, w, w + q, hi);
    int after = close + q;
    while (after < hi && Text.isSpace(Text.at(s, b, after))) {
      after++;
    }
    // The call ends, or the literal is converted first ("...".toCharArray()).
    return close < hi && after < hi && (Text.at(s, b, after) == ')'
        || Text.startsWith(s, b, after, after, hi, ".to", false)
        || Text.startsWith(s, b, after, after, hi, ".get", false)) ? w : -1;
  }

  /**
   * The second argument of a call whose first, quoted from {@code i}, names a key ending in a
   * term: {@code System.setProperty("RAILS_MASTER_KEY", "...")}, {@code put("routingKey", "...")}.
   */
  private long namedArgument(Engine engine, CharSequence s, byte[] b, int hi, int i, int q) {
    int nameEnd = Values.closingQuote(s, b, i, i + q, hi);
    if (nameEnd >= hi || nameEnd - i > MAX_FLAG || !names.mayEndInTerm(s, b, i + q, nameEnd)) {
      return Engine.NO_HIT;
    }
    int kind = names.classify(s, b, i + q, nameEnd, false);
    int w = nameEnd + q;
    while (w < hi && Text.isSpace(Text.at(s, b, w))) {
      w++;
    }
    if (!isValueKind(kind) || w >= hi || Text.at(s, b, w) != ',') {
      return Engine.NO_HIT;
    }
    w++;
    while (w < hi && Text.isSpace(Text.at(s, b, w))) {
      w++;
    }
    int valueQuote = w < hi ? Values.quoteAfter(s, b, w, hi) : 0;
    return valueQuote == 0 ? Engine.NO_HIT : quotedValue(engine, s, b, hi, w, valueQuote, kind);
  }

  /** Whether a key of {@code kind} holds a value that a rule in force masks. */
  private boolean isValueKind(int kind) {
    return kind != KeyNames.NONE && kind != KeyNames.KEY && kind != KeyNames.VALUE
        && ruleByKind[kind] >= 0;
  }

  /** After an index or a size right after a key ({@code [25]}, {@code []}), or {@code k}. */
  private static int indexEnd(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi || Text.at(s, b, k) != '[') {
      return k;
    }
    int j = k + 1;
    while (j < hi && j - k < 6 && Text.isDigit(Text.at(s, b, j))) {
      j++;
    }
    return j < hi && Text.at(s, b, j) == ']' ? j + 1 : k;
  }

  /** After the separator at {@code v} (see {@link #isSeparatorAt}) and the blanks after it. */
  private static int skipSeparator(CharSequence s, byte[] b, int v, int hi) {
    int c = Text.at(s, b, v);
    int next = v + 1 < hi ? Text.at(s, b, v + 1) : -1;
    int k = next == '>' || next == '=' && c != '=' || next == '-' ? v + 2 : v + 1;
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    return k;
  }

  /** Whether a key/value separator starts at {@code v}. */
  private static boolean isSeparatorAt(CharSequence s, byte[] b, int v, int hi) {
    int c = Text.at(s, b, v);
    int next = v + 1 < hi ? Text.at(s, b, v + 1) : -1;
    return c == '=' || c == ':' && next != '/' || (c == '-' || c == '<') && next == '>'
        || c == '<' && next == '-' || (c == '?' || c == '.') && next == '=';
  }

  /** Whether the quote at {@code quoteStart} opens a call's first argument: {@code f("}. */
  /**
   * Whether the unquoted key at {@code keyStart} is a constant passed first to a call, bare or
   * qualified: {@code env.put(Context.SECURITY_CREDENTIALS, "...")}.
   */
  private static boolean isConstantArgument(CharSequence s, byte[] b, int lo, int keyStart) {
    int k = keyStart;
    while (k > lo && keyStart - k < MAX_KEY && (Text.isLetter(Text.at(s, b, k - 1))
        || Text.at(s, b, k - 1) == '.' || Text.at(s, b, k - 1) == '_')) {
      k--;
    }
    // setProperty(API_TOKEN, "..."), or Capistrano's set :api_secret, '...' (a Ruby symbol)
    return k > lo && (Text.at(s, b, k - 1) == '('
        || Text.at(s, b, k - 1) == ':' && k == keyStart && k - 2 >= lo
        && Text.at(s, b, k - 2) == ' ');
  }

  private static boolean isCallArgument(CharSequence s, byte[] b, int lo, int quoteStart) {
    int k = quoteStart;
    while (k > lo && Text.isSpace(Text.at(s, b, k - 1))) {
      k--;
    }
    return k > lo && Text.at(s, b, k - 1) == '(';
  }

  /** The value after the separator at {@code v} of a key holding a sensitive word inside. */
  private long innerPair(Engine engine, CharSequence s, byte[] b, int lo, int hi, int v,
      int kind) {
    int c = Text.at(s, b, v);
    int next = v + 1 < hi ? Text.at(s, b, v + 1) : -1;
    int from = v + 1;
    if (next == '>' || next == '=' && c != '=' || next == '-') {
      from = v + 2;
    }
    boolean parameter = false;
    return value(engine, s, b, lo, hi, from, kind, false, parameter);
  }

  /** A quoted value whose quote, {@code q} characters long, starts at {@code v}. */
  private long quotedValue(Engine engine, CharSequence s, byte[] b, int hi, int v, int q,
      int kind) {
    int start = v + q;
    if (Values.startsPlaceholder(s, b, start, hi)) {
      return Engine.NO_HIT; // '#{systemEnvironment['API_KEY']}': its quotes are the template's
    }
    int end = kind == KeyNames.AUTHORIZATION ? Values.closingQuote(s, b, v, start, hi)
        : Values.valueQuoteEnd(s, b, v, start, hi);
    // Fewer than three units (a run of non-ASCII counts once, as in the byte form).
    if (end >= hi || Text.advance(s, b, start, end, 2) >= end || startsPem(s, b, start, hi)) {
      return Engine.NO_HIT;
    }
    int rule = ruleByKind[kind];
    if (kind == KeyNames.AUTHORIZATION) {
      return authorization(engine, s, b, start, end, true, 0, rule);
    }
    if (kind == KeyNames.TOKEN && (!Shapes.looksRandom(s, b, start, end)
        || isResourceName(s, b, start, end))) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, start, end, hi, kind, true, rule);
  }

  /**
   * {@code db-creds}, {@code my-app.prod}: lower-case words joined by {@code - . _}, as names of
   * Kubernetes secrets and other resources are written; a token has digits or mixed case in a
   * long run.
   */
  private static boolean isResourceName(CharSequence s, byte[] b, int start, int end) {
    int run = 0;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c >= 'a' && c <= 'z') {
        run++;
      } else if (Text.isDigit(c) && run < 6) {
        run++;
      } else if (c == '-' || c == '.' || c == '_' || c == '/') {
        run = 0;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Words that announce a credential made by software rather than chosen by a person. */
  private static final String[] GENERATED = {"generat", "temporar", "initial", "random",
      "one-time", "bootstrap", "enrollment", "default", "following", "reset"};

  /** How far after the sensitive word an announcement's colon may stand. */
  private static final int MAX_ANNOUNCEMENT = 160;

  /**
   * A credential announced at the end of the line after a colon, when the line says it was
   * generated ({@code A temporary password is generated for root@localhost: Xy7#k9...}).
   */
  private long announced(Engine engine, CharSequence s, byte[] b, int lo, int hi, int keyStart,
      int from, int kind) {
    int limit = Text.advance(s, b, from, hi, MAX_ANNOUNCEMENT);
    int colon = -1;
    int k = from;
    for (; k < limit; k++) {
      int c = Text.at(s, b, k);
      if (Text.isLineEnd(c) || c == '\\' && k + 1 < hi && Text.at(s, b, k + 1) == 'n'
          || engine.isMasked(s, b, k, hi)) {
        break; // a mask, as in announcedBelow, ends the look
      }
      if (c == ':' && (k + 1 >= hi || Text.at(s, b, k + 1) <= ' '
          || Text.at(s, b, k + 1) == '\\')) {
        colon = k;
      }
    }
    if (colon < 0) {
      return Engine.NO_HIT;
    }
    int v = colon + 1;
    while (v < hi && Text.isSpace(Text.at(s, b, v))) {
      v++;
    }
    int rule = ruleByKind[kind];
    if (v < k) {
      // On the same line: one machine-made word ends it, and the line says it was generated.
      int end = v;
      while (end < hi && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != '"'
          && !(Text.at(s, b, end) == '\\' && Values.isEscape(s, b, end + 1, hi))) {
        end++;
      }
      int rest = end;
      while (rest < hi && Text.isSpace(Text.at(s, b, rest))) {
        rest++;
      }
      boolean ends = rest >= hi || Text.isLineEnd(Text.at(s, b, rest))
          || Text.at(s, b, rest) == '"' || Text.at(s, b, rest) == '\\';
      // A generated password: random, or letters with digits or symbols; not an address.
      boolean password = kind == KeyNames.PASSWORD && end - v >= 8 && !isEmail(s, b, v, end)
          && (Shapes.looksRandom(s, b, v, end) || looksLikePassword(s, b, v, end));
      if (!ends || !mentionsGenerated(engine, s, b, Text.retreat(s, b, keyStart, lo, 60), colon)
          || !password && !Shapes.looksMachineMade(s, b, v, end)) {
        return Engine.NO_HIT;
      }
      // A secret between the word and the colon comes first: the scan goes on after the span.
      long between = engine.firstIn(s, b, from, lo, v);
      return between != Engine.NO_HIT ? between
          : plain(engine, s, b, v, end, hi, password ? KeyNames.PASSWORD : KeyNames.INNER, true,
              rule);
    }
    return Engine.NO_HIT;
  }

  /** Words that name a credential in a line that announces one on the line below. */
  private static final String[] ANNOUNCING = {"password", "passwd", "passphrase", "token",
      "secret", "credential", "api key", "apikey", "api_key"};

  /**
   * A credential announced on the line below one that names it and ends in a colon, the colon at
   * {@code colon} ({@code Please use the following password to proceed to installation:}), alone
   * on its line after at most one blank line, as Jenkins and Elasticsearch print theirs.
   */
  private long announcedBelow(Engine engine, CharSequence s, byte[] b, int lo, int hi,
      int colon) {
    int lineStart = colon;
    int farthest = Text.retreat(s, b, colon, lo, MAX_ANNOUNCEMENT);
    // A bound counted in characters would reach further once masks shortened the line: the
    // look back stops at a mask too, so that redacting twice finds no more.
    while (lineStart > farthest
        && !Text.isLineEnd(Text.at(s, b, lineStart - 1))
        && !(Text.at(s, b, lineStart - 1) == 'n' && lineStart - 2 >= lo
            && Text.at(s, b, lineStart - 2) == '\\')
        && !engine.endsMask(s, b, lineStart, lo)) {
      lineStart--;
    }
    int kind = KeyNames.NONE;
    for (int k = lineStart; k < colon && kind == KeyNames.NONE; k++) {
      for (String word : ANNOUNCING) {
        if (Text.startsWith(s, b, k, lineStart, colon, word, true)) {
          kind = word.startsWith("pass") ? KeyNames.PASSWORD : KeyNames.TOKEN;
          break;
        }
      }
    }
    if (kind == KeyNames.NONE || ruleByKind[kind] < 0) {
      return Engine.NO_HIT;
    }
    int rule = ruleByKind[kind];
    int v = colon + 1;
    while (v < hi && Text.isSpace(Text.at(s, b, v))) {
      v++; // Enter keystore password:  (a prompt's blanks)
    }
    int next = skipLineBreak(s, b, v, hi);
    if (next < 0) {
      return Engine.NO_HIT;
    }
    int blank = next;
    while (blank < hi && Text.isSpace(Text.at(s, b, blank))) {
      blank++;
    }
    int afterBlank = skipLineBreak(s, b, blank, hi);
    if (afterBlank >= 0) {
      next = afterBlank; // one blank line between, as Jenkins prints it
    }
    while (next < hi && Text.isSpace(Text.at(s, b, next))) {
      next++;
    }
    if (next < hi && Text.at(s, b, next) == '"') {
      // password:\n      "G10hR=8]_..." : a quoted value on the next line, as YAML allows
      int close = Values.closingQuote(s, b, next, next + 1, hi);
      int rest = close + 1;
      while (rest < hi && Text.isSpace(Text.at(s, b, rest))) {
        rest++;
      }
      return close < hi && Text.at(s, b, close) == '"' && close - next > 3
          && (rest >= hi || Text.isLineEnd(Text.at(s, b, rest)))
          ? plain(engine, s, b, next + 1, close, hi, KeyNames.PASSWORD, true, rule)
          : Engine.NO_HIT;
    }
    int end = next;
    while (end < hi && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != '"'
        && !(Text.at(s, b, end) == '\\' && Values.isEscape(s, b, end + 1, hi))) {
      end++;
    }
    int rest = end;
    while (rest < hi && Text.isSpace(Text.at(s, b, rest))) {
      rest++;
    }
    if (end == next || !(rest >= hi || Text.isLineEnd(Text.at(s, b, rest))
        || Text.at(s, b, rest) == '\\' || Text.at(s, b, rest) == '"')
        || !Shapes.looksMachineMade(s, b, next, end) && !(kind == KeyNames.PASSWORD
            && looksLikePassword(s, b, next, end) && !isEmail(s, b, next, end))) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, next, end, hi,
        kind == KeyNames.PASSWORD ? KeyNames.PASSWORD : KeyNames.INNER, true, rule);
  }

  /** The position after a line break at {@code k} (also a JSON-escaped one), or -1. */
  private static int skipLineBreak(CharSequence s, byte[] b, int k, int hi) {
    if (k >= hi) {
      return -1;
    }
    int c = Text.at(s, b, k);
    if (c == '\r') {
      return k + 1 < hi && Text.at(s, b, k + 1) == '\n' ? k + 2 : k + 1;
    }
    if (c == '\n') {
      return k + 1;
    }
    if (c == '\\' && k + 1 < hi && Text.at(s, b, k + 1) == 'r') {
      k += 2;
      c = k < hi ? Text.at(s, b, k) : -1;
    }
    return c == '\\' && k + 1 < hi && Text.at(s, b, k + 1) == 'n' ? k + 2 : -1;
  }

  private static boolean mentionsGenerated(Engine engine, CharSequence s, byte[] b, int from,
      int to) {
    for (int k = to - 1; k >= from; k--) {
      if (engine.endsMask(s, b, k + 1, from)) {
        return false; // the look back stops at a mask, as in announcedBelow
      }
      int c = Text.lower(Text.at(s, b, k));
      if (c == 'g' || c == 't' || c == 'i' || c == 'r' || c == 'o' || c == 'b' || c == 'e'
          || c == 'd' || c == 'f') {
        for (String word : GENERATED) {
          if (Text.startsWith(s, b, k, from, to, word, true)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A key ending before {@code separator}, and its value from {@code valueStart}. */
  private long pair(Engine engine, CharSequence s, byte[] b, int lo, int hi, int c,
      int separator, int valueStart) {
    int keyEnd = separator;
    while (keyEnd > lo && separator - keyEnd < 8 && Text.isSpace(Text.at(s, b, keyEnd - 1))) {
      keyEnd--;
    }
    int open = keyEnd - 2;
    while (open >= lo && keyEnd - open < 7 && Text.isDigit(Text.at(s, b, open))) {
      open--;
    }
    if (open >= lo && Text.at(s, b, keyEnd - 1) == ']' && Text.at(s, b, open) == '[') {
      keyEnd = open; // apikey[] = ..., char apiKey[33] = ...
      while (keyEnd > lo && separator - keyEnd < 10 && Text.isSpace(Text.at(s, b, keyEnd - 1))) {
        keyEnd--;
      }
    }
    boolean spaced = keyEnd < separator;
    if (spaced && keyEnd > lo && Text.at(s, b, keyEnd - 1) == ']') {
      keyEnd--; // env["API_KEY"] = ...
    }
    keyEnd -= Values.quoteBefore(s, b, lo, keyEnd);
    // The key's term ends at termEnd: before a qualifier (routingKey_previous), else at keyEnd.
    int termEnd = keyEnd;
    boolean vendor = false;
    if (!names.mayEndInTerm(s, b, lo, keyEnd)) {
      termEnd = KeyNames.withoutQualifier(s, b, lo, keyEnd);
      if (termEnd == keyEnd || !names.mayEndInTerm(s, b, lo, termEnd)) {
        int plainEnd = keyEnd;
        // var apiToken string = ..., apiToken: String = ...: the key stands before its type.
        keyEnd = spaced && c == '=' ? typedKeyEnd(s, b, lo, keyEnd) : -1;
        termEnd = keyEnd < 0 || names.mayEndInTerm(s, b, lo, keyEnd) ? keyEnd
            : KeyNames.withoutQualifier(s, b, lo, keyEnd); // reportAuthTokenMain: String =
        if (keyEnd < 0 || !names.mayEndInTerm(s, b, lo, termEnd)) {
          // datadog = '...', "mailgun": "...": a provider's name alone, before a quote
          vendor = KeyNames.isVendor(s, b, lo, plainEnd) && valueStart < hi
              && Values.quoteAfter(s, b, skipSpaces(s, b, valueStart, hi), hi) > 0;
          if (!vendor) {
            return Engine.NO_HIT;
          }
          keyEnd = plainEnd;
          termEnd = plainEnd;
        }
      }
    }
    int keyStart = keyStart(s, b, lo, keyEnd);
    if (c == ':' && keyEnd == separator
        && Text.startsWith(s, b, keyStart - 2, lo, keyStart, "${", false)) {
      // @Value("${app.api-token:q8Jd...}"): the default of a sensitive property is its secret.
      int named = names.classify(s, b, keyStart, termEnd);
      return isValueKind(named) ? placeholderDefault(engine, s, b, hi, keyStart - 2, named)
          : Engine.NO_HIT;
    }
    if (keyStart == keyEnd || c == ':' && keyStart > lo && (Text.at(s, b, keyStart - 1) == ':'
        || Text.at(s, b, keyStart - 1) == '=')
        && keyEnd == separator && valueStart < hi && Text.at(s, b, valueStart) > ' '
        || Text.startsWith(s, b, keyStart - 2, lo, keyStart, "${", false)
        || encodedPlaceholderBefore(s, b, lo, keyStart)
        || c == ':' && spaced && isLoggerName(s, b, keyStart, keyEnd)) {
      // Also a resource named by type and id in a value (target=secret:37228), and the logger
      // of a layout that aligns it before " : " (i.s.c.w.SecretResolver   : ...).
      // No key, a segment of a colon-separated name (arn:aws:secretsmanager:...:secret:x), or
      // the variable of a placeholder with a default (${SECRET:-}).
      return Engine.NO_HIT;
    }
    // A key right after a mask was glued to what the mask replaced: read it as a first pass did.
    int kind = names.classify(s, b, keyStart, termEnd, engine.endsMask(s, b, keyStart, lo));
    if (keyStart - 2 >= lo && Text.at(s, b, keyStart - 1) == ' '
        && Text.isLetter(Text.at(s, b, keyStart - 2)) && names.classifyOrExcluded(s, b,
            keyStart(s, b, lo, keyStart - 1), termEnd, false) == KeyNames.EXCLUDED) {
      return Engine.NO_HIT; // Next page token: ...
    }
    if ((kind == KeyNames.NONE || kind == KeyNames.KEY) && keyStart - 2 >= lo
        && Text.at(s, b, keyStart - 1) == ' ' && Text.isLetter(Text.at(s, b, keyStart - 2))) {
      // Two-word keys: "API key: ...", "Client Secret = ...".
      int twoWords = keyStart(s, b, lo, keyStart - 1);
      int longer = names.classify(s, b, twoWords, termEnd, engine.endsMask(s, b, twoWords, lo));
      if (longer == KeyNames.NONE) {
        longer = KeyNames.classifyCompoundKey(s, b, twoWords, termEnd); // Algolia key: ...
      }
      if (longer != KeyNames.NONE && longer != KeyNames.KEY) {
        keyStart = twoWords;
        kind = longer;
      }
    }
    if (kind == KeyNames.NONE) {
      kind = KeyNames.classifyCompoundKey(s, b, keyStart, termEnd); // ALGOLIA_KEY=...
      if (kind != KeyNames.NONE && holdsEncodedText(s, b, valueStart, hi)) {
        kind = KeyNames.NONE;
      }
    }
    if (kind == KeyNames.NONE && vendor) {
      kind = KeyNames.INNER;
    }
    boolean failureValue = false;
    if (kind == KeyNames.VALUE) {
      kind = namedKind(s, b, lo, keyStart - Values.quoteBefore(s, b, lo, keyStart));
      // Spring Boot's binding failure, read a line at a time: "    Value: ..." under a
      // "Property:" line out of sight; masked when it looks like a credential.
      failureValue = kind == KeyNames.NONE && c == ':' && isFailureValue(s, b, lo, keyStart);
      kind = failureValue ? KeyNames.PASSWORD : kind;
    }
    if (kind == KeyNames.NONE && ruleByKind[KeyNames.COOKIE] >= 0
        && names.classifyOrExcluded(s, b, keyStart, termEnd, false) == KeyNames.SESSION) {
      return sessionCookie(engine, s, b, hi, valueStart);
    }
    // A query or form parameter's value is always meant as one, however plain it looks.
    boolean parameter = c == '=' && keyStart > lo
        && (Text.at(s, b, keyStart - 1) == '?' || Text.at(s, b, keyStart - 1) == '&')
        || followsEncodedParameterStart(s, b, lo, keyStart, hi);
    // A bare code key outside a query string (code=..., "code":"...") names an error or a
    // status far more often than an OAuth code: only a value shaped like one is taken.
    boolean bareCode = kind == KeyNames.KEY && !parameter && termEnd - keyStart == 4
        && Text.startsWith(s, b, keyStart, keyStart, termEnd, "code", true);
    if (kind == KeyNames.NONE || ruleByKind[kind] < 0
        || kind == KeyNames.KEY && !parameter && !bareCode) {
      return Engine.NO_HIT;
    }
    // A "key: value" line (YAML, a header dump) holds one value, spaces and all.
    // A machine-made value holds no blank: it is read as a word (pusherKey: a4c9... and ...).
    boolean wholeLine = c == ':' && atLineStart(s, b, lo, keyStart) && !bareCode
        && kind != KeyNames.INNER;
    long hit = c == '3' && valueStart < hi && Values.quoteAfter(s, b, valueStart, hi) == 0
        ? encodedValue(engine, s, b, hi, valueStart, kind)
        : value(engine, s, b, lo, hi, valueStart, kind, wholeLine, parameter);
    if (failureValue && hit != Engine.NO_HIT
        && !likelySecret(s, b, Engine.start(hit), Engine.end(hit), KeyNames.PASSWORD)) {
      return Engine.NO_HIT; // Value: "30s", Value: "https://..."
    }
    if (hit != Engine.NO_HIT && Values.quoteBefore(s, b, lo, Engine.start(hit)) == 0
        && namesKey(s, b, Engine.start(hit), Engine.end(hit), keyStart, termEnd)) {
      // password=password, api_token: api_token: a variable of that name, as code passes it;
      // "password":"password" is a string, and masked.
      return Engine.NO_HIT;
    }
    return bareCode && hit != Engine.NO_HIT
        && !Shapes.looksLikeAuthorizationCode(s, b, Engine.start(hit), Engine.end(hit))
        ? Engine.NO_HIT : hit;
  }

  /**
   * Whether the key at {@code keyStart} is the {@code Value} of Spring Boot's failure analysis,
   * four blanks from the start of its line ({@code     Value: "..."}).
   */
  private static boolean isFailureValue(CharSequence s, byte[] b, int lo, int keyStart) {
    int indent = keyStart - 4;
    if (indent < lo || !Text.startsWith(s, b, keyStart, keyStart, keyStart + 5, "Value", false)
        || indent > lo && !Text.isLineEnd(Text.at(s, b, indent - 1))
        && !(indent - 2 >= lo && Text.at(s, b, indent - 2) == '\\'
            && Text.at(s, b, indent - 1) == 'n')) {
      return false;
    }
    for (int k = indent; k < keyStart; k++) {
      if (Text.at(s, b, k) != ' ') {
        return false;
      }
    }
    // With its "Property:" line in sight the property's name decided already.
    int limit = Math.max(lo, indent - MAX_TAG);
    return limit == indent
        || Text.indexOf(s, b, limit, indent, "    Property: ") < 0;
  }

  /**
   * Whether the value {@code [start, end)} is the key's name again, separators and case aside,
   * or its last part ({@code config.db_password = db_password}).
   */
  private static boolean namesKey(CharSequence s, byte[] b, int start, int end, int keyStart,
      int keyEnd) {
    int v = end;
    while (v > start && (Text.at(s, b, v - 1) == ',' || Text.at(s, b, v - 1) == ';')) {
      v--;
    }
    int k = keyEnd;
    while (v > start && k > keyStart) {
      int a = Text.at(s, b, v - 1);
      int c = Text.at(s, b, k - 1);
      if (KeyNames.isSeparator(a) && a != '.') {
        v--;
      } else if (KeyNames.isSeparator(c) && c != '.') {
        k--;
      } else if (Text.lower(a) == Text.lower(c) && a != '.') {
        v--;
        k--;
      } else {
        return false;
      }
    }
    return v == start && (k == keyStart || Text.at(s, b, k - 1) == '.');
  }

  /**
   * Whether the value at {@code from} is base64 of printable text, as a Kubernetes Secret's
   * {@code data} holds it ({@code tls.key: LS0tLS1CRUdJTi...}): the detectors that decode it
   * name its secret better than a key that only ends in "key".
   */
  private static boolean holdsEncodedText(CharSequence s, byte[] b, int from, int hi) {
    int k = skipSpaces(s, b, from, hi);
    if (k < hi && (Text.at(s, b, k) == '"' || Text.at(s, b, k) == '\'')) {
      k++;
    }
    int end = k;
    while (end < hi && end - k < MAX_ENCODED_TEXT
        && (Text.isLetter(Text.at(s, b, end)) || Text.isDigit(Text.at(s, b, end))
            || Text.at(s, b, end) == '+' || Text.at(s, b, end) == '/')) {
      end++;
    }
    return end - k >= 16 && Shapes.decodesToText(s, b, k, end - (end - k) % 4);
  }

  /**
   * Whether an encoded {@code ?} or {@code &} opens the key at {@code keyStart}, as in a URL
   * inside a query parameter ({@code return_to=%2Fexport%3Fkey%3D...}); the key read back may
   * start at the {@code 3F} of the escape.
   */
  private static boolean followsEncodedParameterStart(CharSequence s, byte[] b, int lo,
      int keyStart, int hi) {
    for (int at = keyStart - 3; at <= keyStart - 1; at += 2) {
      if (Text.startsWith(s, b, at, lo, hi, "%3F", true)
          || Text.startsWith(s, b, at, lo, hi, "%26", true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a placeholder's opening, URL-encoded, stands right before the key at
   * {@code keyStart} ({@code %24%7BSTRIPE_KEY%3A%7D}, where the key read back may start at the
   * {@code 7B} of the brace): the key is a variable's name and what follows its default.
   */
  private static boolean encodedPlaceholderBefore(CharSequence s, byte[] b, int lo,
      int keyStart) {
    return opensEncodedPlaceholder(s, b, lo, keyStart - 6)
        || opensEncodedPlaceholder(s, b, lo, keyStart - 4);
  }

  private static boolean opensEncodedPlaceholder(CharSequence s, byte[] b, int lo, int at) {
    return Text.startsWith(s, b, at, lo, at + 6, "%24%7B", true)
        || Text.startsWith(s, b, at, lo, at + 6, "%23%7B", true);
  }

  /**
   * The value of a {@code SESSION} or {@code sessionId} key when it is Spring Session's cookie,
   * a UUID in base64 (48 characters), quoted or not.
   */
  private long sessionCookie(Engine engine, CharSequence s, byte[] b, int hi, int from) {
    int v = from;
    while (v < hi && Text.isSpace(Text.at(s, b, v))) {
      v++;
    }
    int start = v < hi ? v + Values.quoteAfter(s, b, v, hi) : hi;
    if (start < hi && Text.at(s, b, start) == '[') {
      start++; // sessionId=[f7rK...]
    }
    int end = start + Shapes.BASE64_UUID_LENGTH;
    if (end <= hi && !(end < hi && Shapes.isBase64(Text.at(s, b, end)))
        && Shapes.isBase64Uuid(s, b, start)) {
      return engine.accept(s, b, start, end, ruleByKind[KeyNames.COOKIE]);
    }
    end = Text.run(s, b, start, hi, Text.BASE64URL, 256);
    return isSessionToken(s, b, start, end)
        ? engine.accept(s, b, start, end, ruleByKind[KeyNames.COOKIE]) : Engine.NO_HIT;
  }

  private static final long[] PUNCTUATION = Text.set(",;:{}[]()");

  /**
   * A session id as servlet containers and frameworks make them: 24 or more letters and digits
   * (Tomcat's 32 hex digits in capitals, base64url), with digits and letters both; not
   * ZooKeeper's {@code 0x14ede63a5a70002}, a number, or a word.
   */
  private static boolean isSessionToken(CharSequence s, byte[] b, int start, int end) {
    return end - start >= 24 && !Text.startsWith(s, b, start, start, end, "0x", true)
        && Text.hasLetterAndDigit(s, b, start, end) && Shapes.looksRandom(s, b, start, end);
  }

  /**
   * How Spring's binding errors quote a field's value:
   * {@code on field 'password': rejected value [...]}.
   */
  private static final String REJECTED = "rejected value [";

  /**
   * The value Spring's {@code FieldError} quotes from {@code start}, up to the {@code ]} before
   * {@code ; codes [} (a generated password may hold brackets), or the last {@code ]} of the
   * line within a bounded stretch.
   */
  private long rejectedValue(Engine engine, CharSequence s, byte[] b, int hi, int start,
      int kind) {
    int limit = Text.advance(s, b, start, hi, Values.MAX_UNQUOTED);
    int end = Text.indexOf(s, b, start, limit, "]; codes [");
    if (end < 0) {
      end = limit;
      while (end > start && Text.at(s, b, end - 1) != ']') {
        end--;
      }
      end = end > start ? end - 1 : -1;
    }
    if (end <= start || Values.isPlaceholder(s, b, start, end)) {
      return Engine.NO_HIT; // rejected value [null], [], [****]
    }
    return engine.accept(s, b, start, end, ruleByKind[kind]);
  }

  /**
   * Whether a lower-case word and another follow at {@code v}: a message about the value
   * ({@code must not be blank}, {@code passwords do not match}), not the value.
   */
  private static boolean isProse(CharSequence s, byte[] b, int v, int hi) {
    int word = Text.run(s, b, v, hi, LOWER_LETTERS, 24);
    return word > v + 1 && word + 1 < hi && Text.at(s, b, word) == ' '
        && Text.at(s, b, word + 1) >= 'a' && Text.at(s, b, word + 1) <= 'z';
  }

  private static final long[] LOWER_LETTERS = Text.set("a-z");

  /** Whether an Authorization scheme and a mask of ours or another's follow at {@code v}. */
  private static boolean startsMaskedCredentials(Engine engine, CharSequence s, byte[] b, int v,
      int hi) {
    int scheme = Text.run(s, b, v, hi, Text.ALNUM, 16);
    if (scheme == v || scheme + 1 >= hi || Text.at(s, b, scheme) != ' ') {
      return false;
    }
    boolean known = false;
    for (String word : SCHEMES) {
      known |= word.length() == scheme - v && Text.startsWith(s, b, v, v, scheme, word, true);
    }
    if (!known) {
      return false;
    }
    int mask = scheme + 1;
    int end = mask;
    while (end < hi && Text.at(s, b, end) > ' ' && Text.at(s, b, end) != ',') {
      end++;
    }
    return engine.isMasked(s, b, mask, hi) || end > mask && Values.isPlaceholder(s, b, mask, end);
  }

  /**
   * Whether the key {@code [start, end)} is a class's qualified name as a layout prints its
   * logger: lower-case packages, abbreviated or not, then a class name in camel case that names
   * no secret itself ({@code i.s.c.w.SecretResolver}, not {@code app.PassWord}).
   */
  private boolean isLoggerName(CharSequence s, byte[] b, int start, int end) {
    int dot = -1;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c == '.') {
        dot = k;
      } else if (dot < 0 && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    if (dot <= start || dot + 2 >= end || Text.at(s, b, dot + 1) < 'A'
        || Text.at(s, b, dot + 1) > 'Z' || !(Text.at(s, b, dot + 2) >= 'a'
            && Text.at(s, b, dot + 2) <= 'z')) {
      return false;
    }
    for (int k = dot + 1; k < end; k++) {
      if (!Text.isLetter(Text.at(s, b, k)) && !Text.isDigit(Text.at(s, b, k))) {
        return false; // partner.Secret_Key, not a class
      }
    }
    return names.classify(s, b, dot + 1, end) == KeyNames.NONE;
  }

  /**
   * Whether a type name stands at {@code v}, then what follows a type in a declaration: its
   * value after {@code =} (read from there) or the end of the declaration.
   */
  private static boolean declaresType(CharSequence s, byte[] b, int v, int hi) {
    int k = v;
    while (k < hi && k - v < 16 && Text.isLetter(Text.at(s, b, k))) {
      k++;
    }
    boolean type = false;
    for (String word : TYPE_WORDS) {
      type |= word.length() == k - v && Text.startsWith(s, b, v, v, k, word, true);
    }
    while (type && k < hi && (Text.isSpace(Text.at(s, b, k)) || Text.at(s, b, k) == '?')) {
      k++;
    }
    int c = type && k < hi ? Text.at(s, b, k) : -1;
    return c == ';' || c == ',' || c == ')' || c == '{' || c == '|'
        || c == '=' && !(k + 1 < hi && Text.at(s, b, k + 1) == '=');
  }

  /**
   * Where the key of a typed declaration ends when {@code keyEnd} ends its type
   * ({@code apiToken string}, {@code apiToken: String}), or -1.
   */
  private static int typedKeyEnd(CharSequence s, byte[] b, int lo, int keyEnd) {
    int k = keyEnd;
    while (k > lo && keyEnd - k < 16 && Text.isLetter(Text.at(s, b, k - 1))) {
      k--;
    }
    boolean type = false;
    for (String word : TYPE_WORDS) {
      type |= word.length() == keyEnd - k && Text.startsWith(s, b, k, lo, keyEnd, word, true);
    }
    while (type && k > lo && (Text.at(s, b, k - 1) == '&' || Text.at(s, b, k - 1) == '*'
        || Text.at(s, b, k - 1) == ']' || Text.at(s, b, k - 1) == '[')) {
      k--; // &str, *string, []byte
    }
    int end = k;
    while (end > lo && k - end < 4 && (Text.isSpace(Text.at(s, b, end - 1))
        || Text.at(s, b, end - 1) == ':')) {
      end--;
    }
    return type && end < k ? end : -1;
  }

  /**
   * The kind of the name a {@code value} key belongs to: the word or quoted string right before
   * it, across blanks, line breaks (also escaped ones), quotes, a comma or a closing tag; or
   * {@link KeyNames#NONE}.
   */
  private int namedKind(CharSequence s, byte[] b, int lo, int keyStart) {
    int k = keyStart;
    int limit = Math.max(lo, keyStart - MAX_NAME_GAP);
    boolean closingTag = false;
    while (k > limit) {
      int c = Text.at(s, b, k - 1);
      if (c <= ' ' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '\\' || c == '{'
          || c == ':') {
        k--;
      } else if ((c == 'n' || c == 't' || c == 'r') && k - 2 >= lo
          && Text.at(s, b, k - 2) == '\\') {
        k -= 2;
      } else if (c == '>' && !closingTag) {
        // <name>DB_PASSWORD</name><value>: skip the closing tag of the name.
        int tag = keyStart(s, b, lo, k - 1);
        if (tag - 2 < lo || Text.at(s, b, tag - 1) != '/' || Text.at(s, b, tag - 2) != '<') {
          return KeyNames.NONE;
        }
        k = tag - 2;
        closingTag = true;
      } else {
        break;
      }
    }
    int start = keyStart(s, b, lo, k);
    if (k - start == 12 && Text.startsWith(s, b, start, start, k, "SecureString", false)) {
      // AWS SSM: {"Name":"/prod/db_password","Type":"SecureString","Value":"..."}
      return KeyNames.PASSWORD;
    }
    if (start == k || !names.mayEndInTerm(s, b, start, k)) {
      return KeyNames.NONE;
    }
    int kind = names.classify(s, b, start, k);
    return kind == KeyNames.VALUE || kind == KeyNames.KEY ? KeyNames.NONE : kind;
  }

  // ---------------------------------------------------------------------------------------------
  // XML.

  /**
   * The text of an element whose start tag's name ends at {@code nameEnd} and is opened by
   * {@code open} ({@code <}, {@code &lt;} or {@code \u003c}), from {@code content} on.
   */
  private long element(Engine engine, CharSequence s, byte[] b, int lo, int hi, int nameEnd,
      int content, String open) {
    boolean elementOnly = namesSecretAsElement(s, b, lo, nameEnd);
    if (!elementOnly && !names.mayEndInTerm(s, b, lo, nameEnd)) {
      return Engine.NO_HIT;
    }
    // Back to the nearest opener, over the name and a namespace prefix (<ns2:clientSecret>):
    // the opener itself may end in name characters (the c of \u003c).
    int tagStart = -1;
    int nameStart = nameEnd;
    for (int k = nameEnd; k > lo && nameEnd - k <= MAX_KEY; k--) {
      int c = Text.at(s, b, k - 1);
      if (!Text.in(Text.KEY, c) && c != ':') {
        break;
      }
      if (c == ':' && nameStart == nameEnd) {
        nameStart = k;
      }
      if (Text.startsWith(s, b, k - 1 - open.length(), lo, hi, open, false)) {
        tagStart = k - 1;
        break;
      }
    }
    if (tagStart < 0 || tagStart == nameEnd) {
      return Engine.NO_HIT;
    }
    if (nameStart == nameEnd) {
      nameStart = tagStart;
    }
    int kind = elementOnly ? KeyNames.PASSWORD : names.classify(s, b, nameStart, nameEnd);
    if (kind == KeyNames.NONE) {
      kind = KeyNames.classifyCompoundKey(s, b, nameStart, nameEnd); // <ns2:mandrillKey>
    }
    if (kind == KeyNames.VALUE) {
      kind = namedKind(s, b, lo, tagStart - open.length());
    }
    if (kind == KeyNames.NONE && ruleByKind[KeyNames.COOKIE] >= 0
        && names.classifyOrExcluded(s, b, nameStart, nameEnd, false) == KeyNames.SESSION
        && !(content + Shapes.BASE64_UUID_LENGTH <= hi && Shapes.isBase64Uuid(s, b, content))) {
      // <ns1:SESSION>3D4713A7...</ns1:SESSION>; Spring Session's own ids are that rule's
      return sessionCookie(engine, s, b, hi, content);
    }
    return elementText(engine, s, b, hi, content, kind, open);
  }

  /**
   * Whether the element name ending at {@code nameEnd} names a secret as elements only do: a
   * PIN ({@code <ns1:PIN>}, {@code <cardPin>}), a SOAP login's password where a key
   * {@code pin=} is as often a device's, and the signature S3 quotes in its
   * {@code <SignatureProvided>} error, where {@code provided:} elsewhere is plain text. Terms
   * of their own would make every key ending in "in" or "ed" a stop of the scan.
   */
  private static boolean namesSecretAsElement(CharSequence s, byte[] b, int lo, int nameEnd) {
    int start = nameEnd - 3;
    if (Text.startsWith(s, b, nameEnd - 17, lo, nameEnd, "SignatureProvided", false)) {
      return true;
    }
    if (start < lo || !Text.startsWith(s, b, start, lo, nameEnd, "pin", true)) {
      return false;
    }
    int before = start > lo ? Text.at(s, b, start - 1) : -1;
    return before == ':' || before == '<' || before == ';' || before == 'c' && start - 6 >= lo
        && Text.at(s, b, start - 6) == '\\' || Text.at(s, b, start) == 'P' && Text.isLetter(before)
        && before >= 'a';
  }

  /**
   * A start tag with attributes, whose end ({@code >}, {@code \u003e}, {@code &gt;}) is at
   * {@code close} and whose text starts at {@code content}: sensitive by its name
   * ({@code <wsse:Password Type="...">}) or by a {@code name} or {@code key} attribute
   * ({@code <entry key="password">}). {@code open} starts the tag.
   */
  private long tagWithAttributes(Engine engine, CharSequence s, byte[] b, int lo, int hi,
      int close, int content, String open) {
    int k = close - 1;
    int units = 0;
    int first = open.charAt(0);
    while (k > lo && units < MAX_TAG && Text.at(s, b, k - 1) != '>'
        && !(Text.at(s, b, k - open.length()) == first
            && Text.startsWith(s, b, k - open.length(), lo, close, open, false))) {
      // A run of non-ASCII characters counts once, as Text.retreat counts.
      units += Text.at(s, b, k - 1) < 128 || Text.at(s, b, k) < 128 ? 1 : 0;
      k--;
    }
    if (k - open.length() < lo || !Text.startsWith(s, b, k - open.length(), lo, close, open,
        false)) {
      return Engine.NO_HIT;
    }
    int nameEnd = Text.run(s, b, k, close, Text.KEY, MAX_KEY);
    int nameStart = k;
    if (nameEnd < close && Text.at(s, b, nameEnd) == ':') {
      nameStart = nameEnd + 1;
      nameEnd = Text.run(s, b, nameStart, close, Text.KEY, MAX_KEY);
    }
    if (nameEnd == nameStart || nameEnd >= close || !Text.isSpace(Text.at(s, b, nameEnd))) {
      return Engine.NO_HIT;
    }
    int kind = names.classify(s, b, nameStart, nameEnd);
    if (kind == KeyNames.NONE || kind == KeyNames.VALUE || kind == KeyNames.KEY) {
      kind = namingAttribute(s, b, nameEnd, close);
    }
    return elementText(engine, s, b, hi, content, kind, open);
  }

  /** The kind of the value of a {@code name=} or {@code key=} attribute in {@code [from, to)}. */
  private int namingAttribute(CharSequence s, byte[] b, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (!Text.isSpace(Text.at(s, b, k))) {
        continue;
      }
      int name = k + 1;
      int eq = Text.run(s, b, name, to, Text.ALNUM, 8);
      boolean naming = eq - name == 4 && Text.startsWith(s, b, name, name, eq, "name", true)
          || eq - name == 3 && Text.startsWith(s, b, name, name, eq, "key", true);
      int quote = eq + 1;
      while (quote < to && quote - eq < 4 && Text.at(s, b, quote) == '\\') {
        quote++; // key=\"password\" inside a JSON string
      }
      if (!naming || quote >= to || Text.at(s, b, eq) != '='
          || Text.at(s, b, quote) != '"' && Text.at(s, b, quote) != '\'') {
        continue;
      }
      int start = quote + 1;
      int end = Text.run(s, b, start, to, Text.KEY, MAX_KEY);
      int kind = end > start ? names.classify(s, b, start, end) : KeyNames.NONE;
      if (kind == KeyNames.NONE && end > start) {
        // <string name="partner_api_key_live">: a qualifier after the term
        kind = names.classify(s, b, start, KeyNames.withoutQualifier(s, b, start, end));
      }
      return kind == KeyNames.VALUE || kind == KeyNames.KEY ? KeyNames.NONE : kind;
    }
    return KeyNames.NONE;
  }

  /**
   * The text of a sensitive element from {@code content}: up to the closing tag that
   * {@code open} starts, or the end of its CDATA section. An element holding other elements
   * is not a value.
   */
  private long elementText(Engine engine, CharSequence s, byte[] b, int hi, int content,
      int kind, String open) {
    if (kind == KeyNames.NONE || kind == KeyNames.VALUE || kind == KeyNames.KEY
        || ruleByKind[kind] < 0) {
      return Engine.NO_HIT;
    }
    int start = skipBlanks(s, b, content, hi);
    int end;
    if (Text.startsWith(s, b, start, start, hi, open, false)
        && Text.startsWith(s, b, start + open.length(), start, hi, "![CDATA[", false)) {
      start += open.length() + 8;
      int limit = Text.advance(s, b, start, hi, Values.MAX_CDATA);
      end = Text.indexOf(s, b, start, limit, "]]");
      if (end < 0 || !Text.startsWith(s, b, end + 2, start, hi, closerOf(open), false)) {
        return Engine.NO_HIT;
      }
    } else {
      // The text ends at the first character that can start the closing tag: reading to it
      // reads no further than the next tag, so the text between two tags is read once.
      // An entity in escaped XML (&amp; inside &lt;password&gt;...) is text: only the opener ends it.
      int first = open.charAt(0);
      end = start;
      while (end < hi && (Text.at(s, b, end) != first
          || open.length() > 1 && !Text.startsWith(s, b, end, start, hi, open, false))) {
        end++;
      }
      if (end >= hi && textOnNextLine(s, b, content, start, hi)) {
        // <apiToken> alone on its line and the text on the next, the closing tag not read yet
        // (a log read line by line): the text is that line.
        end = start;
        while (end < hi && !Text.isLineEnd(Text.at(s, b, end))) {
          end++;
        }
        return plain(engine, s, b, start, Values.trimEnd(s, b, start, end), hi, kind,
            kind != KeyNames.TOKEN, ruleByKind[kind]);
      }
      if (!Text.startsWith(s, b, end, start, hi, open, false)
          || !Text.startsWith(s, b, end + open.length(), start, hi, "/", false)) {
        return Engine.NO_HIT;
      }
      end = Values.trimEnd(s, b, start, end);
      while (end - 2 >= start && Text.at(s, b, end - 2) == '\\'
          && (Text.at(s, b, end - 1) == 'n' || Text.at(s, b, end - 1) == 'r'
              || Text.at(s, b, end - 1) == 't')) {
        end = Values.trimEnd(s, b, start, end - 2); // the text, then \n and the indent escaped
      }
      if (Text.indexOf(s, b, start, end, "]]>") >= 0) {
        return Engine.NO_HIT; // <![CDATA[<token>]]>: a tag's name inside text, not an element
      }
    }
    int rule = ruleByKind[kind];
    if (kind == KeyNames.AUTHORIZATION) {
      return authorization(engine, s, b, start, end, true, 0, rule);
    }
    // Element text is delimited like a quoted value, but a token-like name still needs a
    // random-looking one: <Token>expired</Token>.
    return plain(engine, s, b, start, end, hi, kind, kind != KeyNames.TOKEN, rule);
  }

  /** The end of a tag that {@code open} starts. */
  private static String closerOf(String open) {
    switch (open) {
      case "<":
        return ">";
      case "&lt;":
        return "&gt;";
      case "\\u0026lt;":
        return "\\u0026gt;";
      default:
        return "\\u003e";
    }
  }

  /** After blanks and the line breaks and tabs JSON escapes ({@code \n}) from {@code k}. */
  private static int skipBlanks(CharSequence s, byte[] b, int k, int hi) {
    while (k < hi) {
      int c = Text.at(s, b, k);
      if (c == '\\' && k + 2 < hi && (Text.at(s, b, k + 1) == 'n' || Text.at(s, b, k + 1) == 'r'
          || Text.at(s, b, k + 1) == 't')
          && (Text.at(s, b, k + 2) <= ' ' || Text.at(s, b, k + 2) == '\\'
              || Text.at(s, b, k + 2) == '<')) {
        k += 2;
      } else if (c <= ' ') {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Whether an element's text starts on the line after its start tag ({@code content} to
   * {@code start} holds a line break) and is the last line of the text: nothing but blanks
   * follows it.
   */
  private static boolean textOnNextLine(CharSequence s, byte[] b, int content, int start,
      int hi) {
    boolean broken = false;
    for (int k = content; k < start; k++) {
      broken |= Text.isLineEnd(Text.at(s, b, k));
    }
    int k = start;
    while (k < hi && !Text.isLineEnd(Text.at(s, b, k))) {
      k++;
    }
    while (k < hi && Text.at(s, b, k) <= ' ') {
      k++;
    }
    return broken && start < hi && k >= hi;
  }

  // ---------------------------------------------------------------------------------------------
  // Values.

  private long value(Engine engine, CharSequence s, byte[] b, int lo, int hi, int from, int kind,
      boolean wholeLine, boolean parameter) {
    int v = from;
    while (v < hi && (Text.isSpace(Text.at(s, b, v)) || Text.at(s, b, v) == '\\' && v + 2 < hi
        && Text.at(s, b, v + 1) == 't' && Values.quoteAfter(s, b, v + 2, hi) > 0)) {
      v += Text.at(s, b, v) == '\\' ? 2 : 1; // a tab escaped in JSON before a quoted value
    }
    if (v < hi && Text.isLineEnd(Text.at(s, b, v)) && from > lo && Text.at(s, b, from - 1) == ':') {
      return announcedBelow(engine, s, b, lo, hi, from - 1); // password:  then the next line
    }
    if (v > from && kind != KeyNames.COOKIE && kind != KeyNames.AUTHORIZATION && from > lo
        && (Text.at(s, b, from - 1) == '='
            || Text.startsWith(s, b, from - 6, lo, from, "\\u003d", true))
        && startsNamedPair(s, b, v, hi)) {
      return Engine.NO_HIT; // password= apiKey= token=: an empty value, then the next pair
    }
    int arrow = arrowLength(s, b, v, hi);
    if (arrow > 0) {
      // apiKey: -> ..., secret → ...: a dump that points from a key to its value.
      v += arrow;
      while (v < hi && Text.isSpace(Text.at(s, b, v))) {
        v++;
      }
    }
    if (v >= hi) {
      return Engine.NO_HIT;
    }
    if (from > lo && Text.at(s, b, from - 1) == ':' && declaresType(s, b, v, hi)) {
      return Engine.NO_HIT; // val apiToken: String = ..., clientSecret: string;
    }
    if (Text.startsWith(s, b, v, v, hi, REJECTED, false)) {
      return rejectedValue(engine, s, b, hi, v + REJECTED.length(), kind);
    }
    if (from > lo && Text.at(s, b, from - 1) == ':' && from - 2 >= lo
        && Text.at(s, b, from - 2) == '\'' && isProse(s, b, v, hi)) {
      return Engine.NO_HIT; // for field 'password': must not be blank
    }
    if (startsMaskedCredentials(engine, s, b, v, hi)) {
      return Engine.NO_HIT; // password=Bearer ***, Basic ****
    }
    if (from > lo && Text.at(s, b, from - 1) == ':' && startsNamedPair(s, b, v, hi)) {
      return Engine.NO_HIT; // credentials: username=... password=...: its own pairs are read
    }
    int rule = ruleByKind[kind];
    int quote = Values.quoteAfter(s, b, v, hi);
    // Placeholders are dropped before their end is looked for: a line of many "cookie: ${x}"
    // would otherwise be read to its end once per key. A PEM block is the private-key rule's,
    // which keeps its BEGIN and END lines and masks its body, also over several lines.
    if (Values.startsPlaceholder(s, b, v + quote, hi)) {
      return placeholderDefault(engine, s, b, hi, v + quote, kind); // ${DB_PASSWORD:-hunter22}
    }
    if (Values.opensPlaceholder(s, b, v + quote, hi)
        && engine.masksIn(s, b, v + quote, Values.templateEnd(s, b, v + quote + 2, hi), hi)) {
      // ${name ... [REDACTED]: a first pass read a placeholder here and masked inside it, which
      // moved its end out of reach; kept again, so that redacting twice changes nothing more.
      return Engine.NO_HIT;
    }
    if (startsPem(s, b, v + quote, hi)) {
      return Engine.NO_HIT;
    }
    if (quote > 0) {
      int start = v + quote;
      int end = kind == KeyNames.AUTHORIZATION ? Values.closingQuote(s, b, v, start, hi)
          : Values.valueQuoteEnd(s, b, v, start, hi);
      if (end - start <= 2 && Text.run(s, b, start, end, PUNCTUATION, 2) == end) {
        return Engine.NO_HIT; // token=","logger": the quote closes a string, the value is empty
      }
      if (kind == KeyNames.AUTHORIZATION) {
        return authorization(engine, s, b, start, end, true, 0, rule);
      }
      return plain(engine, s, b, start, end, hi, kind, true, rule);
    }
    int c = Text.at(s, b, v);
    if (c == 'O' && Text.startsWith(s, b, v, v, hi, OPTIONAL, false)) {
      return optional(engine, s, b, hi, v, kind); // secret=Optional[...]
    }
    if (c == '{' && startsObject(s, b, v, hi)) {
      return Engine.NO_HIT; // an object: its own pairs are read
    }
    if (c == '<' && kind != KeyNames.AUTHORIZATION) {
      // apiKey=<wna^73MB,xfnz>: a value in angle brackets, masked inside them unless it is a
      // placeholder (<your-api-key>).
      int close = v + 1;
      int limit = Text.advance(s, b, close, hi, 256);
      while (close < limit && Text.at(s, b, close) > ' ' && Text.at(s, b, close) != '>'
          && Text.at(s, b, close) != '<') {
        close++;
      }
      if (close >= hi || Text.at(s, b, close) != '>' || Values.isPlaceholder(s, b, v, close + 1)) {
        return Engine.NO_HIT;
      }
      return plain(engine, s, b, v + 1, close, hi, kind, true, rule);
    }
    if (c == '[' && v + 1 < hi && Text.at(s, b, v + 1) == '"'
        && kind != KeyNames.AUTHORIZATION && kind != KeyNames.COOKIE) {
      // "x-api-key":["789ea875-..."]: a header's values as Logbook and JSON arrays hold them,
      // the first read as the value.
      return quotedValue(engine, s, b, hi, v + 1, 1, kind);
    }
    if (c == '[') {
      int inner = v + 1 < hi ? Text.at(s, b, v + 1) : -1;
      if (inner == '{' || inner == '[' || inner == '"' || inner == ']' || engine.isMasked(s, b, v, hi)
          || Values.startsPlaceholder(s, b, v + 1, hi)) {
        return Engine.NO_HIT;
      }
      // Java's HttpHeaders and Map<String, List<String>> print values in brackets.
      if (kind == KeyNames.AUTHORIZATION) {
        return authorization(engine, s, b, v + 1, hi, true, ']', rule);
      }
      int end = valueEnd(s, b, v + 1, hi, ']');
      if (end < hi && Values.isPlaceholder(s, b, v, end + 1)) {
        return Engine.NO_HIT; // [FILTERED], [hidden]
      }
      return plain(engine, s, b, v + 1, end, hi, kind, true, rule);
    }
    if (kind == KeyNames.AUTHORIZATION) {
      return authorization(engine, s, b, v, hi, false, '\n', rule);
    }
    int indicator = blockIndicatorEnd(s, b, v, hi);
    if (indicator > 0) {
      return blockScalar(engine, s, b, lo, hi, v, indicator, rule);
    }
    if (kind == KeyNames.COOKIE && Values.cookiesHeldBack(s, b, v, Values.cookieEnd(s, b, v, hi))) {
      return Engine.NO_HIT; // Cookie: PHPSESSID=****
    }
    // Brackets are looked for back to the last span this pass masks, as a second pass sees it.
    int end = kind == KeyNames.COOKIE ? Values.cookieEnd(s, b, v, hi)
        : wholeLine ? Values.trimmedLineEnd(s, b, v, hi)
        : Values.unquotedEnd(s, b, engine.maskedUpTo(lo, v), v, hi, parameter);
    if (kind != KeyNames.COOKIE && namesPlaceOfSecret(s, b, v, end, hi)) {
      // System.getenv("DB_PASSWORD") ?: "...", process.env.TOKEN || "...": the default is one.
      int literal = defaultLiteral(s, b, v, hi);
      return literal < 0 ? Engine.NO_HIT
          : quotedValue(engine, s, b, hi, literal, Values.quoteAfter(s, b, literal, hi), kind);
    }
    if (kind != KeyNames.PASSWORD && kind != KeyNames.COOKIE && !wholeLine && end - v > 1
        && Text.at(s, b, end - 1) == ':' && (end == hi || Text.isSpace(Text.at(s, b, end)))) {
      end--; // sdkKey=sdk-be35...: expired: the colon ends a clause, not a machine-made value
    }
    long hit = plain(engine, s, b, v, end, hi, kind, parameter, rule);
    if (hit != Engine.NO_HIT && kind != KeyNames.COOKIE && !wholeLine
        && end - v >= Values.MAX_UNQUOTED && Engine.end(hit) == end) {
      // A value longer than the bound (a SAMLResponse) is masked to its end, read once more in
      // bounded steps: the scan goes on after it, so the text is still read a bounded number of
      // times.
      int full = end;
      for (int next = full; full < hi; full = next) {
        next = Values.unquotedEnd(s, b, lo, full, hi, parameter);
        if (next == full) {
          break;
        }
      }
      return Engine.hit(Engine.start(hit), full, Engine.rule(hit));
    }
    return hit;
  }

  /**
   * Whether a short name and an {@code =} start at {@code v} ({@code apiKey=}), not a value
   * ending in base64's padding ({@code P-PPWZSLvtB3...2L==}).
   */
  private static boolean startsNamedPair(CharSequence s, byte[] b, int v, int hi) {
    int name = Text.run(s, b, v, hi, Text.KEY, 33);
    int after = name < hi && Text.at(s, b, name) == '=' ? name + 1
        : Text.startsWith(s, b, name, v, hi, "\\u003d", true) ? name + 6 : -1;
    // No digit in it: Orange3012= is a password ending in =.
    return after > 0 && name > v && name - v <= 32 && Text.isLetter(Text.at(s, b, v))
        && Text.indexOfDigit(s, b, v, name) < 0 && (after >= hi || Text.isSpace(Text.at(s, b, after))
            || Text.at(s, b, after) == '"' || Text.at(s, b, after) == ',');
  }

  /** An arrow and a blank at {@code v} ({@code -> }, {@code => }, {@code → }): its length. */
  private static int arrowLength(CharSequence s, byte[] b, int v, int hi) {
    if (v + 2 >= hi) {
      return 0;
    }
    int c = Text.at(s, b, v);
    if ((c == '-' || c == '=') && Text.at(s, b, v + 1) == '>' && Text.isSpace(Text.at(s, b, v + 2))) {
      return 2;
    }
    if (b == null) {
      return c == 0x2192 && Text.isSpace(Text.at(s, b, v + 1)) ? 1 : 0;
    }
    return v + 3 < hi && Text.startsWith(s, b, v, v, hi, RIGHT_ARROW, false)
        && Text.isSpace(Text.at(s, b, v + 3)) ? 3 : 0;
  }

  /** The right arrow in UTF-8, for the byte form. */
  private static final String RIGHT_ARROW = "\u00e2\u0086\u0092";

  /**
   * An unquoted URL-encoded value after {@code %3D} or {@code %3A} ({@code
   * headers=Authorization%3A+Bearer+abc%0D%0AAccept...}): from after its encoded blanks to an
   * encoded line break, {@code &}, {@code %26} or a blank. An Authorization value keeps its
   * scheme; a placeholder or a mask stays.
   */
  private long encodedValue(Engine engine, CharSequence s, byte[] b, int hi, int from,
      int kind) {
    int start = skipEncodedBlanks(s, b, from, hi);
    int end = start;
    while (end < hi && end - start < Values.MAX_UNQUOTED) {
      int c = Text.at(s, b, end);
      if (c <= ' ' || c == '&' || c == '"' || c == '\'' || c == ';'
          || c == '%' && (Text.startsWith(s, b, end, end, hi, "%0D", true)
              || Text.startsWith(s, b, end, end, hi, "%0A", true)
              || Text.startsWith(s, b, end, end, hi, "%26", true)
              || Text.startsWith(s, b, end, end, hi, "%22", true)
              || Text.startsWith(s, b, end, end, hi, "%2C", true))) {
        break;
      }
      end++;
    }
    if (kind == KeyNames.AUTHORIZATION) {
      int scheme = Text.run(s, b, start, end, Text.ALNUM, 32);
      int credential = skipEncodedBlanks(s, b, scheme, end);
      if (credential > scheme && credential < end) {
        start = credential; // Bearer+abc: the scheme stays
      }
    }
    int pair = kind == KeyNames.COOKIE ? Text.indexOf(s, b, start, end, "%3D") : -1;
    if (Values.isPlaceholder(s, b, start, end) || Values.startsPlaceholder(s, b, start, end)
        || pair >= 0 && (Values.startsPlaceholder(s, b, pair + 3, end)
            || Values.isPlaceholder(s, b, pair + 3, end))) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, start, end, hi, kind, true, ruleByKind[kind]);
  }

  /** After {@code +} and {@code %20}, URL-encoded blanks. */
  private static int skipEncodedBlanks(CharSequence s, byte[] b, int from, int hi) {
    int k = from;
    while (k < hi && (Text.at(s, b, k) == '+' || Text.startsWith(s, b, k, k, hi, "%20", false))) {
      k += Text.at(s, b, k) == '+' ? 1 : 3;
    }
    return k;
  }

  /** The most characters of a YAML block scalar that are masked. */
  private static final int MAX_BLOCK = 4096;

  /**
   * Where a YAML block indicator at {@code v} ({@code |}, {@code >}, with {@code -}, {@code +}
   * or an indentation digit) and the blanks after it end, when only a line break follows; else
   * -1.
   */
  private static int blockIndicatorEnd(CharSequence s, byte[] b, int v, int hi) {
    int c = Text.at(s, b, v);
    if (c != '|' && c != '>') {
      return -1;
    }
    int k = v + 1;
    while (k < hi && k - v < 3 && (Text.at(s, b, k) == '-' || Text.at(s, b, k) == '+'
        || Text.isDigit(Text.at(s, b, k)))) {
      k++;
    }
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    return k < hi && isBreak(s, b, k, hi) ? k : -1;
  }

  /** Whether a line break, real or JSON-escaped, starts at {@code k}. */
  private static boolean isBreak(CharSequence s, byte[] b, int k, int hi) {
    int c = Text.at(s, b, k);
    return Text.isLineEnd(c) || c == '\\' && k + 1 < hi
        && (Text.at(s, b, k + 1) == 'n' || Text.at(s, b, k + 1) == 'r');
  }

  /** Whether {@code [start, end)}, a line, ends with {@code : |} or another block indicator. */
  static boolean endsWithBlockIndicator(CharSequence s, byte[] b, int start, int end) {
    int k = Values.trimEnd(s, b, start, end);
    int modifiers = 0;
    while (k > start && modifiers < 2 && (Text.at(s, b, k - 1) == '-'
        || Text.at(s, b, k - 1) == '+' || Text.isDigit(Text.at(s, b, k - 1)))) {
      k--;
      modifiers++;
    }
    return k - 3 >= start && (Text.at(s, b, k - 1) == '|' || Text.at(s, b, k - 1) == '>')
        && Text.at(s, b, k - 2) == ' ' && Text.at(s, b, k - 3) == ':';
  }

  /**
   * A YAML block scalar ({@code GITHUB_TOKEN: >-} then the token on the lines below): the lines
   * indented more than the key's and at least as much as the first, from the first character
   * of the first to the last of the last, at most {@value #MAX_BLOCK} characters.
   */
  private long blockScalar(Engine engine, CharSequence s, byte[] b, int lo, int hi, int v,
      int lineEnd, int rule) {
    int lineStart = v;
    while (lineStart > lo && !Text.isLineEnd(Text.at(s, b, lineStart - 1))
        && !Text.followsEscapedBreak(s, b, lineStart, lo)) {
      lineStart--;
    }
    int keyIndent = 0;
    while (lineStart + keyIndent < v && Text.isSpace(Text.at(s, b, lineStart + keyIndent))) {
      keyIndent++;
    }
    int start = -1;
    int end = -1;
    int blockIndent = -1;
    int k = lineEnd;
    int limit = Text.advance(s, b, lineEnd, hi, MAX_BLOCK);
    while (k < limit) {
      int next = skipLineBreak(s, b, k, hi);
      if (next < 0) {
        break;
      }
      int indent = next;
      while (indent < hi && Text.isSpace(Text.at(s, b, indent))) {
        indent++;
      }
      int contentEnd = indent;
      while (contentEnd < hi && !isBreak(s, b, contentEnd, hi)) {
        contentEnd++;
      }
      if (contentEnd > indent && (indent - next <= keyIndent
          || blockIndent >= 0 && indent - next < blockIndent)) {
        break; // the block ends at a line less indented than its first
      }
      if (contentEnd > indent) {
        blockIndent = blockIndent < 0 ? indent - next : blockIndent;
        start = start < 0 ? indent : start;
        end = Math.min(Values.trimEnd(s, b, indent, contentEnd), limit);
      }
      k = contentEnd;
    }
    return start < 0 ? Engine.NO_HIT : engine.accept(s, b, start, end, rule);
  }

  /**
   * Whether the {@code {} at {@code v} opens an object ({@code {"a":1}}, {@code {a=1, b=2}},
   * {@code { }}) rather than a value that starts with a brace ({@code {{h}o)p$...}).
   */
  private static boolean startsObject(CharSequence s, byte[] b, int v, int hi) {
    int k = v + 1;
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    if (k >= hi) {
      return true;
    }
    int c = Text.at(s, b, k);
    if (c == '"' || c == '\'' || c == '}' || c == '\\' || Text.isLineEnd(c) || k > v + 1) {
      return true;
    }
    int key = Text.run(s, b, k, hi, Text.KEY, MAX_KEY);
    return key > k && key < hi && (Text.at(s, b, key) == '=' || Text.at(s, b, key) == ':');
  }

  private static boolean startsPem(CharSequence s, byte[] b, int pos, int hi) {
    return Text.startsWith(s, b, pos, pos, hi, "-----BEGIN ", false);
  }

  /**
   * The hit for a value of {@code kind} in {@code [start, end)}, or {@link Engine#NO_HIT} when
   * it is no secret: a placeholder, a plain word where the key is only likely sensitive, a name
   * in code.
   */
  static long plain(Engine engine, CharSequence s, byte[] b, int start, int end, int hi,
      int kind, boolean quoted, int rule) {
    if (end <= start || Values.isPlaceholder(s, b, start, end)
        || kind == KeyNames.COOKIE && Values.cookiesHeldBack(s, b, start, end)
        || namesPlaceOfSecret(s, b, start, end, hi)) {
      return Engine.NO_HIT;
    }
    if (kind == KeyNames.TOKEN && !quoted && (!Shapes.looksRandom(s, b, start, end)
        || isCodeReference(s, b, start, end))) {
      return Engine.NO_HIT;
    }
    if (!quoted && kind == KeyNames.PASSWORD && isCall(s, b, start, end, hi)) {
      return Engine.NO_HIT; // password=getPassword(), password = request.json_body['x']
    }
    if ((kind == KeyNames.INNER || kind == KeyNames.KEY)
        && (!Shapes.looksMachineMade(s, b, start, end) || isCodeReference(s, b, start, end))) {
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

  /** Words that, inside a part of a qualified name, say that the part holds a secret. */
  private static final String[] SECRET_WORDS = {"password", "passwd", "secret", "token",
      "credential", "apikey", "passphrase"};

  /** Word endings that, at the end of a part of a qualified name, say the same. */
  private static final String[] SECRET_ENDINGS = {"pass", "pwd", "key", "auth"};

  /**
   * Whether the value names where a secret is kept rather than holding one, as code prints it:
   * a call or a subscript of one name or string ({@code os.getenv("DB_PASSWORD")},
   * {@code params[:password]}, {@code env!("API_KEY")}), an object of Perl, PHP or PowerShell
   * ({@code $cfg->{password}}, {@code $_ENV['TOKEN']}, {@code $env:TOKEN}), or a qualified name
   * with a part that names a secret ({@code cfg.S3BearerToken}, {@code BuildConfig.CI_PASS}).
   */
  static boolean namesPlaceOfSecret(CharSequence s, byte[] b, int start, int end, int hi) {
    int first = Text.at(s, b, start);
    int limit = Math.min(hi, start + MAX_KEY);
    if (first == '$') {
      int k = start + 1;
      while (k < limit && (Text.isLetter(Text.at(s, b, k)) || Text.at(s, b, k) == '_')) {
        k++;
      }
      int next = k + 1 < limit ? Text.at(s, b, k + 1) : -1;
      int after = k < limit ? Text.at(s, b, k) : -1;
      // $cfg->{password}, $this->token, $_ENV['TOKEN'], $ENV{TOKEN}, $env:TOKEN
      return k - start >= 3 && (after == '-' && next == '>' || after == '{' || after == '['
          || after == ':' && Text.isLetter(next));
    }
    int k = start;
    int parts = 0;
    int letters = 0;
    boolean secretPart = false;
    while (k < limit) {
      int part = k;
      while (k < limit && (Text.isLetter(Text.at(s, b, k)) || Text.at(s, b, k) == '_'
          || k > part && Text.isDigit(Text.at(s, b, k)))) {
        letters += Text.isLetter(Text.at(s, b, k)) ? 1 : 0;
        k++;
      }
      if (k == part) {
        return false;
      }
      parts++;
      secretPart |= parts > 1 && namesSecret(s, b, part, k);
      int joiner = k < limit ? Text.at(s, b, k) : -1;
      int next = k + 1 < limit ? Text.at(s, b, k + 1) : -1;
      if (joiner == '.' || joiner == ':' && next == ':' || joiner == '-' && next == '>') {
        k += joiner == '.' ? 1 : 2;
        continue;
      }
      break;
    }
    if (letters < 3) {
      return false;
    }
    if (k >= end && parts > 1 && secretPart) {
      return true;
    }
    if (k >= end && parts == 1 && isCompoundName(s, b, start, end)
        && namesSecret(s, b, start, end)) {
      return true; // CLIENT_SECRET, chatAccessToken: a name of a secret, as code passes it
    }
    int open = k < limit && Text.at(s, b, k) == '!' ? k + 1 : k; // a Rust macro, env!("...")
    if (open >= limit || Text.at(s, b, open) != '(' && Text.at(s, b, open) != '[') {
      return false;
    }
    return isNameArgument(s, b, open + 1, limit, Text.at(s, b, open) == '(' ? ')' : ']');
  }

  private static int skipSpaces(CharSequence s, byte[] b, int k, int hi) {
    while (k < hi && Text.isSpace(Text.at(s, b, k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether a provider's name alone ends at {@code keyEnd} and a quote follows the separator at
   * {@code i}: the quote is looked at first, since most stops have none.
   */
  private static boolean vendorBeforeQuote(CharSequence s, byte[] b, int lo, int keyEnd, int i,
      int hi) {
    int v = skipSpaces(s, b, i + 1, hi);
    return v < hi && Values.quoteAfter(s, b, v, hi) > 0 && KeyNames.isVendor(s, b, lo, keyEnd);
  }

  /** Placeholder prefixes of property sources that hold secrets: no default follows them. */
  private static final String[] SECRET_STORES = {"vault", "ssm", "sm", "secretsmanager",
      "aws-secretsmanager", "awssm", "keyvault", "azure-keyvault", "gsm", "env", "file",
      "secret", "secrets", "cipher", "enc", "kms"};

  private static boolean isSecretStore(CharSequence s, byte[] b, int start, int end) {
    for (String store : SECRET_STORES) {
      if (store.length() == end - start && Text.startsWith(s, b, start, start, end, store, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The default of the placeholder at {@code pos}, {@code ${NAME:default}} (Spring) or
   * {@code ${NAME:-default}} (a shell), when it looks like a credential: the value used when
   * nothing overrides it.
   */
  private long placeholderDefault(Engine engine, CharSequence s, byte[] b, int hi, int pos,
      int kind) {
    if (!Text.startsWith(s, b, pos, pos, hi, "${", false)) {
      return Engine.NO_HIT;
    }
    int name = Text.run(s, b, pos + 2, hi, Text.KEY, MAX_KEY);
    if (name >= hi || Text.at(s, b, name) != ':' || isSecretStore(s, b, pos + 2, name)) {
      return Engine.NO_HIT; // ${vault:secret/data/app#jwtSecret} names where the secret is
    }
    int start = name + 1 < hi && Text.at(s, b, name + 1) == '-' ? name + 2 : name + 1;
    int limit = Text.advance(s, b, start, hi, Values.MAX_UNQUOTED);
    int end = start;
    while (end < limit && Text.at(s, b, end) != '}' && !Text.isLineEnd(Text.at(s, b, end))) {
      end++;
    }
    if (end >= limit || Text.at(s, b, end) != '}' || Values.startsPlaceholder(s, b, start, hi)
        || !likelySecret(s, b, start, end, kind == KeyNames.PASSWORD ? kind : KeyNames.TOKEN)) {
      return Engine.NO_HIT;
    }
    return plain(engine, s, b, start, end, hi, kind == KeyNames.PASSWORD ? kind : KeyNames.INNER,
        true, ruleByKind[kind]);
  }

  /**
   * Where the quoted default of a lookup starts, for a value at {@code v} that names where the
   * secret is kept: the second argument of {@code getOrDefault("NAME", "...")} or
   * {@code os.getenv("NAME", "...")}, or the operand after {@code ?:}, {@code ||}, {@code ??} or
   * {@code or}; -1 when there is none.
   */
  private static int defaultLiteral(CharSequence s, byte[] b, int v, int hi) {
    int limit = Text.advance(s, b, v, hi, 256);
    int k = v;
    while (k < limit && (Text.in(Text.KEY, Text.at(s, b, k)) || Text.at(s, b, k) == '$'
        || Text.at(s, b, k) == '(' && k + 1 < limit && Text.at(s, b, k + 1) == ')')) {
      k += Text.at(s, b, k) == '(' ? 2 : 1; // System.getenv().getOrDefault, process.env.TOKEN
    }
    if (k < limit && (Text.at(s, b, k) == '(' || Text.at(s, b, k) == '[')) {
      int q = k + 1 < limit ? Values.quoteAfter(s, b, k + 1, limit) : 0;
      if (q == 0) {
        return -1;
      }
      int close = Values.closingQuote(s, b, k + 1, k + 1 + q, limit);
      k = close + q;
      if (Text.startsWith(s, b, k, k, limit, ", ", false)
          && Values.quoteAfter(s, b, k + 2, limit) > 0) {
        return k + 2;
      }
      if (k >= limit || Text.at(s, b, k) != ')' && Text.at(s, b, k) != ']') {
        return -1;
      }
      k++;
    }
    while (k < limit && Text.at(s, b, k) == ' ') {
      k++;
    }
    int operator = Text.startsWith(s, b, k, k, limit, "?:", false)
        || Text.startsWith(s, b, k, k, limit, "||", false)
        || Text.startsWith(s, b, k, k, limit, "??", false)
        || Text.startsWith(s, b, k, k, limit, "or", false) ? 2 : 0;
    if (operator == 0) {
      return -1;
    }
    k += operator;
    while (k < limit && Text.at(s, b, k) == ' ') {
      k++;
    }
    return k < limit && Values.quoteAfter(s, b, k, limit) > 0 ? k : -1;
  }

  /** Whether a call's or a subscript's argument from {@code k} is one name, symbol or string. */
  private static boolean isNameArgument(CharSequence s, byte[] b, int k, int limit, int close) {
    if (k + 1 < limit && Text.at(s, b, k) == '\\' && Text.at(s, b, k + 1) == '"') {
      k++; // System.getenv(\"DB_PASSWORD\") inside a JSON string
    }
    int quote = k < limit ? Text.at(s, b, k) : -1;
    if (quote == '"' || quote == '\'' || quote == ':') {
      k++;
    } else {
      quote = -1;
    }
    int name = k;
    while (k < limit && (Text.in(Text.KEY, Text.at(s, b, k)) || Text.at(s, b, k) == '/')) {
      k++;
    }
    if (quote == '"' || quote == '\'') {
      if (k < limit && Text.at(s, b, k) == '\\') {
        k++;
      }
      if (k == name || k >= limit || Text.at(s, b, k) != quote) {
        return false;
      }
      k++;
      if (close == ')' && Text.startsWith(s, b, k, k, limit, ", ", false)) {
        return true; // os.getenv("DB_PASSWORD", "..."): a name, then its default
      }
    } else if (k > name && Text.isDigit(Text.at(s, b, name))) {
      return false; // hunter(2): a password, not a call
    }
    return k < limit && Text.at(s, b, k) == close;
  }

  /**
   * Whether {@code [start, end)} is a name of two to seven words (digits inside a word only),
   * written {@code UPPER_SNAKE}, {@code lower_snake} or {@code lowerCamel} and ending in a word
   * that names a secret or qualifies one: {@code CLIENT_SECRET}, {@code chatAccessToken}. A
   * human password of words ({@code Summer_Token2024}) holds digits or starts with a capital.
   */
  private static boolean isCompoundName(CharSequence s, byte[] b, int start, int end) {
    if (end - start > 48) {
      return false;
    }
    int joins = 0;
    int humps = 0;
    boolean upper = true;
    boolean lower = true;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c == '_') {
        joins++;
        if (k == start || k + 1 == end || Text.at(s, b, k + 1) == '_') {
          return false;
        }
      } else if (Text.isDigit(c)) {
        if (k == start || k + 1 == end || Text.at(s, b, k - 1) == '_') {
          return false; // s3OauthToken, but not a password's trailing digits
        }
      } else if (!Text.isLetter(c)) {
        return false;
      } else if (c >= 'A' && c <= 'Z') {
        lower = false;
        humps += k > start && Text.at(s, b, k - 1) >= 'a' ? 1 : 0;
      } else {
        upper = false;
      }
    }
    int last = end;
    while (last > start && Text.at(s, b, last - 1) != '_'
        && !(Text.at(s, b, last - 1) >= 'A' && Text.at(s, b, last - 1) <= 'Z' && !upper)) {
      last--;
    }
    int lastWord = upper || lower ? last : last - 1;
    boolean shaped = joins > 0 && joins <= 6 && (upper || lower)
        || joins == 0 && humps >= 1 && humps <= 6 && Text.at(s, b, start) >= 'a';
    return shaped && (namesSecret(s, b, Math.max(start, lastWord), end)
        || KeyNames.withoutQualifier(s, b, start, end) < end);
  }

  /** Whether the part {@code [start, end)} of a qualified name names a secret. */
  private static boolean namesSecret(CharSequence s, byte[] b, int start, int end) {
    for (String word : SECRET_WORDS) {
      if (Text.indexOfIgnoreCase(s, b, start, end, word) >= 0) {
        return true;
      }
    }
    for (String ending : SECRET_ENDINGS) {
      if (Text.startsWith(s, b, end - ending.length(), start, end, ending, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an unquoted value is a name in code rather than a credential: an object printed by
   * its {@code toString()} ({@code AppWindowToken{9f4ef63}, {@code getToken()},
   * {@code BinderProxy@2bd79ce}) or a qualified name ({@code com.apple.xpc.activity/4505}).
   */
  private static boolean isCodeReference(CharSequence s, byte[] b, int start, int end) {
    int k = start;
    while (k < end && (Text.isLetter(Text.at(s, b, k)) || Text.at(s, b, k) == '.'
        || Text.at(s, b, k) == '_' || Text.at(s, b, k) == '$')) {
      k++;
    }
    if (k - start >= 3 && k < end && (Text.at(s, b, k) == '{' || Text.at(s, b, k) == '(')
        && Text.isLetter(Text.at(s, b, start))) {
      return true;
    }
    k = start;
    while (k < end && Text.at(s, b, k) >= 'a' && Text.at(s, b, k) <= 'z') {
      k++;
    }
    if (k - start >= 2 && k + 1 < end && Text.at(s, b, k) == '.'
        && Text.isLetter(Text.at(s, b, k + 1)) && !isBootstrapToken(s, b, start, end)) {
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
  private static final long[] LOWER_ALNUM = Text.set("0-9a-z");

  /** A kubeadm bootstrap token, 6 and 16 characters of [a-z0-9] around a dot: no qualified name. */
  private static boolean isBootstrapToken(CharSequence s, byte[] b, int start, int end) {
    if (end - start != 23 || Text.at(s, b, start + 6) != '.'
        || Text.run(s, b, start, end, LOWER_ALNUM, 6) != start + 6
        || Text.run(s, b, start + 7, end, LOWER_ALNUM, 16) != end) {
      return false;
    }
    for (int k = start + 7; k < end; k++) {
      if (Text.isDigit(Text.at(s, b, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an unquoted value is code that computes the password: a qualified name
   * ({@code request.json_body['hey']}, {@code this.password}) or a call whose parentheses close
   * ({@code foo(hey)you}, {@code getPassword()}, {@code System.getenv("DB_PASSWORD")}), made of
   * names of at least three letters. The arguments are read past {@code end}, where a quote in
   * them ended the value.
   */
  private static boolean isCall(CharSequence s, byte[] b, int start, int end, int hi) {
    int k = start;
    while (k < end && (Text.isLetter(Text.at(s, b, k)) || Text.at(s, b, k) == '_')) {
      k++;
    }
    if (k - start < 3 || k >= end) {
      return false;
    }
    int c = Text.at(s, b, k);
    boolean lower = Text.at(s, b, start) >= 'a' && Text.at(s, b, start) <= 'z';
    if (c == '.' && k + 1 < end && Text.at(s, b, k + 1) >= 'a' && Text.at(s, b, k + 1) <= 'z'
        && lower) {
      // Not a generated password with a dot: random case before it, a digit after it, or two
      // capitals in a row or an empty segment, as no qualified name has (zZUtOWRLl.q71rYP).
      return (caseChanges(s, b, start, k) < 3 || Text.indexOfDigit(s, b, k, end) < 0)
          && isQualifiedName(s, b, start, end);
    }
    if (c == '.' && !lower) {
      // A static call, Type.method(...): the method's name, then its arguments.
      int name = k + 1;
      while (name < end && (Text.isLetter(Text.at(s, b, name)) || Text.at(s, b, name) == '_')) {
        name++;
      }
      if (name - k < 4 || name >= end) {
        return false;
      }
      k = name;
      c = Text.at(s, b, k);
    }
    if (c == '(' || c == '[') {
      // Arguments of names and quotes only: hunter(2) is a password, foo(hey) a call.
      int close = c == '(' ? ')' : ']';
      int limit = Math.min(hi, k + 1 + MAX_KEY);
      for (int j = k + 1; j < limit; j++) {
        int a = Text.at(s, b, j);
        if (a == close) {
          return true;
        }
        if (!Text.isLetter(a) && a != '_' && a != '.' && a != '\'' && a != '"' && a != ',') {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code [start, end)} up to an argument list or an index is names joined by dots as
   * code writes them ({@code this.password}, {@code request.json_body}, {@code this.s3Client}):
   * each segment of letters, digits and {@code _}, starting with no digit, without two capitals in
   * a row; fewer than three humps and than two digits before a letter in all. Not a generated
   * password with a dot ({@code kFuyhx.euvRcYemZzm5i}, {@code mxPj.uls8zWu_0_8Igq0}).
   */
  private static boolean isQualifiedName(CharSequence s, byte[] b, int start, int end) {
    int segment = 0;
    int previous = 0;
    int humps = 0;
    int digitsBeforeLetters = 0;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (c == '(' || c == '[') {
        break;
      }
      boolean upper = c >= 'A' && c <= 'Z';
      if (c == '.') {
        if (segment == 0) {
          return false;
        }
        segment = 0;
      } else if (!Text.in(Text.KEY, c) || c == '-' || segment == 0 && Text.isDigit(c)
          || upper && previous >= 'A' && previous <= 'Z') {
        return false;
      } else {
        humps += upper && previous >= 'a' && previous <= 'z' ? 1 : 0;
        digitsBeforeLetters += Text.isLetter(c) && Text.isDigit(previous) ? 1 : 0;
        segment++;
      }
      previous = c;
    }
    return segment > 0 && humps < 3 && digitsBeforeLetters < 2;
  }

  /** How often a lower-case letter is followed by an upper-case one in {@code [start, end)}. */
  private static int caseChanges(CharSequence s, byte[] b, int start, int end) {
    int changes = 0;
    for (int k = start + 1; k < end; k++) {
      int c = Text.at(s, b, k);
      int before = Text.at(s, b, k - 1);
      changes += c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z' ? 1 : 0;
    }
    return changes;
  }

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
    // [FILTERED], <masked>: the credential found inside the brackets is held back with them.
    if (hit == Engine.NO_HIT || isHeldBack(s, b, Engine.start(hit), end)
        || Engine.start(hit) > start && isHeldBack(s, b, Engine.start(hit) - 1, end)) {
      return Engine.NO_HIT;
    }
    // As for plain values: a mask inside what would be masked shows that a first pass kept it.
    return !engine.masksIn(s, b, Engine.start(hit), Engine.end(hit), end) ? hit : Engine.NO_HIT;
  }

  /**
   * Whether the credential at {@code start} is a placeholder or a mask ({@code OAuth XXXXXXXX},
   * {@code Token token=***}, {@code Bearer %env(APP_SECRET)%}), read to the next blank, quote or
   * comma, after a {@code name=} it may start with.
   */
  private static boolean isHeldBack(CharSequence s, byte[] b, int start, int end) {
    int k = start;
    int name = Text.run(s, b, k, end, Text.KEY, MAX_KEY);
    if (name > k && name + 1 < end && Text.at(s, b, name) == '='
        && Text.at(s, b, name + 1) != '=') {
      k = name + 1;
    } else if (name > k && Text.startsWith(s, b, name, k, end, "%20", false)) {
      k = name + 3; // Bearer%20%5BREDACTED%5D
    }
    if (Values.startsPlaceholder(s, b, k, end)) {
      return true;
    }
    int run = k;
    while (run < end && Text.at(s, b, run) > ' ' && Text.at(s, b, run) != '"'
        && Text.at(s, b, run) != '\'' && Text.at(s, b, run) != ','
        && !(run > k && Text.at(s, b, run) == '[')) {
      run++;
    }
    return run > k && Values.isPlaceholder(s, b, k, run);
  }

  private static long credentials(Engine engine, CharSequence s, byte[] b, int start, int end,
      boolean quoted, int closer, int rule) {
    int schemeEnd = start;
    while (schemeEnd < end && (Text.in(Text.ALNUM, Text.at(s, b, schemeEnd))
        || Text.at(s, b, schemeEnd) == '-')) {
      schemeEnd++;
    }
    if (schemeEnd + 1 < end && Text.at(s, b, schemeEnd) == '='
        && Text.at(s, b, schemeEnd + 1) != '=' && isKeyScheme(s, b, start, schemeEnd)) {
      // key=AAAA...:APA91b... (Firebase Cloud Messaging): the scheme and its = stay.
      int tokenEnd = credentialEnd(s, b, schemeEnd + 1, end);
      return tokenEnd - schemeEnd - 1 < 4 ? Engine.NO_HIT
          : engine.accept(s, b, schemeEnd + 1, tokenEnd, rule);
    }
    int credentials = schemeEnd;
    while (credentials < end && Text.isSpace(Text.at(s, b, credentials))) {
      credentials++;
    }
    if (credentials == schemeEnd || endsValue(s, b, credentials, end, closer)) {
      // No scheme: the whole value is the credential.
      int tokenEnd = credentialEnd(s, b, start, end);
      if (tokenEnd - start < 4 || (!quoted && !Shapes.looksRandom(s, b, start, tokenEnd))) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, tokenEnd, rule);
    }
    // SharedKey account:signature, AWS id:signature: every part goes.
    int tokenEnd = credentialEnd(s, b, credentials, end);
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
      return engine.accept(s, b, credentials, Values.trimEnd(s, b, credentials,
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

  /**
   * The end of a credential from {@code start}: token68, with the inner colons of
   * {@code account:signature} and {@code id:secret} and Salesforce's {@code 00D...!...}.
   */
  private static int credentialEnd(CharSequence s, byte[] b, int start, int end) {
    int k = Text.run(s, b, start, end, Shapes.TOKEN68, end);
    // Also Salesforce's org id!session: a ! inside a token, not one that ends a sentence.
    while (k > start && k + 1 < end && (Text.at(s, b, k) == ':' || Text.at(s, b, k) == '!')
        && Text.in(Shapes.TOKEN68, Text.at(s, b, k + 1))) {
      k = Text.run(s, b, k + 1, end, Shapes.TOKEN68, end);
    }
    return k;
  }

  private static boolean isKeyScheme(CharSequence s, byte[] b, int start, int end) {
    return end - start == 3 && Text.startsWith(s, b, start, start, end, "key", true)
        || end - start == 5 && Text.startsWith(s, b, start, start, end, "token", true)
        || end - start == 6 && Text.startsWith(s, b, start, start, end, "apikey", true);
  }

  private static boolean isKnownScheme(CharSequence s, byte[] b, int start, int end) {
    for (String scheme : SCHEMES) {
      if (scheme.length() == end - start && Text.startsWith(s, b, start, start, end, scheme, true)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Keys.

  static int keyStart(CharSequence s, byte[] b, int lo, int keyEnd) {
    int k = keyEnd;
    while (k > lo && keyEnd - k < MAX_KEY && Text.in(Text.KEY, Text.at(s, b, k - 1))) {
      k--;
    }
    // Not the rest of an escape before the key: the 3F of %3Fkey, the u0026 of \u0026password.
    if (k > lo && k + 2 < keyEnd && Text.at(s, b, k - 1) == '%'
        && Text.isHexDigit(Text.at(s, b, k)) && Text.isHexDigit(Text.at(s, b, k + 1))) {
      return k + 2;
    }
    if (k > lo && k + 5 < keyEnd && Text.at(s, b, k - 1) == '\\' && Text.at(s, b, k) == 'u'
        && Text.isHexDigit(Text.at(s, b, k + 1)) && Text.isHexDigit(Text.at(s, b, k + 2))
        && Text.isHexDigit(Text.at(s, b, k + 3)) && Text.isHexDigit(Text.at(s, b, k + 4))) {
      return k + 5;
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
}
