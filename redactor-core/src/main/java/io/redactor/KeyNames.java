package io.redactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a key name is sensitive, without allocating: it compares the end of the key,
 * read backwards and case-folded with {@code _ - .} and spaces skipped, with a list of terms. So
 * {@code api_key}, {@code apiKey}, {@code X-API-KEY} and {@code spring.datasource.password} all
 * end in a term, while {@code public_key}, {@code key_id}, {@code token_count}, {@code tokenizer},
 * {@code keyboard} and {@code secret_version} do not.
 */
final class KeyNames {
  static final int NONE = 0;
  /** Always masked: the value may be any word. */
  static final int PASSWORD = 1;
  /** Masked when quoted or when the value looks machine-made, so that {@code token: expired} stays. */
  static final int TOKEN = 2;
  static final int AUTHORIZATION = 3;
  static final int COOKIE = 4;
  static final int AWS_SECRET = 5;
  static final int AZURE_KEY = 6;
  /**
   * {@code value} (or {@code val}): a value whose name stands before it, as in
   * {@code {"name":"DB_PASSWORD","value":"..."}} or {@code Property: x.password Value: "..."}.
   */
  static final int VALUE = 7;
  /** A bare {@code key}: sensitive only as a query parameter ({@code ?key=AIza...}). */
  static final int KEY = 8;
  /**
   * A term inside a longer key ({@code password_super_secure}, {@code mySecretString}): masked
   * when the value looks machine-made.
   */
  static final int INNER = 9;
  /** A key that names no secret although a term ends it: {@code pageToken}. Never returned by classify. */
  static final int EXCLUDED = -1;
  /**
   * {@code SESSION}, {@code sessionId}: often an id only (ZooKeeper's session 0x14ede63a5a70002),
   * a secret when it holds Spring Session's cookie. Never returned by classify.
   */
  static final int SESSION = -2;
  /** The number of kinds, {@link #NONE} included. */
  static final int KINDS = 10;

  /** A term, its kind, and whether it must start a word of the key ({@code pass} but not {@code bypass}). */
  private static final class Term {
    final String text;
    final char[] chars;
    final int kind;
    final boolean wholeWord;

    Term(String text, int kind, boolean wholeWord) {
      this.text = text;
      this.chars = text.toCharArray();
      this.kind = kind;
      this.wholeWord = wholeWord;
    }
  }

  /** Terms by their last character, longest first so that {@code secretaccesskey} wins over {@code accesskey}. */
  private final Term[][] byLastChar = new Term[128][];
  /**
   * Terms by their last two characters, {@code [second last << 7 | last]}, longest first: most
   * keys end in no term's two last letters ({@code "timestamp"}, {@code "message"}), and are
   * dismissed after two reads.
   */
  private final Term[][] byLastTwo = new Term[128 * 128][];

  /**
   * The last three letters of the terms, hashed to five bits each ({@link #trigram}): "pid",
   * "uid" and "user_id" end in the last two letters of a term ({@code jsessionid}) but in the
   * last three of none, and are dismissed before their start is looked for.
   */
  private final long[] lastThree = new long[1 << 15 >>> 6];

  /** Whether a term of two letters ends in {@code [second last << 7 | last]}. */
  private final boolean[] twoLetterTerm = new boolean[128 * 128];

