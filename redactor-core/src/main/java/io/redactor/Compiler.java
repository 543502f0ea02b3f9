package io.redactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Checks a {@link Redactor.Builder} and compiles it into an {@link Engine}. */
final class Compiler {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MIN_SECRET = 4;
  private static final int MIN_ENV_SECRET = 6;
  private static final int MAX_RULES = 255;

  /**
   * Detectors added to every engine compiled while they are listed: how the tests of this
   * library inject a rule that fails, through any adapter. Empty otherwise.
   */
  static final List<Function<Integer, Detector>> INJECTED = new CopyOnWriteArrayList<>();

  private final Redactor.Builder builder;
  private final List<String> ruleIds = new ArrayList<>();
  private final List<Detector> detectors = new ArrayList<>();

  private Compiler(Redactor.Builder builder) {
    this.builder = builder;
  }

  static Engine compile(Redactor.Builder builder) {
    return new Compiler(builder).compile();
  }

  private Engine compile() {
    Set<String> enabled = enabledRules();
    ruleIds.addAll(Catalog.descriptions().keySet());
    ruleIds.add(Catalog.KNOWN_SECRET);
    ruleIds.add(Catalog.UNSCANNED);

    List<TokenDetector> tokens = new ArrayList<>();
    for (Catalog.Token spec : Catalog.TOKENS) {
      if (enabled.contains(spec.id)) {
        for (String prefix : spec.prefixes) {
          tokens.add(new TokenDetector(index(spec.id), spec, prefix));
        }
      }
    }
    // Longer prefixes first, so that sk-ant- is tried before sk-.
    tokens.sort(Comparator.comparingInt(TokenDetector::prefixLength).reversed());
    detectors.addAll(tokens);

    int sensitive = ruleIf(enabled, Catalog.SENSITIVE_KEY);
    int[] ruleByKind = {-1, sensitive, sensitive,
        ruleIf(enabled, Catalog.AUTHORIZATION_HEADER), ruleIf(enabled, Catalog.COOKIE_HEADER),
        ruleIf(enabled, Catalog.AWS_SECRET_ACCESS_KEY), ruleIf(enabled, Catalog.AZURE_STORAGE_KEY),
        // value (its kind comes from the name before it), key, a term inside a key
        sensitive, sensitive, sensitive};
    for (String key : builder.sensitiveKeys) {
      if (key == null || !KeyNames.isValidTerm(key)) {
        throw new RedactorConfigException("keys", String.valueOf(key),
            "a key name of at least 2 ASCII letters or digits, words joined by _ - . or spaces");
      }
    }
    if (!builder.sensitiveKeys.isEmpty()) {
      ruleByKind[KeyNames.PASSWORD] = index(Catalog.SENSITIVE_KEY);
    }
    boolean anyKeyRule = false;
    for (int rule : ruleByKind) {
      anyKeyRule |= rule >= 0;
    }
    if (anyKeyRule) {
      detectors.add(new KeyValueDetector(new KeyNames(builder.sensitiveKeys), ruleByKind));
    }
    if (sensitive >= 0) {
      detectors.add(new Shapes.CommandLine(sensitive));
    }

    // In this order: detectors sharing an anchor are asked one after the other, Telegram's own
    // shape before its URL form.
    List<Map.Entry<String, IntFunction<Detector>>> shapes = List.of(
        shape(Catalog.BEARER_TOKEN, Shapes.Bearer::new),
        shape(Catalog.JWT, Shapes.Jwt::new),
        shape(Catalog.SPRING_SESSION, Shapes.SpringSessionId::new),
        shape(Catalog.PRIVATE_KEY, Shapes.PrivateKey::new),
        shape(Catalog.URL_USERINFO, Shapes.UrlUserinfo::new),
        shape(Catalog.URL_USERINFO, Shapes.OracleThin::new),
        shape(Catalog.AZURE_STORAGE_KEY, Shapes.AzureStorageKey::new),
        shape(Catalog.TELEGRAM, Shapes.Telegram::new),
        shape(Catalog.DISCORD, Shapes.Discord::new),
        shape(Catalog.AZURE_CLIENT_SECRET, Shapes.AzureClientSecret::new),
        shape(Catalog.TELEGRAM, Providers.TelegramBotUrl::new),
        shape(Catalog.TWILIO_ACCOUNT, Providers.TwilioAccount::new),
        shape(Catalog.MAILCHIMP, Providers.MailchimpKey::new),
        shape(Catalog.TERRAFORM, Providers.TerraformToken::new),
        shape(Catalog.FCM, Providers.FcmServerKey::new),
        shape(Catalog.SENTRY_DSN, Providers.SentryDsn::new),
        shape(Catalog.AZURE_DEVOPS, Providers.AzureDevOpsPat::new),
        shape(Catalog.MAXMIND, Providers.MaxMindLicenseKey::new),
        shape(Catalog.DROPBOX, Providers.DropboxLongLived::new),
        shape(Catalog.NEW_RELIC, Providers.NewRelicLicenseKey::new),
        shape(Catalog.SALESFORCE, Providers.SalesforceToken::new),
        shape(Catalog.HIGH_ENTROPY, Shapes.HighEntropy::new));
    for (Map.Entry<String, IntFunction<Detector>> shape : shapes) {
      if (enabled.contains(shape.getKey())) {
        detectors.add(shape.getValue().apply(index(shape.getKey())));
      }
    }
    // A syntax, not a rule: what it finds is reported by the rules that find it decoded.
    detectors.add(new Shapes.EncodedText(index(Catalog.UNSCANNED)));
    detectors.add(new Shapes.Base64Text(index(Catalog.UNSCANNED)));

    for (String secret : knownSecrets()) {
      detectors.add(new Shapes.Literal(index(Catalog.KNOWN_SECRET), secret, false, null));
      String utf8 = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      if (!utf8.equals(secret)) {
        // The byte form reads UTF-8 bytes one by one: it needs the secret spelled that way too.
        detectors.add(new Shapes.Literal(index(Catalog.KNOWN_SECRET), utf8, false, null));
      }
    }
    for (String spec : builder.customRules) {
      addCustomRule(spec);
    }
    for (Function<Integer, Detector> injected : INJECTED) {
      detectors.add(injected.apply(index(Catalog.KNOWN_SECRET)));
    }

    Engine.Anchors anchors = new Engine.Anchors();
    for (Detector d : detectors) {
      d.register(anchors);
    }
    String mask = checkedMask();
    List<LinearPattern> allowPatterns = new ArrayList<>();
    for (String pattern : builder.allowPatterns) {
      allowPatterns.add(LinearPattern.compile("allow-pattern", pattern));
    }
    for (String value : builder.allowValues) {
      if (value == null || value.isEmpty()) {
        throw new RedactorConfigException("allow", String.valueOf(value), "a non-empty value");
      }
    }
    if (builder.maxScan < 1 || builder.maxScan > Engine.MAX_SCAN) {
      throw new RedactorConfigException("max-scan", String.valueOf(builder.maxScan),
          "a number of characters from 1 to " + Engine.MAX_SCAN);
    }
    return new Engine(anchors, ruleIds.toArray(new String[0]), builder.style, mask,
        fingerprintKey(), builder.allowValues.toArray(new String[0]),
        allowPatterns.toArray(new LinearPattern[0]), builder.failureListener,
        describe(enabled), !builder.customRules.isEmpty(), builder.maxScan,
        builder.cutBeyondMaxScan);
  }

