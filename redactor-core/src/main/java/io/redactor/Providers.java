package io.redactor;

/**
 * Detectors for provider credentials whose structure a prefix and an alphabet cannot say: a fixed
 * part in the middle or at the end ({@code .atlasv1.}, {@code -us12}, {@code JQQJ...AZDO}), a
 * secret before its anchor (the key of a Sentry DSN), or a pair (a Twilio account SID and its auth
 * token). Formats follow the providers' documentation; each detector reads at most its format's
 * longest form plus one character. Also the placeholder check shared with {@link TokenDetector}.
 */
final class Providers {
  private static final long[] HEX = Text.set("0-9a-fA-F");
  private static final long[] HEX_LOWER = Text.set("0-9a-f");
  private static final long[] TERRAFORM_BODY = Text.set("0-9A-Za-z_=\\-");
  private static final long[] HOST = Text.set("0-9A-Za-z.\\-");
  private static final long[] DIGITS = Text.set("0-9");

  private Providers() {
  }

  /**
   * Whether the body of a token in {@code [start, end)} is a published placeholder rather than a
   * secret: one letter or digit repeated, whatever separates them ({@code xxxx},
   * {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}), a run of eight {@code x},
   * {@code X}, {@code *}, {@code #} or {@code 0} ({@code T00000000/B00000000/XXXXXXXX}), a word
   * that documentation writes there ({@code EXAMPLE}, {@code example}, {@code your_..._here}), or
   * a counting sequence ({@code 12345678}, {@code abcdefgh}). A random body of any of the formats
   * here holds none of them but with a chance far below one in a million.
   */
  static boolean isPlaceholder(CharSequence s, byte[] b, int start, int end) {
    int run = 1;
    int step = 1;
    int letterOrDigit = -1;
    boolean oneCharacter = true;
    for (int k = start; k < end; k++) {
      int c = Text.at(s, b, k);
      if (Text.isLetter(c) || Text.isDigit(c)) {
        oneCharacter &= letterOrDigit < 0 || c == letterOrDigit;
        letterOrDigit = c;
      }
      if (k == start) {
        continue;
      }
      int before = Text.at(s, b, k - 1);
      run = c == before ? run + 1 : 1;
      if (run >= 8 && "xX*#0".indexOf(c) >= 0) {
        return true;
      }
      step = c == before + 1 && (Text.isLetter(c) || Text.isDigit(c)) ? step + 1 : 1;
      if (step >= 8) {
        return true;
      }
    }
    return oneCharacter || contains(s, b, start, end, "EXAMPLE")
        || contains(s, b, start, end, "example") || contains(s, b, start, end, "Example")
        || contains(s, b, start, end, "your_") || contains(s, b, start, end, "YOUR_")
        || contains(s, b, start, end, "your-") || contains(s, b, start, end, "_here")
        || contains(s, b, start, end, "_HERE");
  }

  private static boolean contains(CharSequence s, byte[] b, int start, int end, String word) {
    return Text.indexOf(s, b, start, end, word) >= 0;
  }

