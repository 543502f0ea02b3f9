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
  static final String SPRING_SESSION = "spring-session-id";
  static final String PRIVATE_KEY = "private-key";
  static final String URL_USERINFO = "url-userinfo";
  static final String TELEGRAM = "telegram-bot-token";
  static final String DISCORD = "discord-bot-token";
  static final String AZURE_CLIENT_SECRET = "azure-ad-client-secret";
  static final String HIGH_ENTROPY = "high-entropy";
  static final String TWILIO_ACCOUNT = "twilio-account-sid";
  static final String MAILCHIMP = "mailchimp-api-key";
  static final String TERRAFORM = "terraform-cloud-token";
  static final String FCM = "fcm-server-key";
  static final String SENTRY_DSN = "sentry-dsn";
  static final String AZURE_DEVOPS = "azure-devops-pat";
  static final String MAXMIND = "maxmind-license-key";
  static final String DROPBOX = "dropbox-token";
  static final String NEW_RELIC = "new-relic-key";
  static final String SALESFORCE = "salesforce-access-token";
  /** Known secret values registered at run time. */
  static final String KNOWN_SECRET = "known-secret";
  /** Text beyond the scan limit ({@code max-scan}): masked or cut, never passed on unscanned. */
  static final String UNSCANNED = "unscanned-text";

  private static final long[] ALNUM = Text.ALNUM;
  private static final long[] B64URL = Text.BASE64URL;
  private static final long[] HEX = Text.set("0-9a-fA-F");
  private static final long[] HEX_LOWER = Text.set("0-9a-f");
  private static final long[] LOWER_ALNUM = Text.set("0-9a-z");
  private static final long[] UPPER_ALNUM = Text.set("0-9A-Z");
  private static final long[] LOWER_ALNUM_DASH = Text.set("0-9a-z\\-");
  private static final long[] BASE64 = Text.set("0-9A-Za-z+/=");
  private static final long[] UUID = Text.set("0-9a-fA-F\\-");

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
    /** Whether the body is URL-encoded, its slashes written %2F. */
    boolean encodedSlashes;
    /** The bigram of the prefix the prefilter watches, when a measured one beats the guess. */
    String anchor;
    /** Whether the body is a UUID (8-4-4-4-12 hex digits). */
    boolean uuid;
    /**
     * Whether a run longer than {@link #max} is this format followed by text that shares its
     * alphabet of punctuation (a quote written %22, a parenthesis): its first {@link #max}
     * characters are masked. For a prefix no other text has and a body of one fixed length.
     */
    boolean maskLonger;

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
    // Refresh tokens of GitHub Apps are 76 characters after ghr_, with no checksum of the above.
    t.add(new Token("github-token", "", ALNUM, 76, 76, "ghr_"));
    t.add(new Token("adafruit-io-key", "Adafruit IO keys", ALNUM, 28, 28, "aio_"));
    Token harness = new Token("harness-pat", "Harness personal and service account tokens",
        Text.set("0-9A-Za-z_.\\-"), 60, 90, "pat.", "sat.");
    harness.mustContain = ".";
    t.add(harness);
    t.add(new Token("google-oauth-authorization-code", "Google OAuth authorization codes (4/0A...)",
        B64URL, 30, 120, "4/0A", "4%2F0A"));
    t.add(new Token("github-fine-grained-token", "GitHub fine-grained personal access tokens",
        Text.set("0-9A-Za-z_"), 50, 255, "github_pat_"));
    t.add(new Token("gitlab-token", "GitLab personal, deploy, runner, trigger and other tokens",
        Text.set("0-9A-Za-z_.\\-"), 20, 255, "glpat-", "gldt-", "glrt-", "glptt-", "glft-",
        "glimt-", "glagent-", "gloas-", "glsoat-", "glcbt-", "glffct-", "GR1348941"));
    t.add(new Token("slack-token", "Slack bot, user, app, refresh and configuration tokens",
        Text.set("0-9A-Za-z\\-"), 10, 255, "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-",
        "xoxc-", "xoxd-", "xoxe.xoxp-", "xoxe.xoxb-", "xapp-"));
    Token webhook = new Token("slack-webhook-url", "Slack incoming webhook and workflow URLs",
        Text.set("0-9A-Za-z/_\\-"), 20, 255, "hooks.slack.com/services/",
        "hooks.slack.com/workflows/", "hooks.slack.com/triggers/");
    webhook.anywhere = true;
    t.add(webhook);
    // The same URLs URL-encoded, as a form or a query parameter carries them.
    Token encodedWebhook = new Token("slack-webhook-url", "", Text.set("0-9A-Za-z%_\\-"), 20,
        255, "hooks.slack.com%2Fservices%2F", "hooks.slack.com%2Fworkflows%2F",
        "hooks.slack.com%2Ftriggers%2F");
    encodedWebhook.anywhere = true;
    encodedWebhook.encodedSlashes = true;
    t.add(encodedWebhook);
    t.add(new Token("stripe-key", "Stripe secret and restricted keys", ALNUM, 10, 255,
        "sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"));
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
        34, "hf_", "api_org_"));
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
    // Older Mailgun keys: key- and 32 lower-case letters and digits.
    t.add(new Token("mailgun-api-key", "", Text.set("0-9a-z"), 32, 32, "key-"));
    t.add(new Token("square-token", "Square access tokens and OAuth secrets", B64URL, 22, 100,
        "sq0atp-", "sq0csp-", "EAAA"));
    t.add(new Token("heroku-api-key", "Heroku API keys", B64URL, 58, 58, "HRKU-AA"));
    t.add(new Token("postman-api-key", "Postman API keys", Text.set("0-9a-fA-F\\-"), 59, 59,
        "PMAK-"));
    t.add(new Token("doppler-token", "Doppler service, personal, CLI and SCIM tokens", ALNUM, 40,
        44, "dp.pt.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."));
    // A service token may name its environment first: dp.st.prd.<40 to 44>.
    Token dopplerService = new Token("doppler-token", "", Text.set("0-9A-Za-z._\\-"), 40, 80,
        "dp.st.");
    t.add(dopplerService);
    t.add(new Token("yandex-oauth-token", "Yandex OAuth tokens", B64URL, 50, 64, "y0_"));
    t.add(new Token("docker-swarm-join-token", "Docker Swarm join tokens", LOWER_ALNUM_DASH, 76,
        76, "SWMTKN-1-"));
    t.add(new Token("linear-api-key", "Linear API keys and OAuth tokens", ALNUM, 40, 40,
        "lin_api_"));
    t.add(new Token(NEW_RELIC, "New Relic user, ingest, browser and license keys", B64URL, 19, 40,
        "NRAK-", "NRII-", "NRJS-"));
    t.add(new Token("grafana-token", "Grafana API keys, Cloud and service account tokens",
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
    t.add(anchored("T3", new Token("atlassian-token", "Atlassian API tokens",
        Text.set("0-9A-Za-z_=\\-"), 150, 255, "ATCTT3")));
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
    t.add(anchored("t_", new Token("notion-token", "Notion integration tokens", ALNUM, 43, 43,
        "secret_")));

    // Formats added from the providers' documentation, cross-checked with the public rule sets
    // of gitleaks, TruffleHog and detect-secrets. Anchors set by hand were measured on the loghub
    // samples: the bigram rarestBigram guesses occurs far more often there, or another one is
    // already watched for another rule, so that the prefilter stops nowhere new.
    Token onePassword = new Token("1password-secret-key", "1Password account secret keys",
        Text.set("0-9A-Z\\-"), 36, 37, "A3-");
    onePassword.mustContain = "-";
    t.add(onePassword);
    t.add(new Token("1password-service-account-token", "1Password service account tokens", BASE64,
        250, 2000, "ops_eyJ"));
    t.add(new Token("adobe-client-secret", "Adobe OAuth client secrets", ALNUM, 32, 32, "p8e-"));
    t.add(new Token("jfrog-token", "JFrog Artifactory API keys and reference tokens", ALNUM, 69,
        69, "AKCp"));
    t.add(new Token("jfrog-token", "JFrog Artifactory API keys and reference tokens", ALNUM, 59,
        59, "cmVmd"));
    t.add(new Token("aws-session-token", "AWS STS session tokens", BASE64, 100, 4000,
        "FwoGZXIvYXdzE", "IQoJb3JpZ2lu"));
    t.add(new Token("aws-bedrock-api-key", "Amazon Bedrock long- and short-term API keys", BASE64,
        109, 272, "ABSK"));
    t.add(new Token("aws-bedrock-api-key", "Amazon Bedrock long- and short-term API keys", BASE64,
        20, 4000, "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"));
    t.add(new Token("clickhouse-api-secret", "ClickHouse Cloud API secret keys", ALNUM, 38, 38,
        "4b1d"));
    t.add(new Token("clojars-token", "Clojars deploy tokens", ALNUM, 60, 60, "CLOJARS_"));
    Token originCa = new Token("cloudflare-origin-ca-key", "Cloudflare Origin CA keys",
        Text.set("0-9a-f\\-"), 171, 171, "v1.0-");
    originCa.mustContain = "-";
    t.add(originCa);
    t.add(new Token("duffel-token", "Duffel API tokens", Text.set("0-9A-Za-z_=\\-"), 43, 43,
        "duffel_test_", "duffel_live_"));
    t.add(new Token("facebook-access-token", "Facebook (Meta) user and page access tokens", ALNUM,
        100, 1000, "EAA"));
    t.add(new Token("flutterwave-secret-key", "Flutterwave secret and encryption keys",
        Text.set("0-9A-Za-z\\-"), 12, 40, "FLWSECK_TEST-", "FLWSECK-"));
    t.add(new Token("flyio-token", "Fly.io access tokens and macaroons", B64URL, 43, 43, "fo1_"));
    t.add(new Token("flyio-token", "Fly.io access tokens and macaroons", BASE64, 100, 4000,
        "fm1a_", "fm1r_", "fm2_"));
    t.add(new Token("frameio-token", "Frame.io developer tokens", Text.set("0-9A-Za-z_=\\-"), 64,
        64, "fio-u-"));
    t.add(new Token("gitlab-session-cookie", "GitLab session cookies", HEX_LOWER, 32, 32,
        "_gitlab_session="));
    t.add(new Token("grafana-token", "Grafana API keys, Cloud and service account tokens", BASE64,
        70, 400, "eyJrIjoi"));
    t.add(new Token("infracost-token", "Infracost API tokens", ALNUM, 32, 32, "ico-"));
    t.add(new Token("intra42-client-secret", "42 Network (intra) client secrets", HEX, 64, 64,
        "s-s4t2ud-", "s-s4t2af-"));
    t.add(new Token("jwt", "JSON Web Tokens", BASE64, 40, 8000, "ZXlK"));
    t.add(anchored("I-", new Token("octopus-deploy-api-key", "Octopus Deploy API keys",
        UPPER_ALNUM, 26, 26, "API-")));
    t.add(new Token("openshift-user-token", "OpenShift user OAuth access tokens", B64URL, 43, 43,
        "sha256~"));
    t.add(new Token("perplexity-api-key", "Perplexity API keys", ALNUM, 48, 48, "pplx-"));
    t.add(anchored("u_", new Token("prefect-api-key", "Prefect API keys", ALNUM, 36, 36,
        "pnu_")));
    t.add(new Token("readme-api-key", "ReadMe API keys", LOWER_ALNUM, 70, 70, "rdme_"));
    t.add(new Token("scalingo-api-token", "Scalingo API tokens", B64URL, 48, 48, "tk-us-"));
    Token brevo = new Token("brevo-api-key", "Brevo (Sendinblue) API and SMTP keys",
        Text.set("0-9A-Za-z\\-"), 81, 81, "xkeysib-", "xsmtpsib-");
    brevo.mustContain = "-";
    t.add(brevo);
    Token settlemint = new Token("settlemint-token", "SettleMint access tokens", ALNUM, 16, 16,
        "sm_aat_", "sm_pat_", "sm_sat_");
    settlemint.anchor = "t_"; // already watched for key names: no new stop of the prefilter
    t.add(settlemint);
    t.add(new Token("sourcegraph-token", "Sourcegraph access tokens", Text.set("0-9a-fA-F_lo"),
        40, 62, "sgp_"));
    t.add(anchored("fp", new Token("typeform-token", "Typeform personal access tokens",
        Text.set("0-9A-Za-z_.=\\-"), 50, 70, "tfp_")));
    String yandex = "Yandex Cloud API keys, static key secrets and IAM tokens";
    t.add(new Token("yandex-cloud-token", yandex, B64URL, 35, 38, "AQVN"));
    t.add(new Token("yandex-cloud-token", yandex, B64URL, 38, 38, "YC"));
    Token yandexIam = new Token("yandex-cloud-token", yandex, Text.set("0-9A-Za-z_=.\\-"), 100,
        400, "t1.");
    yandexIam.mustContain = ".";
    t.add(yandexIam);
    t.add(anchored("ey", new Token("defined-networking-token",
        "Defined Networking (Nebula) API tokens", Text.set("0-9A-Za-z_=\\-"), 79, 79, "dnkey-")));
    t.add(new Token(DROPBOX, "Dropbox short-lived and long-lived access tokens",
        Text.set("0-9A-Za-z_=.\\-"), 130, 1500, "sl."));
    Token mapbox = new Token("mapbox-secret-token", "Mapbox secret and temporary tokens",
        Text.set("0-9A-Za-z_.\\-"), 60, 400, "sk.eyJ", "tk.eyJ");
    mapbox.mustContain = ".";
    t.add(mapbox);
    t.add(new Token("google-oauth-token", "Google OAuth access and refresh tokens", B64URL, 30,
        2048, "ya29."));
    t.add(new Token("google-oauth-token", "Google OAuth access and refresh tokens", B64URL, 40,
        512, "1//0"));
    t.add(new Token("fernet-token", "Fernet tokens (OpenStack Keystone tokens, encrypted values)",
        Text.set("0-9A-Za-z_=\\-"), 80, 4000, "gAAAAA"));
    t.add(anchored("sq", new Token("sonarqube-token", "SonarQube user, project and global tokens",
        LOWER_ALNUM, 40, 40, "squ_", "sqp_", "sqa_")));
    t.add(anchored("G9", new Token("intercom-token", "Intercom access tokens", BASE64, 40, 80,
        "dG9rO")));
    t.add(anchored("_o", new Token("linear-api-key", "Linear API keys and OAuth tokens", ALNUM, 64,
        64, "lin_oauth_")));
    Token clickup = new Token("clickup-token", "ClickUp personal API tokens", Text.set("0-9A-Z_"),
        38, 50, "pk_");
    clickup.mustContain = "_";
    t.add(clickup);
    t.add(new Token("tencent-secret-id", "Tencent Cloud secret ids", ALNUM, 32, 32, "AKID"));
    t.add(new Token("elastic-api-key", "Elastic Cloud serverless API keys",
        Text.set("0-9A-Za-z+/=_\\-"), 40, 300, "essu_"));
    // {"ver":"8..., base64: the token elasticsearch-create-enrollment-token prints. No dot, so
    // no JWT; its anchor is the JWT's, watched already.
    t.add(anchored("yJ", new Token("elasticsearch-enrollment-token",
        "Elasticsearch enrollment tokens (base64 of {\"ver\":...,\"key\":...})", BASE64, 120,
        1000, "eyJ2ZXIiOiI")));
    Token django = new Token("django-secret-key", "Django's generated insecure secret keys",
        Text.set("a-z0-9!@#$%^&*(\\-_=+)"), 50, 50, "django-insecure-");
    django.maskLonger = true;
    t.add(django);
    t.add(new Token("buildkite-token", "Buildkite API access tokens", LOWER_ALNUM, 40, 40,
        "bkua_"));
    for (String[] prefixAndAnchor : new String[][] {{"CCIPAT_", "PA"}, {"CCIPRJ_", "RJ"}}) {
      Token circleci = new Token("circleci-token", "CircleCI personal and project API tokens",
          Text.set("0-9A-Za-z_"), 60, 66, prefixAndAnchor[0]);
      circleci.mustContain = "_";
      circleci.anchor = prefixAndAnchor[1];
      t.add(circleci);
    }
    t.add(anchored("FP", new Token("contentful-token", "Contentful personal access tokens",
        B64URL, 43, 43, "CFPAT-")));
    t.add(new Token("figma-token", "Figma personal access tokens", B64URL, 38, 60, "figd_"));
    t.add(new Token("crates-io-token", "crates.io API tokens", ALNUM, 32, 32, "cio"));
    // 2/<user id>/<token id>:<32 hex>; the ids are masked with the secret, as one token. Not the
    // older 1/, whose bigram stops the prefilter 330 times per MB of the loghub samples.
    Token asana = new Token("asana-token", "Asana personal access tokens",
        Text.set("0-9a-f/:"), 40, 80, "2/");
    asana.mustContain = ":";
    t.add(asana);
    t.add(new Token("netlify-token", "Netlify personal access tokens", ALNUM, 36, 40, "nfp_"));
    t.add(anchored("y2", new Token("nuget-api-key", "NuGet API keys", LOWER_ALNUM, 43, 43,
        "oy2")));
    t.add(new Token("groq-api-key", "Groq API keys", ALNUM, 52, 52, "gsk_"));
    t.add(new Token("xai-api-key", "xAI API keys", ALNUM, 80, 80, "xai-"));
    t.add(new Token("replicate-api-token", "Replicate API tokens", ALNUM, 37, 37, "r8_"));
    t.add(anchored("pi", new Token("neon-api-key", "Neon API keys", LOWER_ALNUM, 64, 64,
        "napi_"))); // pi is already watched for api key names
    t.add(new Token("render-api-key", "Render API keys", ALNUM, 32, 32, "rnd_"));
    Token hubspot = new Token("hubspot-token", "HubSpot private app access tokens", UUID, 36, 36,
        "pat-na1-", "pat-na2-", "pat-eu1-");
    hubspot.uuid = true;
    t.add(hubspot);
    Token mws = new Token("amazon-mws-token", "Amazon Marketplace Web Service auth tokens", UUID,
        36, 36, "amzn.mws.");
    mws.uuid = true;
    t.add(mws);
    Token plaid = new Token("plaid-token", "Plaid access tokens", UUID, 36, 36,
        "access-sandbox-", "access-development-", "access-production-");
    plaid.uuid = true;
    plaid.anchor = "s-";
    t.add(plaid);
    Token braintree = new Token("braintree-token", "Braintree (PayPal) access tokens",
        Text.set("0-9a-z$"), 49, 49, "access_token$production$", "access_token$sandbox$");
    braintree.mustContain = "$";
    t.add(braintree);
    t.add(new Token("razorpay-key", "Razorpay live and test key ids", ALNUM, 14, 14, "rzp_live_",
        "rzp_test_"));
    t.add(new Token("bitbucket-app-password", "Bitbucket app passwords and API tokens",
        Text.set("0-9A-Za-z_=.\\-"), 28, 64, "ATBB"));
    for (String[] prefixAndAnchor : new String[][] {{"api-", "i-"}, {"sdk-", "dk"}}) {
      Token launchDarkly = new Token("launchdarkly-key",
          "LaunchDarkly API access tokens and SDK keys", UUID, 36, 36, prefixAndAnchor[0]);
      launchDarkly.uuid = true;
      launchDarkly.anchor = prefixAndAnchor[1];
      t.add(launchDarkly);
    }
    t.add(new Token("scaleway-access-key", "Scaleway access key ids", UPPER_ALNUM, 17, 17, "SCW"));
    t.add(anchored("-v", new Token("openrouter-api-key", "OpenRouter API keys", HEX_LOWER, 64,
        64, "sk-or-v1-")));
    Token langsmith = new Token("langsmith-api-key", "LangSmith personal and service keys",
        Text.set("0-9a-f_"), 43, 43, "lsv2_pt_", "lsv2_sk_");
    langsmith.mustContain = "_";
    t.add(langsmith);
    Token pinecone = new Token("pinecone-api-key", "Pinecone API keys", Text.set("0-9A-Za-z_"),
        50, 80, "pcsk_");
    pinecone.mustContain = "_";
    t.add(pinecone);
    Token tailscale = new Token("tailscale-key", "Tailscale API, auth and OAuth client keys",
        Text.set("0-9A-Za-z\\-"), 30, 100, "tskey-");
    tailscale.mustContain = "-";
    tailscale.anchor = "ey";
    t.add(tailscale);
    t.add(new Token("deno-deploy-token", "Deno Deploy access tokens", ALNUM, 36, 36, "ddp_",
        "ddw_"));
    t.add(new Token("twitter-bearer-token", "Twitter (X) app bearer tokens", Text.set("0-9A-Za-z%"),
        60, 130, "AAAAAAAAAAAAAAAAAAAA"));
    Token discordHook = new Token("discord-webhook-url", "Discord webhook URLs",
        Text.set("0-9A-Za-z/_\\-"), 60, 120, "discord.com/api/webhooks/",
        "discordapp.com/api/webhooks/");
    discordHook.anywhere = true;
    discordHook.anchor = "bh";
    discordHook.mustContain = "/";
    t.add(discordHook);
    // Webhook URLs in base64, as a Kubernetes Secret's data holds them: masked whole, since a
    // kept prefix would be read as the start of the secret.
    Token slackHook64 = new Token("slack-webhook-url", "", BASE64, 60, 400,
        "aHR0cHM6Ly9ob29rcy5zbGFjay5jb20v");
    slackHook64.keepPrefix = false;
    t.add(slackHook64);
    Token discordHook64 = new Token("discord-webhook-url", "", BASE64, 60, 400,
        "aHR0cHM6Ly9kaXNjb3JkLmNvbS9hcGkvd2ViaG9va3Mv",
        "aHR0cHM6Ly9kaXNjb3JkYXBwLmNvbS9hcGkvd2ViaG9va3Mv");
    discordHook64.keepPrefix = false;
    t.add(discordHook64);
    // Mattermost's incoming webhooks, on any host: /hooks/ and a 26-character id.
    Token mattermostHook = new Token("mattermost-webhook-url", "Mattermost incoming webhook URLs",
        Text.set("0-9a-z"), 26, 26, "/hooks/");
    mattermostHook.anywhere = true;
    t.add(mattermostHook);
    Token teamsHook = new Token("teams-webhook-url", "Microsoft Teams incoming webhook URLs",
        Text.set("0-9A-Za-z@/_\\-"), 100, 300, ".webhook.office.com/webhookb2/",
        "outlook.office.com/webhook/");
    teamsHook.anywhere = true;
    teamsHook.mustContain = "@";
    t.add(teamsHook);
    Token zapierHook = new Token("zapier-webhook-url", "Zapier catch hook URLs",
        Text.set("0-9A-Za-z/"), 8, 64, "hooks.zapier.com/hooks/catch/");
    zapierHook.anywhere = true;
    zapierHook.anchor = "za";
    zapierHook.mustContain = "/";
    t.add(zapierHook);
    Token chatHook = new Token("google-chat-webhook-url", "Google Chat incoming webhook URLs",
        Text.set("0-9A-Za-z_/.?=&%\\-"), 30, 400, "chat.googleapis.com/v1/spaces/");
    chatHook.anywhere = true;
    chatHook.mustContain = "key=";
    t.add(chatHook);
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
    d.put(AZURE_STORAGE_KEY, "Azure storage account keys (88 base64 characters ending ==) and "
        + "AccountKey and SharedAccessKey values");
    d.put(BEARER_TOKEN, "Bearer <token> anywhere, also URL-encoded (Bearer%20..., Bearer+...), "
        + "the SSWS, ApiKey and Splunk schemes, Basic <base64 of user:password>, and "
        + "\"token <token>\"");
    d.put(JWT, "JSON Web Tokens, also base64-encoded once more (ZXlK...)");
    d.put(PRIVATE_KEY, "PEM private key blocks, also on one line with \\n escapes");
    d.put(URL_USERINFO, "passwords in scheme://user:password@host URLs and Oracle's "
        + "jdbc:oracle:thin:user/password@host");
    d.put(DISCORD, "Discord bot tokens");
    d.put(SPRING_SESSION, "Spring Session ids (a UUID in base64, as its SESSION cookie holds it)");
    d.put(AZURE_CLIENT_SECRET, "Azure AD (Entra ID) client secrets");
    d.put(HIGH_ENTROPY, "opt-in: long random tokens that nothing around them names (24+ "
        + "characters of mixed case and digits)");
    d.put(TWILIO_ACCOUNT, "Twilio account SIDs, with the auth token after them (SID:token)");
    d.put(MAILCHIMP, "Mailchimp API keys (32 hex digits and the data center, -us12)");
    d.put(TERRAFORM, "Terraform Cloud and Enterprise API tokens (<14>.atlasv1.<60-70>)");
    d.put(FCM, "Firebase Cloud Messaging legacy server keys (AAAA...:APA91b...)");
    d.put(SENTRY_DSN, "the key of Sentry DSNs (https://<key>@o1.ingest.sentry.io/2)");
    d.put(AZURE_DEVOPS, "Azure DevOps personal access tokens in the 84-character format");
    d.put(MAXMIND, "MaxMind license keys");
    d.put(SALESFORCE, "Salesforce access and session tokens (00D...!A...)");
    d.put(TELEGRAM, "Telegram bot tokens, also in bot API URLs (/bot<token>/)");
    DESCRIPTIONS = Collections.unmodifiableSortedMap(d);
  }

  private Catalog() {
  }

  /** {@code token} with the prefilter watching {@code bigram} of its prefix. */
  private static Token anchored(String bigram, Token token) {
    token.anchor = bigram;
    return token;
  }

  static SortedMap<String, String> descriptions() {
    return DESCRIPTIONS;
  }

  static boolean isBuiltIn(String id) {
    return DESCRIPTIONS.containsKey(id);
  }
}