  private Set<String> enabledRules() {
    Set<String> enabled = new LinkedHashSet<>(Catalog.descriptions().keySet());
    enabled.removeAll(Catalog.OPT_IN);
    for (String item : builder.ruleSwitches) {
      String s = item.trim();
      if (s.equals("default")) {
        enabled.addAll(Catalog.descriptions().keySet());
        enabled.removeAll(Catalog.OPT_IN);
      } else if (s.equals("all") || s.equals("+all")) {
        enabled.addAll(Catalog.descriptions().keySet());
      } else if (s.equals("none") || s.equals("-all")) {
        enabled.clear();
      } else {
        boolean on = !s.startsWith("-");
        String id = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (!Catalog.isBuiltIn(id)) {
          throw new RedactorConfigException("rules", s, "default, all, none, or a rule id with an "
              + "optional + or - before it; rule ids are " + String.join(", ",
                  Catalog.descriptions().keySet()));
        }
        if (on) {
          enabled.add(id);
        } else {
          enabled.remove(id);
        }
      }
    }
    return enabled;
  }

  private int index(String id) {
    int k = ruleIds.indexOf(id);
    if (k < 0) {
      ruleIds.add(id);
      k = ruleIds.size() - 1;
    }
    if (k >= MAX_RULES) {
      throw new RedactorConfigException("rule", id, "at most " + (MAX_RULES - ruleIds.size())
          + " custom rules");
    }
    return k;
  }

  private static Map.Entry<String, IntFunction<Detector>> shape(String id,
      IntFunction<Detector> detector) {
    return Map.entry(id, detector);
  }

  private int ruleIf(Set<String> enabled, String id) {
    return enabled.contains(id) ? index(id) : -1;
  }

