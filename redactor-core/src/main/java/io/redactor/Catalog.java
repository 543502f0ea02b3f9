package io.redactor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built-in rules: their stable ids, what they find, and for provider tokens the prefix and
 * shape that recognise them. Shapes follow the providers' published formats and, for
 * cross-checking, the public gitleaks rule set.
 */
final class Catalog {
  static final String AUTHORIZATION_HEADER = "authorization-header";
  static final String COOKIE_HEADER = "cookie-header";
  static final String SENSITIVE_KEY = "sensitive-key";
  static final String AWS_SECRET_ACCESS_KEY = "aws-secret-access-key";
  static final String AZURE_STORAGE_KEY = "azure-storage-key";
  static final String BEARER_TOKEN = "bearer-token";
  static final String JWT = "jwt";
  static final String PRIVATE_KEY = "private-key";
  static final String URL_USERINFO = "url-userinfo";
  static final String TELEGRAM = "telegram-bot-token";
  static final String DISCORD = "discord-bot-token";
  static final String AZURE_CLIENT_SECRET = "azure-ad-client-secret";
  static final String HIGH_ENTROPY = "high-entropy";
  /** Known secret values registered at run time. */
  static final String KNOWN_SECRET = "known-secret";
  /** Text beyond the scan limit ({@code max-scan}): masked or cut, never passed on unscanned. */
  static final String UNSCANNED = "unscanned-text";

  private static final long[] ALNUM = Text.ALNUM;
  private static final long[] B64URL = Text.BASE64URL;
  private static final long[] HEX = Text.set("0-9a-fA-F");
  private static final long[] HEX_LOWER = Text.set("0-9a-f");

  /** A provider token format: prefixes, alphabet and length of what follows. */
  static final class Token {
    final String id;
    final String description;
    final String[] prefixes;
    final long[] alphabet;
    final int min;
    final int max;
    boolean checksum;
    boolean anywhere;
    boolean keepPrefix = true;
    String mustContain;

    Token(String id, String description, long[] alphabet, int min, int max, String... prefixes) {
      this.id = id;
      this.description = description;
      this.alphabet = alphabet;
      this.min = min;
      this.max = max;
      this.prefixes = prefixes;
    }
  }

  /**
   * Rules that are off unless turned on ({@code rules=+high-entropy} or {@code rules=all}): on
   * the generated look-alikes, high-entropy changed 4 % of lines (random ids, digests, public
   * keys, cursors), where the defaults change none.
   */
  static final java.util.Set<String> OPT_IN = java.util.Set.of(HIGH_ENTROPY);

  static final List<Token> TOKENS;
  private static final SortedMap<String, String> DESCRIPTIONS;