  /** Whether {@code [start, end)} is a UUID: 8-4-4-4-12 hex digits. */
  static boolean isUuid(CharSequence s, byte[] b, int start, int end) {
    if (end - start != 36) {
      return false;
    }
    for (int k = 0; k < 36; k++) {
      int c = Text.at(s, b, start + k);
      boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
      if (dash ? c != '-' : !Text.in(HEX, c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [start, end)} holds only characters of {@code set}. */
  private static boolean all(CharSequence s, byte[] b, int start, int end, long[] set) {
    for (int k = start; k < end; k++) {
      if (!Text.in(set, Text.at(s, b, k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a token may start at {@code start}: not glued to {@code glued} nor to a mask. */
  private static boolean startsHere(Engine engine, CharSequence s, byte[] b, int start, int lo,
      long[] glued) {
    return start >= lo && Text.startsToken(s, b, start, lo, glued)
        && !engine.endsMask(s, b, start, lo);
  }

  /** Whether the token ending at {@code end} is not glued to a character of {@code glued}. */
  private static boolean endsHere(CharSequence s, byte[] b, int end, int hi, long[] glued) {
    return end >= hi || !Text.in(glued, Text.at(s, b, end));
  }

  /**
   * A Twilio account SID ({@code AC} and 32 lowercase hex digits), and the auth token after it
   * when the two stand as {@code SID:token}, as in basic authentication and connection strings.
   * The {@code AC} stays readable.
   */
  static final class TwilioAccount extends Detector {
    TwilioAccount(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('A', 'C', this, Text.TOKEN_START, HEX_LOWER);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int p = i - 1;
      if (p < lo || Text.at(s, b, p) != 'A' || !startsHere(engine, s, b, p, lo, Text.ALNUM)) {
        return Engine.NO_HIT;
      }
      int sid = Text.run(s, b, i + 1, hi, HEX_LOWER, 33);
      if (sid - i - 1 != 32 || !endsHere(s, b, sid, hi, Text.ALNUM)
          || isPlaceholder(s, b, i + 1, sid)) {
        return Engine.NO_HIT;
      }
      int end = sid;
      if (sid + 1 < hi && Text.at(s, b, sid) == ':') {
        int token = Text.run(s, b, sid + 1, hi, HEX_LOWER, 33);
        if (token - sid - 1 == 32 && endsHere(s, b, token, hi, Text.ALNUM)) {
          end = token;
        }
      }
      return engine.accept(s, b, i + 1, end, rule);
    }
  }

  /**
   * A Mailchimp API key: 32 lowercase hex digits, {@code -us} and the data center's number. The
   * anchor is {@code -u}, after the secret, so the whole key is masked.
   */
  static final class MailchimpKey extends Detector {
    MailchimpKey(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('-', 'u', this, HEX_LOWER, Text.set("s"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int dash = i - 1;
      if (!Text.startsWith(s, b, dash, lo, hi, "-us", false)) {
        return Engine.NO_HIT;
      }
      int digits = Text.run(s, b, dash + 3, hi, DIGITS, 3);
      int start = dash - 32;
      if (digits - dash - 3 < 1 || digits - dash - 3 > 2 || !endsHere(s, b, digits, hi, Text.ALNUM)
          || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start, dash, HEX_LOWER) || isPlaceholder(s, b, start, dash)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, digits, rule);
    }
  }

  /**
   * A Terraform Cloud / Enterprise API token: 14 letters or digits, {@code .atlasv1.}, and 60 to
   * 70 characters.
   */
  static final class TerraformToken extends Detector {
    private static final String INFIX = ".atlasv1.";

    TerraformToken(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      // "sv" of atlasv1: it occurs 7 times in the 4.4 MB of the loghub samples.
      anchors.add(INFIX, 6, false, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int dot = i - 6;
      int start = dot - 14;
      if (!Text.startsWith(s, b, dot, lo, hi, INFIX, false)
          || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start, dot, Text.ALNUM)) {
        return Engine.NO_HIT;
      }
      int body = dot + INFIX.length();
      int end = Text.run(s, b, body, hi, TERRAFORM_BODY, 71);
      if (end - body < 60 || end - body > 70 || isPlaceholder(s, b, body, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /**
   * A Firebase Cloud Messaging legacy server key: {@code AAAA}, seven characters, a colon,
   * {@code APA91b} and about 134 more. Shares the {@code :A} anchor of Telegram bot tokens.
   */
  static final class FcmServerKey extends Detector {
    FcmServerKey(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(':', 'A', this, Text.BASE64URL, Text.set("P"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int colon = i - 1;
      int start = colon - 11;
      if (!Text.startsWith(s, b, i, lo, hi, "APA91b", false)
          || !Text.startsWith(s, b, start, lo, hi, "AAAA", false)
          || !startsHere(engine, s, b, start, lo, Text.BASE64URL)
          || !all(s, b, start + 4, colon, Text.BASE64URL)) {
        return Engine.NO_HIT;
      }
      int body = i + 6;
      int end = Text.run(s, b, body, hi, Text.BASE64URL, 201);
      if (end - body < 100 || end - body > 200 || isPlaceholder(s, b, body, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /**
   * A Telegram bot token glued to {@code bot} in a bot API URL
   * ({@code api.telegram.org/bot123456789:AA.../sendMessage}), where the token has no boundary of
   * its own. The bot id stays, as for a token standing alone.
   */
  static final class TelegramBotUrl extends Detector {
    TelegramBotUrl(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(':', 'A', this, Text.set("0-9"), Text.set("A"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int digits = Shapes.Telegram.botIdStart(s, b, i - 1, lo);
      int idLength = i - 1 - digits;
      if (idLength < 8 || idLength > 10 || !Text.startsWith(s, b, digits - 3, lo, hi, "bot", false)
          || !startsHere(engine, s, b, digits - 3, lo, Text.ALNUM)
          || i + 1 >= hi || Text.at(s, b, i + 1) != 'A') {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, i, hi, Text.BASE64URL, 36);
      return end - i == 35 && !isPlaceholder(s, b, i + 2, end)
          ? engine.accept(s, b, i, end, rule) : Engine.NO_HIT;
    }
  }

  /**
   * The key of a Sentry DSN, {@code https://<32 hex>@<host>/<project>}, where the host names
   * Sentry ({@code o1.ingest.sentry.io}, {@code sentry.example.com}). Shares the {@code :/} anchor
   * of URL userinfo; a DSN with a secret after the key is URL userinfo.
   */
  static final class SentryDsn extends Detector {
    SentryDsn(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add(':', '/', this, Text.ALNUM, Text.set("/"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      if (!Text.startsWith(s, b, i - 1, lo, hi, "://", false)) {
        return Engine.NO_HIT;
      }
      int key = i + 2;
      int at = Text.run(s, b, key, hi, HEX_LOWER, 33);
      if (at - key != 32 || at >= hi || Text.at(s, b, at) != '@'
          || isPlaceholder(s, b, key, at)) {
        return Engine.NO_HIT;
      }
      int hostEnd = Text.run(s, b, at + 1, hi, HOST, 101);
      if (hostEnd - at - 1 > 100 || hostEnd + 1 >= hi || Text.at(s, b, hostEnd) != '/'
          || !Text.isDigit(Text.at(s, b, hostEnd + 1))
          || (Text.indexOf(s, b, at + 1, hostEnd, "sentry") < 0
              && Text.indexOf(s, b, at + 1, hostEnd, ".ingest.") < 0)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, key, at, rule);
    }
  }

  /**
   * An Azure DevOps personal access token in the format of 2024: 84 letters and digits, of which
   * 52 random ones, the signature {@code JQQJ} of Microsoft's identifiable keys at the 53rd
   * character and the provider tag {@code AZDO} at the 77th.
   */
  static final class AzureDevOpsPat extends Detector {
    AzureDevOpsPat(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("JQQJ", 3, false, this, Text.ALNUM, Text.ALNUM);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int signature = i - 3;
      int start = signature - 52;
      int end = signature + 32;
      if (end > hi || !Text.startsWith(s, b, signature, lo, hi, "JQQJ", false)
          || !Text.startsWith(s, b, signature + 24, lo, hi, "AZDO", false)
          || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start, end, Text.ALNUM) || !endsHere(s, b, end, hi, Text.ALNUM)
          || isPlaceholder(s, b, start, signature)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /** A MaxMind license key: 6 letters or digits, {@code _}, 29 more and {@code _mmk}. */
  static final class MaxMindLicenseKey extends Detector {
    private static final long[] KEY = Text.set("0-9A-Za-z_");

    MaxMindLicenseKey(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("_mmk", 3, false, this, Text.ANY, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int suffix = i - 3;
      int start = suffix - 36;
      int end = suffix + 4;
      if (!Text.startsWith(s, b, suffix, lo, hi, "_mmk", false)
          || !endsHere(s, b, end, hi, KEY) || !startsHere(engine, s, b, start, lo, KEY)
          || Text.at(s, b, start + 6) != '_' || !all(s, b, start, start + 6, Text.ALNUM)
          || !all(s, b, start + 7, suffix, Text.ALNUM) || isPlaceholder(s, b, start + 7, suffix)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /**
   * A Dropbox long-lived access token: 11 letters or digits, ten {@code A}s and 43 more. Shares
   * the {@code AA} anchor of Twitter bearer tokens; asked at each pair of a run of {@code A}s, it
   * finds the one where eleven characters stand before the ten.
   */
  static final class DropboxLongLived extends Detector {
    private static final long[] BODY = Text.set("0-9A-Za-z_=\\-");

    DropboxLongLived(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('A', 'A', this, Text.ALNUM, Text.set("A"));
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int run = i - 1;
      int start = run - 11;
      if (!Text.startsWith(s, b, run, lo, hi, "AAAAAAAAAA", false)
          || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start, run, Text.ALNUM)) {
        return Engine.NO_HIT;
      }
      int body = run + 10;
      int end = Text.run(s, b, body, hi, BODY, 44);
      if (end - body != 43 || isPlaceholder(s, b, body, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /** A New Relic license key of the current format: 36 hex digits and {@code NRAL}. */
  static final class NewRelicLicenseKey extends Detector {
    NewRelicLicenseKey(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add("NRAL", 1, false, this, HEX, Text.ANY);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int suffix = i - 1;
      int start = suffix - 36;
      int end = suffix + 4;
      if (!Text.startsWith(s, b, suffix, lo, hi, "NRAL", false)
          || !endsHere(s, b, end, hi, Text.ALNUM) || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start, suffix, HEX) || isPlaceholder(s, b, start, suffix)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }

  /**
   * A Salesforce access or session token: the 15-character id of the org ({@code 00D...}), an
   * exclamation mark and about 96 characters, which start with {@code A} ({@code AQ}, {@code AR}).
   */
  static final class SalesforceToken extends Detector {
    private static final long[] SESSION = Text.set("0-9A-Za-z_.");

    SalesforceToken(int rule) {
      super(rule);
    }

    @Override
    void register(Engine.Anchors anchors) {
      anchors.add('!', 'A', this, Text.ALNUM, SESSION);
    }

    @Override
    long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
      int bang = i - 1;
      int start = bang - 15;
      if (!Text.startsWith(s, b, start, lo, hi, "00D", false)
          || !startsHere(engine, s, b, start, lo, Text.ALNUM)
          || !all(s, b, start + 3, bang, Text.ALNUM)) {
        return Engine.NO_HIT;
      }
      int end = Text.run(s, b, i, hi, SESSION, 121);
      if (end - i < 80 || end - i > 120 || isPlaceholder(s, b, i, end)) {
        return Engine.NO_HIT;
      }
      return engine.accept(s, b, start, end, rule);
    }
  }
}