  KeyNames(Collection<String> extraKeys) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("authorization", AUTHORIZATION, false));
    terms.add(new Term("cookie", COOKIE, false));
    terms.add(new Term("secretaccesskey", AWS_SECRET, false));
    terms.add(new Term("awssecretkey", AWS_SECRET, false));
    terms.add(new Term("accountkey", AZURE_KEY, false));
    terms.add(new Term("sharedaccesskey", AZURE_KEY, false));
    for (String t : new String[] {"password", "passwd", "passphrase", "passcode"}) {
      terms.add(new Term(t, PASSWORD, false));
    }
    terms.add(new Term("pwd", PASSWORD, true));
    terms.add(new Term("authentication", AUTHORIZATION, true));
    terms.add(new Term("passkey", PASSWORD, false));
    terms.add(new Term("passwort", PASSWORD, false)); // German
    terms.add(new Term("kennwort", PASSWORD, false));
    terms.add(new Term("storepass", PASSWORD, false)); // keytool -storepass, -srcstorepass
    terms.add(new Term("keypass", PASSWORD, false));
    terms.add(new Term("secretkeybase", PASSWORD, false));
    for (String t : new String[] {"secret", "token", "apikey", "accesskey", "secretkey",
        "privatekey", "signingkey", "encryptionkey", "masterkey", "subscriptionkey", "licensekey",
        "clientkey", "appkey", "credential", "credentials", "signature",
        // Vendor header and key names without a generic word at their end.
        "applicationkey", "authkey", "storagekey", "hmackey", "sessionkey", "consumerkey",
        "insertkey", "querykey", "functionskey", "ingestkey", "writekey", "deploykey",
        "artapi", "dockerconfigjson", "dockercfg", "servicekey", "aiokey", "routingkey",
        "integrationkey", "authcode", "authorizationcode", "sessiontoken", "sessionkey",
        "samlresponse", "samlrequest", "functionkey", "adminkey", "aeskey", "cryptokey",
        "basicauthuserinfo", // Confluent's basic.auth.user.info: key:secret
        "sentrykey", // X-Sentry-Auth: Sentry sentry_key=...
        "fastlykey",
        // Session cookies of well-known frameworks; a bare sessionid is often an id only
        // (ZooKeeper's sessionid: 0x14ede63a5a70002).
        "jsessionid", "phpsessid", "connectsid", "gitlabsession", "laravelsession",
        "cisession"}) {
      terms.add(new Term(t, TOKEN, false));
    }
    for (String t : new String[] {"pass", "auth", "creds", "sig", "otp", "jwt", "pat"}) {
      terms.add(new Term(t, TOKEN, true));
    }
    // Tokens that are no credential: pagination cursors and .NET's CancellationToken. Longer,
    // so they win over "token".
    for (String t : new String[] {"pagetoken", "nextpagetoken", "nexttoken", "continuationtoken",
        "paginationtoken", "synctoken", "resumetoken", "cancellationtoken", "idempotencytoken"}) {
      terms.add(new Term(t, EXCLUDED, false));
    }
    terms.add(new Term("session", SESSION, true));
    terms.add(new Term("sessionid", SESSION, true));
    terms.add(new Term("value", VALUE, true));
    terms.add(new Term("val", VALUE, true));
    terms.add(new Term("key", KEY, true));
    terms.add(new Term("code", KEY, true)); // an OAuth authorization code: ?code=4%2F0A...
    for (String key : extraKeys) {
      terms.add(new Term(normalize(key), PASSWORD, true));
    }
    terms.sort((a, b) -> b.text.length() - a.text.length());
    for (Term t : terms) {
      int n = t.text.length();
      append(byLastChar, t.text.charAt(n - 1), t);
      append(byLastTwo, t.text.charAt(n - 2) << 7 | t.text.charAt(n - 1), t);
      if (n == 2) {
        twoLetterTerm[t.text.charAt(0) << 7 | t.text.charAt(1)] = true;
      } else {
        int h = trigram(t.text.charAt(n - 3), t.text.charAt(n - 2), t.text.charAt(n - 1));
        lastThree[h >>> 6] |= 1L << h;
      }
    }
  }

  private static void append(Term[][] index, int at, Term t) {
    Term[] list = index[at];
    Term[] longer = list == null ? new Term[1] : Arrays.copyOf(list, list.length + 1);
    longer[longer.length - 1] = t;
    index[at] = longer;
  }

  /** Whether {@code key}, as {@link #normalize} folds it, can be a term: two or more ASCII letters or digits. */
  static boolean isValidTerm(String key) {
    String folded = normalize(key);
    for (int k = 0; k < folded.length(); k++) {
      char c = folded.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return folded.length() >= 2;
  }

  /** Whether some term ends with {@code c}, in either case: only such keys need a look. */
  boolean endsTerm(int c) {
    int lower = Text.lower(c);
    return lower < 128 && byLastChar[lower] != null;
  }

  /**
   * The characters that stand before {@code c} in the terms ending with it, in both cases, and
   * the separators that may stand between words ({@code API_KEY}).
   */
  long[] precedingInTerms(int c) {
    long[] set = Text.set("_.\\- ");
    for (Term t : byLastChar[Text.lower(c)]) {
      int before = t.text.charAt(t.text.length() - 2);
      Text.add(set, before, before);
      Text.add(set, Character.toUpperCase(before), Character.toUpperCase(before));
    }
    return set;
  }

  /** A key name folded the way the terms are: lower case, without separators. */
  static String normalize(String key) {
    StringBuilder folded = new StringBuilder();
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (!isSeparator(c)) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isSeparator(int c) {
    return c == '_' || c == '-' || c == '.' || c == ' ';
  }

  /** The kind of the key {@code [start, end)}, or {@link #NONE}. */
  int classify(CharSequence s, byte[] b, int start, int end) {
    return classify(s, b, start, end, false);
  }

  /**
   * Whether a key ending at {@code end}, wherever at or after {@code lo} it starts, ends in a
   * term, separators skipped. When this is false, {@link #classify} of the key is {@link #NONE}
   * whatever its start, so the key need not be read. Most keys are dismissed by their last two
   * or three letters; the rest ({@code mode} ends in the last three of {@code code},
   * {@code action} in those of {@code session}) by the terms that end in them.
   */
  boolean mayEndInTerm(CharSequence s, byte[] b, int lo, int end) {
    int last = skipSeparators(s, b, lo, end - 1);
    int before = skipSeparators(s, b, lo, last - 1);
    Term[] candidates = lastTwo(s, b, lo, last, before);
    if (candidates == null) {
      return false;
    }
    int c = Text.lower(Text.at(s, b, last));
    int p = Text.lower(Text.at(s, b, before));
    if (twoLetterTerm[p << 7 | c]) {
      return true;
    }
    int third = skipSeparators(s, b, lo, before - 1);
    if (third < lo) {
      return false;
    }
    int h = trigram(Text.lower(Text.at(s, b, third)), p, c);
    return (lastThree[h >>> 6] & 1L << h) != 0 && endsInOne(s, b, lo, last, candidates);
  }

  /**
   * Words after a term that name another value of the same secret (routingKey_previous). Not
   * new, current or primary: their last letters end many keys of ordinary text (client:, entry:),
   * each a stop of the scan.
   */
  static final String[] QUALIFIERS = {"previous", "prev", "old", "backup", "base64", "b64"};

  /**
   * More such words, for a key before a blank and its {@code =} or {@code :} (a typed
   * declaration, {@code reportAuthTokenMain: String = ...}), which the scan stops at anyway:
   * anchored before a bare {@code =} their last letters would stop it at domain= and version=.
   */
  static final String[] SPACED_QUALIFIERS = {"new", "current", "main", "primary", "secondary",
      "dev", "prod", "production", "staging", "stage", "test", "qa", "uat", "local", "raw",
      "str", "string", "value", "plain", "plaintext", "encoded", "default", "live", "sandbox",
      "internal", "external"};

  /**
   * Where the key ending at {@code end} ends without a qualifier after its term
   * ({@code _previous}, {@code Old}, {@code _2}), or {@code end} when it has none. Read only for
   * a key that does not end in a term, so at the stops of ordinary text a last character that
   * ends no qualifier dismisses it.
   */
  static int withoutQualifier(CharSequence s, byte[] b, int lo, int end) {
    int k = end;
    if (end > lo) {
      String[] candidates = QUALIFIERS_BY_LAST[Math.min(Text.lower(Text.at(s, b, end - 1)), 127)];
      for (int q = 0; candidates != null && q < candidates.length; q++) {
        if (Text.startsWith(s, b, end - candidates[q].length(), lo, end, candidates[q], true)) {
          k = end - candidates[q].length();
          break;
        }
      }
    }
    if (k == end) {
      // routing_key_2: up to two digits
      while (k > lo && end - k < 3 && Text.isDigit(Text.at(s, b, k - 1))) {
        k--;
      }
    }
    if (k == end || k - 1 <= lo) {
      return end;
    }
    int before = Text.at(s, b, k - 1);
    if (isSeparator(before) && before != ' ') {
      return k - 1;
    }
    // routingKeyPrevious: a capital after a letter.
    int first = Text.at(s, b, k);
    return first >= 'A' && first <= 'Z' && Text.isLetter(before) ? k : end;
  }

  /**
   * Whether the key ending at {@code last} ends in one of {@code terms}: shortest first, so that
   * a key ending in {@code key} is told after one term, not after the nearly forty that end so.
   */
  private static boolean endsInOne(CharSequence s, byte[] b, int lo, int last, Term[] terms) {
    for (int k = terms.length - 1; k >= 0; k--) {
      if (matchEnd(s, b, lo, last, terms[k].chars) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Three characters folded into 15 bits; letters and digits only ever collide, never miss. */
  private static int trigram(int a, int p, int c) {
    return (a & 31) << 10 | (p & 31) << 5 | c & 31;
  }

  /** The terms that end in the last two letters of the key {@code [start, end)}, or null. */
  private Term[] candidates(CharSequence s, byte[] b, int start, int end) {
    int last = skipSeparators(s, b, start, end - 1);
    return lastTwo(s, b, start, last, skipSeparators(s, b, start, last - 1));
  }

  /** The terms that end in the letters at {@code before} and {@code last}, or null. */
  private Term[] lastTwo(CharSequence s, byte[] b, int start, int last, int before) {
    if (before < start) {
      return null;
    }
    int c = Text.lower(Text.at(s, b, last));
    int p = Text.lower(Text.at(s, b, before));
    return c < 128 && p < 128 ? byLastTwo[p << 7 | c] : null;
  }

  /** The last position at or before {@code k}, down to {@code start}, that is no separator. */
  private static int skipSeparators(CharSequence s, byte[] b, int start, int k) {
    while (k >= start && isSeparator(Text.at(s, b, k))) {
      k--;
    }
    return k;
  }

  /**
   * {@link #classify(CharSequence, byte[], int, int)} of a key that may be glued to what stands
   * before {@code start}: then a term that must start a word does not start one there.
   */
  int classify(CharSequence s, byte[] b, int start, int end, boolean gluedBefore) {
    return Math.max(NONE, classifyOrExcluded(s, b, start, end, gluedBefore));
  }

  /**
   * {@link #classify(CharSequence, byte[], int, int, boolean)}, or {@link #EXCLUDED} for a key
   * that a term names as no secret, whose words are then not looked into either.
   */
  int classifyOrExcluded(CharSequence s, byte[] b, int start, int end, boolean gluedBefore) {
    Term[] candidates = candidates(s, b, start, end);
    if (candidates == null) {
      return NONE;
    }
    for (Term t : candidates) {
      int first = matchEnd(s, b, start, end - 1, t.chars);
      if (first > start && (t.kind == VALUE || t.kind == KEY)) {
        continue; // "value" and "key" name something only as the whole key
      }
      if (first >= 0 && (!t.wholeWord
          || (startsWord(s, b, start, first) && !(gluedBefore && first == start)))) {
        if (t.text.equals("pwd") && isShellPwd(s, b, start, end)) {
          return NONE;
        }
        return t.kind;
      }
    }
    return NONE;
  }

  /** Terms looked for inside a longer key, by {@link #classifyInner}. */
  private static final String[] INNER_TERMS = {"password", "passwd", "passphrase", "secret",
      "token", "apikey", "credential", "privatekey", "accesskey", "secretkey", "authtoken",
      "masterkey", "appkey", "applicationkey", "subscriptionkey", "functionkey", "functionskey",
      "routingkey"};

  /**
   * Words that, after a term inside a key, make the key name something about the secret rather
   * than the secret itself: {@code token_count}, {@code secretName}, {@code password_expired}.
   */
  private static final String[] ABOUT_WORDS = {"count", "type", "id", "ids", "name", "names",
      "url", "uri", "endpoint", "expiry", "expires", "expiration", "expired", "exp", "ttl",
      "version", "length", "len", "size", "policy", "encoder", "provider", "manager", "store",
      "file", "path", "dir", "ref", "arn", "format", "mode", "enabled", "enable", "required",
      "timeout", "prefix", "hint", "label", "field", "header", "param", "source", "location",
      "rotation", "age", "created", "updated", "time", "date", "status", "state", "valid",
      "validity", "strength", "reset", "change", "min", "max", "limit", "scope", "scopes", "kind",
      "class", "service", "issuer", "audience", "algorithm", "alg", "lifetime", "duration",
      "interval", "handler", "filter", "factory", "config", "settings", "rules", "chars",
      "attempts", "retries", "error", "errors", "missing", "invalid", "usage", "used", "remaining",
      "total", "number", "num", "index", "position", "offset", "level", "category", "group",
      "owner", "cache", "pool", "queue", "refresh", "request", "response", "validator",
      "generator", "client", "util", "utils", "helper", "bean", "properties", "rule",
      "minlength", "maxlength", "list", "map", "set", "types", "ok", "check", "checked", "exists",
      "present", "disabled", "flag", "uuid", "key", "keys", "hash", "hashed", "sha1", "sha256",
      "sha512", "md5", "digest", "checksum", "fingerprint", "resolver", "loader", "scheduler",
      "interceptor", "controller", "repository", "verifier", "listener", "initializer",
      "converter", "decoder", "holder", "registry", "parser", "printer", "broker", "job", "task",
      "exception", "builder", "supplier", "customizer", "configurer", "mapper", "dao",
      "spec", "impl"};

  /**
   * {@link #INNER} when a term of {@link #INNER_TERMS} starts a word inside the key
   * {@code [start, end)} and the word after it, if any, is not one of {@link #ABOUT_WORDS};
   * {@link #NONE} otherwise. For keys that end in no term.
   */
  int classifyInner(CharSequence s, byte[] b, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!startsWord(s, b, start, k) || isSeparator(Text.at(s, b, k))) {
        continue;
      }
      for (String term : INNER_TERMS) {
        int after = matchFrom(s, b, k, end, term);
        if (after > 0 && !isAboutWord(s, b, after, end)) {
          return INNER;
        }
      }
    }
    return NONE;
  }

  /**
   * Words before a last word "key" that make the key name data or a public key, not a secret:
   * {@code cacheKey}, {@code partition_key}, {@code ssh.host-key}, {@code PUBLIC_KEY}.
   */
  private static final String[] DATA_KEY_WORDS = {"public", "pub", "publishable", "host", "socket",
      "websocket", "verification", "verify", "foreign", "partition", "sort", "range", "hash",
      "cache", "caching", "object", "s3", "blob", "file", "idempotency", "idempotent", "dedup",
      "dedupe", "deduplication", "unique", "composite", "natural", "surrogate", "row", "column",
      "map", "group", "message", "msg", "record", "lock", "shard", "sharding", "index", "cursor",
      "entry", "lookup", "cluster", "node", "bucket", "table", "item", "state", "event", "job",
      "task", "trigger", "metric", "attribute", "attr", "property", "prop", "config", "setting",
      "i18n", "translation", "label", "resource", "asset", "sequence", "seq", "hot", "short",
      "kafka", "redis", "registry", "version", "request", "correlation", "trace", "tracking",
      "order", "user", "customer", "tenant", "ssh", "gpg", "pgp", "kms", "dictionary", "dict",
      "list", "child", "parent", "next", "last", "first", "start", "end", "min", "max", "tag",
      "field", "header", "param", "path", "route", "topic", "stream", "queue", "channel", "subject",
      "type", "kind", "mode", "name", "id", "menu", "nav", "sub", "lang", "locale", "content",
      "data", "doc", "document", "entity", "model", "schema", "filter", "shortcut", "press",
      "wrapped", "ref", "reference", "alias", "kid", "jwk", "jwks"};

  /**
   * {@link #INNER} for a key of two or more words whose last is "key" ({@code ALGOLIA_KEY},
   * {@code mailgunKey}, {@code storage.account-key}), so that a machine-made value under it is
   * masked, unless the word before names data or a public key ({@link #DATA_KEY_WORDS});
   * {@link #NONE} otherwise.
   */
  static int classifyCompoundKey(CharSequence s, byte[] b, int start, int end) {
    int word = end - 3;
    if (word - 2 <= start || !Text.startsWith(s, b, word, start, end, "key", true)
        || !startsWord(s, b, start, word)) {
      return NONE;
    }
    int last = skipSeparators(s, b, start, word - 1);
    int first = last;
    while (first > start && !isSeparator(Text.at(s, b, first - 1))
        && !(Text.at(s, b, first) >= 'A' && Text.at(s, b, first) <= 'Z'
            && Text.at(s, b, first - 1) >= 'a' && Text.at(s, b, first - 1) <= 'z')) {
      first--;
    }
    if (last - first < 1) {
      return NONE;
    }
    for (String w : DATA_KEY_WORDS) {
      if (w.length() == last + 1 - first
          && Text.startsWith(s, b, first, first, last + 1, w, true)) {
        return NONE;
      }
    }
    return INNER;
  }

  /**
   * Providers whose name alone stands for their credential as a key, as configuration and
   * secret scanners' samples write it ({@code datadog = '...'}, {@code "mailgun": "..."}); taken
   * for a quoted or separated machine-made value only.
   */
  private static final String[] VENDORS = {"adafruit", "airtable", "algolia", "alchemy",
      "amplitude", "anthropic", "artifactory", "asana", "assemblyai", "atlassian", "azure",
      "betterstack", "bitbucket", "bitly", "braintree", "browserstack", "bugsnag", "buildkite",
      "circleci", "clickup", "cloudflare", "cloudinary", "cloudsmith", "codecov", "coinbase",
      "contentful", "coveralls", "datadog", "deepgram", "deepl", "digitalocean", "discord",
      "dropbox", "dynatrace", "elevenlabs", "fastly", "figma", "firebase", "flutterwave",
      "geoapify", "github", "gitlab", "gitter", "grafana", "groq", "heroku", "honeycomb", "hubspot",
      "huggingface", "infura", "intercom", "ipinfo", "ipstack", "jfrog", "jumpcloud", "klaviyo",
      "launchdarkly", "linear", "linenotify", "locationiq", "loggly", "logz", "mailchimp",
      "mailgun", "mailjet", "mapbox", "mattermost", "mixpanel", "mongodbatlas", "netlify",
      "newrelic", "newsapi", "ngrok", "notion", "npm", "nvidia", "okta", "onesignal", "openai",
      "opencage", "openweather", "opsgenie", "pagerduty", "paystack", "pinecone", "plaid",
      "planetscale", "positionstack", "postman", "postmark", "pulumi", "pusher", "pypi", "razorpay",
      "replicate", "rollbar", "rubygems", "saucelabs", "segment", "sendgrid", "sendinblue",
      "sentry", "shodan", "shopify", "slack", "snowflake", "snyk", "sonarcloud", "sonarqube",
      "splunk", "statuspage", "stripe", "sumologic", "supabase", "tailscale", "telegram",
      "terraform", "travisci", "trello", "twilio", "twitch", "typeform", "uptimerobot", "vercel",
      "vonage", "vultr", "wandb", "zendesk", "zoho"};

  /**
   * Whether the key ending at {@code end} is a provider's name alone ({@link #VENDORS}), or the
   * last part of a dotted key.
   */
  static boolean isVendor(CharSequence s, byte[] b, int lo, int end) {
    if (end <= lo || VENDORS_BY_LAST[Math.min(Text.lower(Text.at(s, b, end - 1)), 127)] == null) {
      return false;
    }
    int start = end;
    while (start > lo && end - start < 16 && Text.isLetter(Text.at(s, b, start - 1))) {
      start--;
    }
    if (end - start < 3 || start > lo && Text.isDigit(Text.at(s, b, start - 1))) {
      return false;
    }
    int before = start > lo ? Text.at(s, b, start - 1) : ' ';
    if (Text.isLetter(before) || before == '_' || before == '-' || before == '$') {
      return false;
    }
    String[] candidates = VENDORS_BY_LAST[Math.min(Text.lower(Text.at(s, b, end - 1)), 127)];
    for (int k = 0; candidates != null && k < candidates.length; k++) {
      if (candidates[k].length() == end - start
          && Text.startsWith(s, b, start, start, end, candidates[k], true)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #VENDORS} by their last letter, so that a key is compared with a few at most. */
  private static final String[][] VENDORS_BY_LAST = byLastLetter(VENDORS);

  /** {@link #QUALIFIERS} and {@link #SPACED_QUALIFIERS} by their last letter. */
  private static final String[][] QUALIFIERS_BY_LAST = byLastLetter(QUALIFIERS, SPACED_QUALIFIERS);

  private static String[][] byLastLetter(String[]... lists) {
    String[][] index = new String[128][];
    for (String[] list : lists) {
      for (String word : list) {
        int last = word.charAt(word.length() - 1);
        String[] bucket = index[last] == null ? new String[0] : index[last];
        bucket = Arrays.copyOf(bucket, bucket.length + 1);
        bucket[bucket.length - 1] = word;
        index[last] = bucket;
      }
    }
    return index;
  }

  /**
   * Whether a proper name stands right before a bare key word at {@code keyStart}, one blank
   * between ({@code Cloudflare key}, {@code LINE Notify key}): a capitalized word that names
   * neither data nor a public key.
   */
  static boolean namesKeyBefore(CharSequence s, byte[] b, int lo, int keyStart) {
    int last = keyStart - 2;
    if (last < lo || Text.at(s, b, keyStart - 1) != ' ' || !Text.isLetter(Text.at(s, b, last))
        && !Text.isDigit(Text.at(s, b, last))) {
      return false;
    }
    int first = last;
    while (first > lo && keyStart - first < 32 && Text.isLetter(Text.at(s, b, first - 1))) {
      first--;
    }
    int c = Text.at(s, b, first);
    if (isVendor(s, b, lo, last + 1)) {
      return true; // using positionstack key ...
    }
    if (c < 'A' || c > 'Z' || last - first < 1
        || first > lo && !Text.isSpace(Text.at(s, b, first - 1))) {
      return false;
    }
    for (String[] words : new String[][] {DATA_KEY_WORDS, DETERMINERS}) {
      for (String w : words) {
        if (w.length() == last + 1 - first
            && Text.startsWith(s, b, first, first, last + 1, w, true)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Words that start a sentence before a key and name no provider: {@code The key 5d41... was
   * cached}, {@code Duplicate key ... in map}.
   */
  private static final String[] DETERMINERS = {"the", "a", "an", "this", "that", "these",
      "those", "no", "any", "each", "every", "same", "new", "old", "its", "our", "your", "my",
      "their", "his", "her", "which", "whose", "one", "another", "using", "with", "by", "for",
      "duplicate", "missing", "unknown", "existing", "given", "expected", "required", "optional",
      "default", "empty", "null", "bad", "wrong", "invalid", "illegal", "unexpected", "found",
      "provided", "generated", "created", "stored", "deleted", "removed", "updated", "added",
      "cached", "compound", "next", "previous", "current", "first", "last"};

  /** Where {@code term} ends if it stands at {@code k}, separators inside it skipped, else -1. */
  private static int matchFrom(CharSequence s, byte[] b, int k, int end, String term) {
    int j = k;
    for (int t = 0; t < term.length(); t++) {
      while (t > 0 && j < end && isSeparator(Text.at(s, b, j))) {
        j++;
      }
      if (j >= end || Text.lower(Text.at(s, b, j)) != term.charAt(t)) {
        return -1;
      }
      j++;
    }
    // The term must end a word: "tokenizer" holds no token.
    if (j < end && !isSeparator(Text.at(s, b, j)) && !Text.isDigit(Text.at(s, b, j))
        && !(Text.at(s, b, j) >= 'A' && Text.at(s, b, j) <= 'Z')) {
      return -1;
    }
    return j;
  }

  /** Whether the word after {@code from} in a key is one of {@link #ABOUT_WORDS}. */
  static boolean isAboutWord(CharSequence s, byte[] b, int from, int end) {
    int k = from;
    while (k < end && isSeparator(Text.at(s, b, k))) {
      k++;
    }
    if (k == end) {
      return false;
    }
    int wordEnd = k + 1;
    while (wordEnd < end && !isSeparator(Text.at(s, b, wordEnd))
        && !(Text.at(s, b, wordEnd) >= 'A' && Text.at(s, b, wordEnd) <= 'Z'
            && Text.at(s, b, wordEnd - 1) >= 'a' && Text.at(s, b, wordEnd - 1) <= 'z')) {
      wordEnd++;
    }
    for (String word : ABOUT_WORDS) {
      if (word.length() == wordEnd - k && Text.startsWith(s, b, k, k, wordEnd, word, true)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code term} starts if the key ending at {@code last} ends with it, else -1. */
  private static int matchEnd(CharSequence s, byte[] b, int start, int last, char[] term) {
    int j = last;
    for (int t = term.length - 1; t >= 0; t--) {
      j = skipSeparators(s, b, start, j);
      if (j < start || Text.lower(Text.at(s, b, j)) != term[t]) {
        return -1;
      }
      j--;
    }
    return j + 1;
  }

  static boolean startsWord(CharSequence s, byte[] b, int start, int first) {
    if (first == start) {
      return true;
    }
    int before = Text.at(s, b, first - 1);
    int c = Text.at(s, b, first);
    // -Dpwd=...: a JVM system property is named after its -D.
    return isSeparator(before) || (c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z')
        || before == 'D' && first - 2 == start && Text.at(s, b, start) == '-';
  }

  /** {@code PWD} and {@code OLDPWD} of a shell environment hold directories, not passwords. */
  private static boolean isShellPwd(CharSequence s, byte[] b, int start, int end) {
    int length = end - start;
    return (length == 3 || length == 6)
        && Text.startsWith(s, b, start, start, end, length == 3 ? "PWD" : "OLDPWD", false);
  }
}