  private Set<String> knownSecrets() {
    Set<String> secrets = new LinkedHashSet<>();
    for (String secret : builder.secrets) {
      if (secret == null || secret.length() < MIN_SECRET) {
        throw new RedactorConfigException("secret", secret == null ? "null"
            : "*".repeat(secret.length()), "a value of at least " + MIN_SECRET
            + " characters (shorter ones would mask ordinary text)");
      }
      secrets.add(secret);
    }
    if (builder.envSecrets) {
      Map<String, String> env = builder.environment != null ? builder.environment : System.getenv();
      KeyNames names = new KeyNames(List.of());
      for (Map.Entry<String, String> e : env.entrySet()) {
        String name = e.getKey();
        String value = e.getValue();
        if (value != null && value.length() >= MIN_ENV_SECRET && !value.equalsIgnoreCase("true")
            && !value.equalsIgnoreCase("false")
            && isSensitiveName(names.classify(name, null, 0, name.length()))) {
          secrets.add(value);
        }
      }
    }
    return secrets;
  }

  /** Whether a variable of this kind of name holds a secret: {@code VALUE} and {@code KEY} say nothing alone. */
  private static boolean isSensitiveName(int kind) {
    return kind != KeyNames.NONE && kind != KeyNames.VALUE && kind != KeyNames.KEY;
  }

  /** {@code id:keyword:pattern}. */
  private void addCustomRule(String spec) {
    int first = spec.indexOf(':');
    int second = first < 0 ? -1 : spec.indexOf(':', first + 1);
    if (second < 0) {
      throw new RedactorConfigException("rule", spec, "id:keyword:pattern, such as "
          + "acme-key:acme_:[A-Za-z0-9]{32}");
    }
    String id = spec.substring(0, first).trim();
    String keyword = spec.substring(first + 1, second);
    String pattern = spec.substring(second + 1);
    if (!RULE_ID.matcher(id).matches()) {
      throw new RedactorConfigException("rule", spec, "a rule id in kebab-case (a-z, 0-9 and -)");
    }
    if (Catalog.isBuiltIn(id) || ruleIds.contains(id)) {
      throw new RedactorConfigException("rule", spec, "a rule id that is not already taken ('"
          + id + "' is)");
    }
    if (keyword.length() < 2) {
      throw new RedactorConfigException("rule", spec, "a keyword of at least 2 characters, "
          + "which triggers the rule wherever it occurs");
    }
    LinearPattern compiled = LinearPattern.compile("rule", pattern);
    detectors.add(new Shapes.Literal(index(id), keyword, true, compiled));
  }

  private String checkedMask() {
    String mask = builder.mask;
    if (mask == null || mask.isEmpty() || mask.length() > 64) {
      throw new RedactorConfigException("mask", String.valueOf(mask),
          "a text of 1 to 64 characters");
    }
    for (int k = 0; k < mask.length(); k++) {
      if (mask.charAt(k) < ' ') {
        throw new RedactorConfigException("mask", mask, "a text without control characters");
      }
    }
    return mask;
  }

  private long[] fingerprintKey() {
    byte[] key = new byte[16];
    if (builder.fingerprintKey == null) {
      new SecureRandom().nextBytes(key);
    } else {
      if (builder.fingerprintKey.length() < 8) {
        throw new RedactorConfigException("fingerprint-key", "*".repeat(
            builder.fingerprintKey.length()), "a key of at least 8 characters");
      }
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(builder.fingerprintKey.getBytes(StandardCharsets.UTF_8));
        System.arraycopy(digest, 0, key, 0, 16);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every JDK", e);
      }
    }
    long k0 = 0;
    long k1 = 0;
    for (int k = 0; k < 8; k++) {
      k0 |= (key[k] & 0xFFL) << (8 * k);
      k1 |= (key[k + 8] & 0xFFL) << (8 * k);
    }
    return new long[] {k0, k1};
  }

  private String describe(Set<String> enabled) {
    StringBuilder d = new StringBuilder();
    Set<String> defaults = new LinkedHashSet<>(Catalog.descriptions().keySet());
    defaults.removeAll(Catalog.OPT_IN);
    d.append("rules=").append(enabled.equals(defaults) ? "default"
        : enabled.size() == Catalog.descriptions().size() ? "all" : String.join(",", enabled));
    if (!builder.sensitiveKeys.isEmpty()) {
      d.append("; keys=").append(String.join(",", builder.sensitiveKeys));
    }
    for (String rule : builder.customRules) {
      d.append("; rule=").append(rule);
    }
    if (!builder.secrets.isEmpty()) {
      d.append("; secrets=").append(builder.secrets.size());
    }
    if (builder.envSecrets) {
      d.append("; env-secrets=true");
    }
    if (!builder.allowValues.isEmpty() || !builder.allowPatterns.isEmpty()) {
      d.append("; allow=").append(builder.allowValues.size() + builder.allowPatterns.size());
    }
    d.append("; mask=").append(builder.mask).append("; style=")
        .append(builder.style.name().toLowerCase(java.util.Locale.ROOT));
    if (builder.maxScan != Engine.MAX_SCAN || builder.cutBeyondMaxScan) {
      d.append("; max-scan=").append(builder.maxScan).append("; beyond-max-scan=")
          .append(builder.cutBeyondMaxScan ? "cut" : "mask");
    }
    return d.toString();
  }
}