  static {
    List<Token> t = new ArrayList<>();
    Token github = new Token("github-token",
        "GitHub classic tokens (personal, OAuth, user-to-server, server-to-server, refresh)",
        ALNUM, 36, 36, "ghp_", "gho_", "ghu_", "ghs_", "ghr_");
    github.checksum = true;
    t.add(github);
    t.add(new Token("github-fine-grained-token", "GitHub fine-grained personal access tokens",
        Text.set("0-9A-Za-z_"), 50, 255, "github_pat_"));
    t.add(new Token("gitlab-token", "GitLab personal, deploy, runner, trigger and other tokens",
        Text.set("0-9A-Za-z_.\\-"), 20, 255, "glpat-", "gldt-", "glrt-", "glptt-", "glft-",
        "glimt-", "glagent-", "gloas-", "glsoat-", "glcbt-", "GR1348941"));
    t.add(new Token("slack-token", "Slack bot, user, app, refresh and configuration tokens",
        Text.set("0-9A-Za-z\\-"), 10, 255, "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-",
        "xoxc-", "xoxd-", "xoxe.xoxp-", "xapp-"));
    Token webhook = new Token("slack-webhook-url", "Slack incoming webhook and workflow URLs",
        Text.set("0-9A-Za-z/_\\-"), 20, 255, "hooks.slack.com/services/",
        "hooks.slack.com/workflows/", "hooks.slack.com/triggers/");
    webhook.anywhere = true;
    t.add(webhook);
    t.add(new Token("stripe-key", "Stripe secret and restricted keys", ALNUM, 10, 255,
        "sk_live_", "sk_test_", "rk_live_", "rk_test_"));
    t.add(new Token("stripe-webhook-secret", "Stripe webhook signing secrets", ALNUM, 24, 255,
        "whsec_"));
    t.add(new Token("aws-access-key-id", "AWS access key ids", Text.set("A-Z2-7"), 16, 16,
        "AKIA", "ASIA", "ABIA", "ACCA"));
    t.add(new Token("google-api-key", "Google API keys (Maps, Firebase, Gemini...)", B64URL, 35,
        35, "AIza"));
    t.add(new Token("google-oauth-client-secret", "Google OAuth client secrets", B64URL, 28, 28,
        "GOCSPX-"));
    t.add(new Token("anthropic-api-key", "Anthropic API and admin keys", B64URL, 32, 255,
        "sk-ant-"));
    t.add(new Token("openai-api-key", "OpenAI project, service account and admin keys", B64URL,
        40, 255, "sk-proj-", "sk-svcacct-", "sk-admin-"));
    t.add(new Token("openai-api-key", "OpenAI and OpenAI-style legacy keys", ALNUM, 32, 255,
        "sk-"));
    t.add(new Token("huggingface-token", "Hugging Face user and organization tokens", ALNUM, 34,
        34, "hf_"));
    Token npm = new Token("npm-token", "npm access tokens", ALNUM, 36, 36, "npm_");
    npm.checksum = true;
    t.add(npm);
    t.add(new Token("pypi-token", "PyPI upload tokens", B64URL, 50, 1000,
        "pypi-AgEIcHlwaS5vcmc"));
    t.add(new Token("twilio-api-key", "Twilio API key SIDs", HEX, 32, 32, "SK"));
    t.add(new Token("sendgrid-api-key", "SendGrid API keys", Text.set("0-9A-Za-z_.=\\-"), 60, 70,
        "SG."));
    t.add(new Token("shopify-token", "Shopify access tokens and shared secrets", HEX, 32, 32,
        "shpat_", "shpca_", "shppa_", "shpss_"));
    t.add(new Token("digitalocean-token", "DigitalOcean personal, OAuth and refresh tokens",
        HEX_LOWER, 64, 64, "dop_v1_", "doo_v1_", "dor_v1_"));
    t.add(new Token("databricks-token", "Databricks personal access tokens", HEX_LOWER, 32, 32,
        "dapi"));
    t.add(new Token("mailgun-api-key", "Mailgun private API keys", HEX_LOWER, 32, 32, "key-"));
    t.add(new Token("square-token", "Square access tokens and OAuth secrets", B64URL, 22, 100,
        "sq0atp-", "sq0csp-", "EAAA"));
    t.add(new Token("heroku-api-key", "Heroku API keys", B64URL, 58, 58, "HRKU-AA"));
    t.add(new Token("postman-api-key", "Postman API keys", Text.set("0-9a-fA-F\\-"), 59, 59,
        "PMAK-"));
    t.add(new Token("doppler-token", "Doppler service, personal, CLI and SCIM tokens", ALNUM, 40,
        44, "dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."));
    t.add(new Token("linear-api-key", "Linear API keys", ALNUM, 40, 40, "lin_api_"));
    t.add(new Token("new-relic-key", "New Relic user, ingest and browser keys", B64URL, 19, 40,
        "NRAK-", "NRII-", "NRJS-"));
    t.add(new Token("grafana-token", "Grafana Cloud and service account tokens",
        Text.set("0-9A-Za-z+/=_"), 32, 500, "glc_", "glsa_"));
    t.add(new Token("sentry-token", "Sentry organization and user auth tokens",
        Text.set("0-9A-Za-z+/=_"), 50, 500, "sntrys_", "sntryu_"));
    t.add(new Token("vault-token", "HashiCorp Vault service, batch and recovery tokens", B64URL,
        24, 255, "hvs.", "hvb.", "hvr."));
    t.add(new Token("age-secret-key", "age encryption secret keys",
        Text.set("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), 58, 58, "AGE-SECRET-KEY-1"));
    t.add(new Token("docker-hub-token", "Docker Hub personal and organization access tokens",
        B64URL, 20, 64, "dckr_pat_", "dckr_oat_"));
    t.add(new Token("pulumi-token", "Pulumi access tokens", HEX_LOWER, 40, 40, "pul-"));
    t.add(new Token("planetscale-token", "PlanetScale passwords and tokens",
        Text.set("0-9A-Za-z=._\\-"), 32, 64, "pscale_tkn_", "pscale_pw_", "pscale_oauth_"));
    t.add(new Token("rubygems-token", "RubyGems API keys", HEX_LOWER, 48, 48, "rubygems_"));
    t.add(new Token("atlassian-token", "Atlassian API tokens", Text.set("0-9A-Za-z_=\\-"), 150,
        255, "ATATT3"));
    t.add(new Token("dynatrace-token", "Dynatrace API tokens", Text.set("0-9A-Za-z."), 80, 100,
        "dt0c01."));
    t.add(new Token("supabase-token", "Supabase access tokens and secret keys", B64URL, 40, 100,
        "sbp_", "sb_secret_"));
    t.add(new Token("alibaba-access-key-id", "Alibaba Cloud access key ids", ALNUM, 20, 20,
        "LTAI"));
    t.add(new Token("shippo-token", "Shippo API tokens", HEX_LOWER, 40, 40, "shippo_live_",
        "shippo_test_"));
    t.add(new Token("easypost-api-key", "EasyPost API keys", ALNUM, 54, 54, "EZAK", "EZTK"));
    t.add(new Token("notion-token", "Notion integration tokens", ALNUM, 40, 50, "ntn_"));
    TOKENS = Collections.unmodifiableList(t);

    SortedMap<String, String> d = new TreeMap<>();
    for (Token token : TOKENS) {
      d.putIfAbsent(token.id, token.description);
    }
    d.put("openai-api-key", "OpenAI project, service account, admin and legacy keys");
    d.put(AUTHORIZATION_HEADER,
        "Authorization and Proxy-Authorization values with any scheme (the scheme stays)");
    d.put(COOKIE_HEADER, "Cookie and Set-Cookie values");
    d.put(SENSITIVE_KEY, "values of sensitive keys (password, secret, token, api_key, X-Api-Key, "
        + "client_secret...) in k=v, k: v, JSON, Map.toString(), URL-encoded and arrow syntax");
    d.put(AWS_SECRET_ACCESS_KEY, "AWS secret access keys next to their key name");
    d.put(AZURE_STORAGE_KEY, "Azure storage AccountKey and SharedAccessKey values");
    d.put(BEARER_TOKEN, "Bearer <token> anywhere, also URL-encoded (Bearer%20..., Bearer+...)");
    d.put(JWT, "JSON Web Tokens");
    d.put(PRIVATE_KEY, "PEM private key blocks, also on one line with \\n escapes");
    d.put(URL_USERINFO, "passwords in scheme://user:password@host URLs");
    d.put(TELEGRAM, "Telegram bot tokens");
    d.put(DISCORD, "Discord bot tokens");
    d.put(AZURE_CLIENT_SECRET, "Azure AD (Entra ID) client secrets");
    d.put(HIGH_ENTROPY, "long random tokens that nothing around them names (24+ characters of "
        + "mixed case and digits)");
    DESCRIPTIONS = Collections.unmodifiableSortedMap(d);
  }

  private Catalog() {
  }

  static SortedMap<String, String> descriptions() {
    return DESCRIPTIONS;
  }

  static boolean isBuiltIn(String id) {
    return DESCRIPTIONS.containsKey(id);
  }
}
