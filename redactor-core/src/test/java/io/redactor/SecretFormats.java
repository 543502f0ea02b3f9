package io.redactor;

import static io.redactor.RandomText.ALNUM;
import static io.redactor.RandomText.BASE64;
import static io.redactor.RandomText.BECH32;
import static io.redactor.RandomText.LOWER;
import static io.redactor.RandomText.LOWER_ALNUM;
import static io.redactor.RandomText.UPPER;
import static io.redactor.RandomText.UPPER_ALNUM;
import static io.redactor.RandomText.UPPER_HEX;
import static io.redactor.RandomText.alnum;
import static io.redactor.RandomText.base64;
import static io.redactor.RandomText.base64Bytes;
import static io.redactor.RandomText.base64Url;
import static io.redactor.RandomText.base64url;
import static io.redactor.RandomText.digits;
import static io.redactor.RandomText.hex;
import static io.redactor.RandomText.of;
import static io.redactor.RandomText.pick;
import static io.redactor.RandomText.uuid;
import static io.redactor.RandomText.withCrc32;
import static io.redactor.Secret.parts;
import static io.redactor.Secret.visible;
import static io.redactor.Secret.whole;
import static io.redactor.SecretFormat.BEARER;
import static io.redactor.SecretFormat.TOKEN;

import io.redactor.SecretFormat.Header;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The credential formats of the generated corpus, written from vendors' documentation of their
 * token formats (prefix, alphabet, length, checksum) and from what frameworks and tools print.
 * Each format is a few lines: an id, its carrier, a generator, and the key names, headers and
 * parameters real applications use for it.
 */
final class SecretFormats {
  private static final Header BASIC = new Header("Authorization", "Basic ");

  private SecretFormats() {
  }

  /** Every format, in a fixed order. */
  static final List<SecretFormat> ALL = List.copyOf(formats());

  private static List<SecretFormat> formats() {
    List<SecretFormat> all = new ArrayList<>();

    // GitHub: 30 random base62 characters and their CRC32 in six base62 characters.
    all.add(bare("github-classic-pat", r -> visible("ghp_", withCrc32(alnum(r, 30))))
        .keys("GITHUB_TOKEN", "github.token", "githubToken", "GH_TOKEN", "GITHUB_PAT")
        .headers(TOKEN, BEARER).params("access_token"));
    all.add(bare("github-oauth-token", r -> visible("gho_", withCrc32(alnum(r, 30))))
        .keys("oauth_token", "github.oauth-token", "githubOauthToken", "GITHUB_OAUTH_TOKEN")
        .headers(BEARER, TOKEN).params("access_token"));
    all.add(bare("github-user-to-server-token", r -> visible("ghu_", withCrc32(alnum(r, 30))))
        .keys("user_access_token", "githubUserToken", "GITHUB_USER_TOKEN").headers(BEARER));
    all.add(bare("github-server-to-server-token", r -> visible("ghs_", withCrc32(alnum(r, 30))))
        .keys("GITHUB_TOKEN", "installation_token", "installationToken",
            "github.app.installation-token")
        .headers(TOKEN, BEARER));
    // Refresh tokens of GitHub Apps are longer: 76 characters after ghr_ (docs.github.com,
    // "Refreshing user access tokens").
    all.add(bare("github-refresh-token", r -> visible("ghr_", alnum(r, 76)))
        .keys("refresh_token", "refreshToken", "GITHUB_REFRESH_TOKEN").params("refresh_token"));
    all.add(bare("github-fine-grained-pat",
            r -> visible("github_pat_", alnum(r, 22) + "_" + alnum(r, 59)))
        .keys("GITHUB_TOKEN", "GH_PAT", "github.pat", "githubPat").headers(BEARER, TOKEN));
    // Tokens issued before 2021: 40 hex characters, recognisable only by where they stand.
    all.add(header("github-legacy-token", r -> whole(hex(r, 40)))
        .keys("GITHUB_TOKEN", "github_oauth_token", "github.api-token").headers(TOKEN));

    // GitLab: see docs.gitlab.com, "Token prefixes".
    all.add(bare("gitlab-pat", r -> visible("glpat-", base64url(r, 20)))
        .keys("GITLAB_TOKEN", "gitlab.token", "privateToken", "GITLAB_PRIVATE_TOKEN")
        .header("PRIVATE-TOKEN").headers(BEARER).params("private_token"));
    all.add(bare("gitlab-pat-routable", r -> visible("glpat-",
            base64url(r, 36) + "." + "01" + "0" + of(LOWER_ALNUM, 6, r)))
        .keys("GITLAB_TOKEN", "gitlab_api_token", "gitlabToken").header("PRIVATE-TOKEN"));
    all.add(bare("gitlab-deploy-token", r -> visible("gldt-", base64url(r, 20)))
        .keys("CI_DEPLOY_PASSWORD", "deploy_token", "deployToken").header("Deploy-Token"));
    all.add(bare("gitlab-runner-token", r -> visible("glrt-", base64url(r, 20)))
        .keys("token", "runner_token", "CI_RUNNER_TOKEN", "runnerToken").params("token"));
    all.add(bare("gitlab-pipeline-trigger-token", r -> visible("glptt-", hex(r, 40)))
        .keys("TRIGGER_TOKEN", "trigger_token", "pipelineTriggerToken").params("token"));
    all.add(bare("gitlab-ci-job-token", r -> visible("glcbt-", hex(r, 2) + "_" + base64url(r, 20)))
        .keys("CI_JOB_TOKEN", "job_token", "jobToken").header("JOB-TOKEN").params("job_token"));
    all.add(bare("gitlab-feed-token", r -> visible("glft-", base64url(r, 20)))
        .keys("feed_token", "feedToken").params("feed_token"));
    all.add(bare("gitlab-incoming-mail-token", r -> visible("glimt-", of(LOWER_ALNUM, 25, r)))
        .keys("incoming_email_token", "incomingEmailToken"));
    all.add(bare("gitlab-agent-token", r -> visible("glagent-", base64url(r, 50)))
        .keys("token", "agent_token", "GITLAB_AGENT_TOKEN").headers(BEARER));
    all.add(bare("gitlab-oauth-app-secret", r -> visible("gloas-", base64url(r, 64)))
        .keys("client_secret", "GITLAB_OAUTH_SECRET", "gitlab.oauth.secret")
        .params("client_secret"));
    all.add(bare("gitlab-runner-registration-token", r -> visible("GR1348941", base64url(r, 20)))
        .keys("registration-token", "REGISTRATION_TOKEN", "runnerRegistrationToken"));
    all.add(bare("gitlab-scim-token", r -> visible("glsoat-", base64url(r, 20)))
        .keys("scim_token", "SCIM_TOKEN").headers(BEARER));
    all.add(header("gitlab-session-cookie", r -> whole(hex(r, 32)))
        .keys("_gitlab_session").headers(new Header("Cookie", "_gitlab_session=")));

    // Slack: api.slack.com, "Token types"; webhooks carry their secret in the last segment.
    all.add(bare("slack-bot-token",
            r -> visible("xoxb-", digits(r, 12) + "-" + digits(r, 13) + "-" + alnum(r, 24)))
        .keys("SLACK_BOT_TOKEN", "slack.bot-token", "botToken", "slack_token")
        .headers(BEARER).params("token"));
    all.add(bare("slack-user-token", r -> visible("xoxp-",
            digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + hex(r, 32)))
        .keys("SLACK_USER_TOKEN", "slackUserToken", "user_token").headers(BEARER)
        .params("token"));
    all.add(bare("slack-config-token", r -> visible("xoxe.xoxp-1-", of(UPPER_ALNUM, 163, r)))
        .keys("SLACK_CONFIG_TOKEN", "config_token").headers(BEARER));
    all.add(bare("slack-app-token", r -> visible("xapp-1-",
            "A" + of(UPPER_ALNUM, 10, r) + "-" + digits(r, 13) + "-" + hex(r, 64)))
        .keys("SLACK_APP_TOKEN", "appToken", "slack.app-token").headers(BEARER));
    all.add(url("slack-webhook", r -> {
      String secret = alnum(r, 24);
      return parts("https://hooks.slack.com/services/T" + of(UPPER_ALNUM, 10, r) + "/B"
          + of(UPPER_ALNUM, 10, r) + "/" + secret, secret);
    }).keys("SLACK_WEBHOOK_URL", "webhookUrl", "slack.webhook-url", "webhook"));
    all.add(url("slack-workflow-webhook", r -> {
      String secret = hex(r, 32);
      return parts("https://hooks.slack.com/triggers/T" + of(UPPER_ALNUM, 10, r) + "/"
          + digits(r, 13) + "/" + secret, secret);
    }).keys("SLACK_WORKFLOW_URL", "workflowWebhook"));

    // Stripe: secret and restricted keys are 99 base62 characters after the prefix today.
    all.add(bare("stripe-secret-key", r -> visible("sk_live_", "51" + alnum(r, 97)))
        .keys("STRIPE_SECRET_KEY", "stripe.api-key", "stripeApiKey", "stripe.secret-key")
        .headers(BEARER));
    all.add(bare("stripe-restricted-key", r -> visible("rk_live_", "51" + alnum(r, 97)))
        .keys("STRIPE_RESTRICTED_KEY", "stripe.restricted-key").headers(BEARER));
    all.add(bare("stripe-test-key", r -> visible("sk_test_", alnum(r, 24)))
        .keys("STRIPE_SECRET_KEY", "stripeKey").headers(BEARER));
    all.add(bare("stripe-webhook-secret", r -> visible("whsec_", alnum(r, 32)))
        .keys("STRIPE_WEBHOOK_SECRET", "webhookSecret", "endpoint_secret"));

    // AWS: key ids are 16 base32 characters after AKIA (long-term) or ASIA (temporary).
    all.add(bare("aws-access-key-id", r -> visible("AKIA", of(RandomText.BASE32, 16, r)))
        .keys("AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId", "aws.accessKeyId",
            "access_key"));
    all.add(bare("aws-temporary-access-key-id", r -> visible("ASIA", of(RandomText.BASE32, 16, r)))
        .keys("AWS_ACCESS_KEY_ID", "AccessKeyId", "aws.credentials.access-key"));
    all.add(keyed("aws-secret-access-key", r -> whole(of(BASE64, 40, r)))
        .keys("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey",
            "aws.secretKey", "SecretAccessKey", "spring.cloud.aws.credentials.secret-key"));
    all.add(keyed("aws-session-token", r -> visible("IQoJb3JpZ2luX2Vj",
            "EJr//////////wEaCXVzLWVhc3QtMSJH" + of(BASE64, 560, r) + "="))
        .keys("AWS_SESSION_TOKEN", "aws_session_token", "sessionToken", "SessionToken")
        .header("X-Amz-Security-Token").params("X-Amz-Security-Token"));
    all.add(header("aws-sigv4-authorization", r -> {
      String keyId = of(RandomText.BASE32, 16, r);
      String signature = hex(r, 64);
      return parts("AWS4-HMAC-SHA256 Credential=AKIA" + keyId + "/20261127/eu-west-1/s3/"
          + "aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
          + signature, keyId, signature);
    }).header("Authorization"));
    all.add(url("aws-presigned-url", r -> {
      String keyId = of(RandomText.BASE32, 16, r);
      String signature = hex(r, 64);
      return parts("https://shop-exports.s3.eu-west-1.amazonaws.com/reports/2026-11.csv"
          + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + keyId
          + "%2F20261127%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261127T101502Z"
          + "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + signature,
          keyId, signature);
    }).keys("downloadUrl", "presignedUrl", "url"));
    all.add(bare("aws-bedrock-api-key", r -> visible("ABSK", of(BASE64, 132, r)))
        .keys("AWS_BEARER_TOKEN_BEDROCK", "bedrockApiKey").headers(BEARER));

    // Google: console.cloud.google.com key and OAuth formats.
    all.add(bare("google-api-key", r -> visible("AIza", "Sy" + base64url(r, 33)))
        .keys("GOOGLE_API_KEY", "apiKey", "google.maps.api-key", "firebaseApiKey",
            "GEMINI_API_KEY")
        .header("X-Goog-Api-Key").params("key"));
    all.add(bare("google-oauth-client-secret", r -> visible("GOCSPX-", base64url(r, 28)))
        .keys("client_secret", "GOOGLE_CLIENT_SECRET", "clientSecret",
            "spring.security.oauth2.client.registration.google.client-secret")
        .params("client_secret"));
    all.add(bare("google-oauth-access-token", r -> visible("ya29.", "a0" + base64url(r, 180)))
        .keys("access_token", "accessToken", "GOOGLE_ACCESS_TOKEN").headers(BEARER)
        .params("access_token"));
    all.add(bare("google-oauth-refresh-token", r -> visible("1//0", of("cdefg", 1, r)
            + base64url(r, 98)))
        .keys("refresh_token", "refreshToken", "GOOGLE_REFRESH_TOKEN").params("refresh_token"));
    all.add(query("google-oauth-authorization-code", r -> visible("4/0A", base64url(r, 69)))
        .keys("code", "authorizationCode", "auth_code").params("code").alone());
    all.add(bare("gcp-service-account-key", r -> {
      PemKey key = PemKey.generate(PemKey.Kind.PKCS8, r);
      String json = "{\"type\":\"service_account\",\"project_id\":\"shop-prod-" + digits(r, 6)
          + "\",\"private_key_id\":\"" + hex(r, 40) + "\",\"private_key\":\""
          + key.escapedOneLine() + "\",\"client_email\":"
          + "\"orders@shop-prod.iam.gserviceaccount.com\"}";
      return new Secret(json, key.vanish());
    }).keys("GOOGLE_CREDENTIALS", "credentialsJson", "GCP_SA_KEY", "serviceAccountJson"));
    all.add(bare("fcm-legacy-server-key", r -> visible("AAAA",
            base64url(r, 7) + ":APA91b" + base64url(r, 134)))
        .keys("FCM_SERVER_KEY", "serverKey", "firebase.server-key")
        .headers(new Header("Authorization", "key=")));

    // Azure.
    all.add(url("azure-storage-connection-string", r -> {
      String key = base64Bytes(r, 64);
      return parts("DefaultEndpointsProtocol=https;AccountName=shopdata" + digits(r, 3)
          + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net", key);
    }).keys("AZURE_STORAGE_CONNECTION_STRING", "connectionString",
        "spring.cloud.azure.storage.blob.connection-string"));
    all.add(keyed("azure-storage-account-key", r -> whole(base64Bytes(r, 64)))
        .keys("AZURE_STORAGE_KEY", "accountKey", "storage_account_key", "AccountKey",
            "spring.cloud.azure.storage.blob.account-key"));
    all.add(query("azure-sas-token", r -> {
      String sig = base64Bytes(r, 32);
      String encoded = URLEncoder.encode(sig, StandardCharsets.UTF_8);
      return parts("https://shopdata.blob.core.windows.net/exports/orders.csv?sv=2022-11-02"
          + "&ss=b&srt=sco&sp=rl&se=2026-12-01T00:00:00Z&st=2026-11-27T00:00:00Z&spr=https"
          + "&sig=" + encoded, encoded);
    }).keys("AZURE_STORAGE_SAS_URL", "sasUrl", "blobUrl").alone());
    all.add(bare("azure-ad-client-secret", r -> whole(of(ALNUM + "_~.", 3, r) + digits(r, 1)
            + "Q~" + of(ALNUM + "_~.-", 34, r)))
        .keys("AZURE_CLIENT_SECRET", "client-secret", "clientSecret",
            "spring.cloud.azure.credential.client-secret", "azure.activedirectory.client-secret")
        .params("client_secret"));
    all.add(header("azure-shared-key", r -> {
      String signature = base64Bytes(r, 32);
      return parts("SharedKey shopdata:" + signature, signature);
    }).header("Authorization"));
    all.add(url("azure-service-bus-connection-string", r -> {
      String key = base64Bytes(r, 32);
      return parts("Endpoint=sb://shop-events.servicebus.windows.net/;SharedAccessKeyName="
          + "RootManageSharedAccessKey;SharedAccessKey=" + key, key);
    }).keys("AZURE_SERVICEBUS_CONNECTION_STRING",
        "spring.cloud.azure.servicebus.connection-string"));
    all.add(url("azure-cosmos-connection-string", r -> {
      String key = base64Bytes(r, 64);
      return parts("AccountEndpoint=https://shop-catalog.documents.azure.com:443/;AccountKey="
          + key + ";", key);
    }).keys("COSMOS_CONNECTION_STRING", "cosmos.connection-string"));
    all.add(header("azure-apim-subscription-key", r -> whole(hex(r, 32)))
        .keys("subscriptionKey", "APIM_SUBSCRIPTION_KEY", "ocp-apim-subscription-key")
        .header("Ocp-Apim-Subscription-Key").params("subscription-key"));
    all.add(header("azure-functions-key", r -> whole(base64url(r, 54) + "=="))
        .keys("FUNCTION_KEY", "functionKey", "x-functions-key").header("x-functions-key")
        .params("code"));
    all.add(keyed("azure-devops-pat", r -> whole(of(LOWER + "234567", 52, r)))
        .keys("AZURE_DEVOPS_PAT", "AZURE_DEVOPS_EXT_PAT", "SYSTEM_ACCESSTOKEN", "azdoPat"));

    // AI providers.
    all.add(bare("openai-legacy-key",
            r -> visible("sk-", alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)))
        .keys("OPENAI_API_KEY", "openai.api-key", "openaiApiKey", "spring.ai.openai.api-key")
        .headers(BEARER));
    all.add(bare("openai-project-key",
            r -> visible("sk-proj-", base64url(r, 74) + "T3BlbkFJ" + base64url(r, 74)))
        .keys("OPENAI_API_KEY", "openai.api-key", "apiKey").headers(BEARER));
    all.add(bare("openai-service-account-key",
            r -> visible("sk-svcacct-", base64url(r, 74) + "T3BlbkFJ" + base64url(r, 74)))
        .keys("OPENAI_API_KEY", "OPENAI_SERVICE_ACCOUNT_KEY").headers(BEARER));
    all.add(bare("openai-admin-key",
            r -> visible("sk-admin-", base64url(r, 58) + "T3BlbkFJ" + base64url(r, 58)))
        .keys("OPENAI_ADMIN_KEY").headers(BEARER));
    all.add(bare("anthropic-api-key", r -> visible("sk-ant-api03-", base64url(r, 93) + "AA"))
        .keys("ANTHROPIC_API_KEY", "anthropic.api-key", "spring.ai.anthropic.api-key")
        .header("x-api-key"));
    all.add(bare("anthropic-admin-key", r -> visible("sk-ant-admin01-", base64url(r, 93) + "AA"))
        .keys("ANTHROPIC_ADMIN_KEY").header("x-api-key"));
    all.add(bare("huggingface-token", r -> visible("hf_", of(UPPER + LOWER, 34, r)))
        .keys("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "hfToken", "huggingface.token")
        .headers(BEARER));
    all.add(bare("huggingface-org-token", r -> visible("api_org_", of(UPPER + LOWER, 34, r)))
        .keys("HF_ORG_TOKEN", "huggingfaceOrgToken").headers(BEARER));
    all.add(bare("groq-api-key", r -> visible("gsk_", alnum(r, 52)))
        .keys("GROQ_API_KEY", "groq.api-key").headers(BEARER));
    all.add(bare("perplexity-api-key", r -> visible("pplx-", alnum(r, 48)))
        .keys("PERPLEXITY_API_KEY", "pplxApiKey").headers(BEARER));
    all.add(bare("replicate-api-token", r -> visible("r8_", alnum(r, 37)))
        .keys("REPLICATE_API_TOKEN").headers(BEARER, new Header("Authorization", "Token ")));
    all.add(bare("xai-api-key", r -> visible("xai-", alnum(r, 80)))
        .keys("XAI_API_KEY", "grokApiKey").headers(BEARER));
    all.add(bare("deepseek-api-key", r -> visible("sk-", hex(r, 32)))
        .keys("DEEPSEEK_API_KEY", "deepseek.api-key").headers(BEARER));
    all.add(keyed("cohere-api-key", r -> whole(alnum(r, 40)))
        .keys("COHERE_API_KEY", "CO_API_KEY", "cohereApiKey").headers(BEARER));
    all.add(keyed("mistral-api-key", r -> whole(alnum(r, 32)))
        .keys("MISTRAL_API_KEY", "spring.ai.mistralai.api-key").headers(BEARER));
    all.add(bare("langsmith-api-key", r -> visible("lsv2_pt_", hex(r, 32) + "_" + hex(r, 10)))
        .keys("LANGCHAIN_API_KEY", "LANGSMITH_API_KEY").header("x-api-key"));
    all.add(bare("pinecone-api-key", r -> visible("pcsk_", alnum(r, 6) + "_" + alnum(r, 63)))
        .keys("PINECONE_API_KEY").header("Api-Key"));
    all.add(keyed("wandb-api-key", r -> whole(hex(r, 40))).keys("WANDB_API_KEY"));

    // Package registries.
    all.add(bare("npm-token", r -> visible("npm_", withCrc32(alnum(r, 30))))
        .keys("NPM_TOKEN", "NODE_AUTH_TOKEN", "//registry.npmjs.org/:_authToken", "npmToken")
        .headers(BEARER));
    all.add(bare("pypi-token", r -> visible("pypi-AgEIcHlwaS5vcmc",
            "CJ" + base64url(r, 34) + "AAIqWzMsI" + base64url(r, 110)))
        .keys("PYPI_TOKEN", "TWINE_PASSWORD", "pypi_api_token", "UV_PUBLISH_TOKEN"));
    all.add(bare("nuget-api-key", r -> visible("oy2", of(LOWER_ALNUM, 43, r)))
        .keys("NUGET_API_KEY", "nugetApiKey", "apikey").header("X-NuGet-ApiKey"));
    all.add(bare("rubygems-api-key", r -> visible("rubygems_", hex(r, 48)))
        .keys("GEM_HOST_API_KEY", "rubygems_api_key", ":rubygems_api_key").header("Authorization"));
    all.add(bare("dockerhub-pat", r -> visible("dckr_pat_", base64url(r, 27)))
        .keys("DOCKER_PASSWORD", "DOCKERHUB_TOKEN", "docker.password", "registryPassword")
        .headers(BEARER));
    all.add(bare("dockerhub-org-token", r -> visible("dckr_oat_", base64url(r, 32)))
        .keys("DOCKERHUB_ORG_TOKEN", "dockerOrgToken").headers(BEARER));
    all.add(bare("jfrog-api-key", r -> visible("AKCp", of(ALNUM, 69, r)))
        .keys("ARTIFACTORY_API_KEY", "artifactory.apiKey", "jfrogApiKey")
        .header("X-JFrog-Art-Api"));
    all.add(bare("jfrog-reference-token", r -> visible("cmVmdGtuOjAxOj", alnum(r, 50)))
        .keys("JFROG_ACCESS_TOKEN", "ARTIFACTORY_ACCESS_TOKEN", "artifactory.access-token")
        .headers(BEARER));
    all.add(bare("crates-io-token", r -> visible("cio", alnum(r, 32)))
        .keys("CARGO_REGISTRY_TOKEN", "cratesToken").header("Authorization"));
    all.add(bare("clojars-token", r -> visible("CLOJARS_", of(LOWER_ALNUM, 60, r)))
        .keys("CLOJARS_PASSWORD", "CLOJARS_TOKEN"));

    // Messaging and e-mail.
    all.add(bare("twilio-api-key", r -> visible("SK", hex(r, 32)))
        .keys("TWILIO_API_KEY", "twilio.api-key", "apiKeySid"));
    all.add(keyed("twilio-auth-token", r -> whole(hex(r, 32)))
        .keys("TWILIO_AUTH_TOKEN", "twilio.auth-token", "authToken", "twilioAuthToken"));
    all.add(url("twilio-basic-auth-url", r -> {
      String sid = "AC" + hex(r, 32);
      String token = hex(r, 32);
      return parts("https://" + sid + ":" + token + "@api.twilio.com/2010-04-01/Accounts/"
          + sid + "/Messages.json", token);
    }).keys("TWILIO_URL", "callbackUrl"));
    all.add(bare("sendgrid-api-key",
            r -> visible("SG.", base64url(r, 22) + "." + base64url(r, 43)))
        .keys("SENDGRID_API_KEY", "spring.sendgrid.api-key", "sendgridApiKey").headers(BEARER));
    all.add(bare("mailgun-legacy-key", r -> visible("key-", of(LOWER_ALNUM, 32, r)))
        .keys("MAILGUN_API_KEY", "mailgun.api-key"));
    all.add(keyed("mailgun-private-key", r -> whole(hex(r, 32) + "-" + hex(r, 8) + "-" + hex(r, 8)))
        .keys("MAILGUN_API_KEY", "mailgun.private-key", "mailgunApiKey"));
    all.add(bare("mailchimp-api-key",
            r -> visibleValue(hex(r, 32), "-us" + (1 + r.nextInt(21))))
        .keys("MAILCHIMP_API_KEY", "mailchimp.api-key", "apikey").headers(BEARER));
    all.add(bare("brevo-api-key", r -> visible("xkeysib-", hex(r, 64) + "-" + alnum(r, 16)))
        .keys("BREVO_API_KEY", "SENDINBLUE_API_KEY", "brevo.api-key").header("api-key"));
    all.add(header("postmark-server-token", r -> whole(uuid(r)))
        .keys("POSTMARK_SERVER_TOKEN", "postmark.server-token", "serverToken")
        .header("X-Postmark-Server-Token"));
    all.add(bare("discord-bot-token", r -> whole(base64Url(digits(r, 18)) + "."
            + base64url(r, 6) + "." + base64url(r, 38)))
        .keys("DISCORD_TOKEN", "discord.bot-token", "botToken", "DISCORD_BOT_TOKEN")
        .headers(new Header("Authorization", "Bot ")));
    all.add(url("discord-webhook", r -> {
      String secret = base64url(r, 68);
      return parts("https://discord.com/api/webhooks/" + digits(r, 19) + "/" + secret, secret);
    }).keys("DISCORD_WEBHOOK_URL", "discordWebhook", "webhook_url"));
    all.add(url("mattermost-webhook", r -> {
      String secret = RandomText.of("abcdefghijklmnopqrstuvwxyz0123456789", 26, r);
      return parts("https://chat.example.com/hooks/" + secret, secret);
    }).keys("MATTERMOST_WEBHOOK_URL", "mattermostWebhook", "webhook_url"));
    all.add(bare("telegram-bot-token", r -> {
      String secret = "AA" + base64url(r, 33);
      return parts(digits(r, 10) + ":" + secret, secret);
    }).keys("TELEGRAM_BOT_TOKEN", "telegram.bot.token", "botToken", "TELEGRAM_TOKEN"));
    all.add(url("telegram-bot-api-url", r -> {
      String secret = "AA" + base64url(r, 33);
      return parts("https://api.telegram.org/bot" + digits(r, 10) + ":" + secret
          + "/sendMessage?chat_id=-100" + digits(r, 10) + "&parse_mode=HTML", secret);
    }).keys("telegramUrl", "notifyUrl"));
    all.add(url("teams-webhook", r -> {
      String hexPart = hex(r, 32);
      String last = uuid(r);
      String signature = base64url(r, 43);
      return parts("https://acme.webhook.office.com/webhookb2/" + uuid(r) + "@" + uuid(r)
          + "/IncomingWebhook/" + hexPart + "/" + last + "/V2" + signature, hexPart, last,
          signature);
    }).keys("TEAMS_WEBHOOK_URL", "teams.webhook-url", "msTeamsWebhook"));

    // Commerce and payments.
    all.add(bare("shopify-access-token", r -> visible("shpat_", hex(r, 32)))
        .keys("SHOPIFY_ACCESS_TOKEN", "shopify.access-token", "accessToken")
        .header("X-Shopify-Access-Token"));
    all.add(bare("shopify-shared-secret", r -> visible("shpss_", hex(r, 32)))
        .keys("SHOPIFY_API_SECRET", "shopify.api-secret", "sharedSecret"));
    all.add(bare("shopify-custom-app-token", r -> visible("shpca_", hex(r, 32)))
        .keys("SHOPIFY_CUSTOM_APP_TOKEN").header("X-Shopify-Access-Token"));
    all.add(bare("square-access-token", r -> visible("EAAA", base64url(r, 60)))
        .keys("SQUARE_ACCESS_TOKEN", "square.access-token").headers(BEARER));
    all.add(bare("square-oauth-secret", r -> visible("sq0csp-", base64url(r, 43)))
        .keys("SQUARE_APPLICATION_SECRET", "square.oauth.secret").params("client_secret"));
    all.add(bare("braintree-access-token", r -> visible("access_token$production$",
            of(LOWER_ALNUM, 16, r) + "$" + hex(r, 32)))
        .keys("BRAINTREE_ACCESS_TOKEN", "braintree.access-token").headers(BEARER));
    all.add(keyed("paypal-client-secret", r -> whole("E" + base64url(r, 79)))
        .keys("PAYPAL_CLIENT_SECRET", "paypal.client-secret", "paypalSecret")
        .params("client_secret"));
    all.add(bare("plaid-access-token", r -> visible("access-production-", uuid(r)))
        .keys("access_token", "PLAID_ACCESS_TOKEN", "plaidAccessToken"));
    all.add(keyed("plaid-secret", r -> whole(hex(r, 30)))
        .keys("PLAID_SECRET", "plaid.secret", "secret").header("PLAID-SECRET"));
    all.add(keyed("razorpay-key-secret", r -> whole(alnum(r, 24)))
        .keys("RAZORPAY_KEY_SECRET", "key_secret", "razorpay.key-secret"));
    all.add(bare("shippo-api-token", r -> visible("shippo_live_", hex(r, 40)))
        .keys("SHIPPO_API_TOKEN").headers(new Header("Authorization", "ShippoToken ")));

    // Cloud platforms and developer tools.
    all.add(bare("digitalocean-pat", r -> visible("dop_v1_", hex(r, 64)))
        .keys("DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN", "digitalocean.token").headers(BEARER));
    all.add(bare("digitalocean-oauth-token", r -> visible("doo_v1_", hex(r, 64)))
        .keys("DIGITALOCEAN_TOKEN", "doToken").headers(BEARER));
    all.add(bare("heroku-api-key", r -> visible("HRKU-AA", base64url(r, 58)))
        .keys("HEROKU_API_KEY", "heroku.api-key").headers(BEARER));
    all.add(keyed("heroku-legacy-api-key", r -> whole(uuid(r)))
        .keys("HEROKU_API_KEY", "heroku.apiKey", "herokuApiKey").headers(BEARER));
    all.add(bare("databricks-token",
            r -> visible("dapi", hex(r, 32) + (r.nextBoolean() ? "" : "-2")))
        .keys("DATABRICKS_TOKEN", "databricks.token", "spark.databricks.token").headers(BEARER));
    all.add(bare("terraform-cloud-token", r -> {
      String id = of(LOWER_ALNUM, 14, r);
      String secret = of(ALNUM + "-_=", 67, r);
      return parts(id + ".atlasv1." + secret, id, secret);
    }).keys("TFE_TOKEN", "TF_TOKEN_app_terraform_io", "ATLAS_TOKEN").headers(BEARER));
    all.add(bare("vault-service-token", r -> visible("hvs.", "CAESI" + base64url(r, 90)))
        .keys("VAULT_TOKEN", "spring.cloud.vault.token", "vault.token", "vaultToken")
        .header("X-Vault-Token"));
    all.add(bare("vault-batch-token", r -> visible("hvb.", "AAAAAQ" + base64url(r, 140)))
        .keys("VAULT_TOKEN", "batch_token").header("X-Vault-Token"));
    all.add(header("vault-legacy-token", r -> visible("s.", alnum(r, 24)))
        .keys("VAULT_TOKEN", "vault.token", "client_token").header("X-Vault-Token"));
    all.add(bare("doppler-token",
            r -> visible(pick(r, "dp.pt.", "dp.st.prd.", "dp.sa.", "dp.ct."), alnum(r, 43)))
        .keys("DOPPLER_TOKEN", "doppler.token").headers(BEARER));
    all.add(bare("pulumi-access-token", r -> visible("pul-", hex(r, 40)))
        .keys("PULUMI_ACCESS_TOKEN", "pulumiToken").headers(TOKEN));
    all.add(bare("postman-api-key", r -> visible("PMAK-", hex(r, 24) + "-" + hex(r, 34)))
        .keys("POSTMAN_API_KEY", "postmanApiKey").header("X-Api-Key"));
    all.add(bare("linear-api-key", r -> visible("lin_api_", alnum(r, 40)))
        .keys("LINEAR_API_KEY", "linear.api-key").header("Authorization"));
    all.add(bare("notion-token", r -> visible("ntn_", digits(r, 11) + alnum(r, 35)))
        .keys("NOTION_TOKEN", "NOTION_API_KEY", "notion.token").headers(BEARER));
    all.add(bare("notion-legacy-token", r -> visible("secret_", alnum(r, 43)))
        .keys("NOTION_TOKEN", "notionSecret").headers(BEARER));
    all.add(bare("atlassian-api-token", r -> visible("ATATT3xFfGF0",
            base64url(r, 171) + "=" + of(UPPER_HEX, 8, r)))
        .keys("JIRA_API_TOKEN", "CONFLUENCE_API_TOKEN", "atlassian.api-token", "jira.token")
        .headers(BEARER));
    all.add(bare("asana-pat", r -> {
      String secret = hex(r, 32);
      return parts("2/" + digits(r, 16) + "/" + digits(r, 16) + ":" + secret, secret);
    }).keys("ASANA_ACCESS_TOKEN", "asana.token").headers(BEARER));
    all.add(bare("airtable-pat", r -> visible("pat", alnum(r, 14) + "." + hex(r, 64)))
        .keys("AIRTABLE_API_KEY", "AIRTABLE_TOKEN", "airtable.token").headers(BEARER));
    all.add(header("cloudflare-api-token", r -> whole(base64url(r, 40)))
        .keys("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "cloudflare.api-token").headers(BEARER));
    all.add(header("cloudflare-global-api-key", r -> whole(hex(r, 37)))
        .keys("CLOUDFLARE_API_KEY", "CF_API_KEY", "cloudflare.auth-key").header("X-Auth-Key"));
    all.add(bare("cloudflare-origin-ca-key",
            r -> visible("v1.0-", hex(r, 24) + "-" + hex(r, 146)))
        .keys("CF_ORIGIN_CA_KEY", "originCaKey").header("X-Auth-User-Service-Key"));
    all.add(header("datadog-api-key", r -> whole(hex(r, 32)))
        .keys("DD_API_KEY", "DATADOG_API_KEY", "dd_api_key", "datadog.api-key", "apiKey")
        .header("DD-API-KEY").params("api_key"));
    all.add(header("datadog-application-key", r -> whole(hex(r, 40)))
        .keys("DD_APP_KEY", "DD_APPLICATION_KEY", "DATADOG_APP_KEY", "applicationKey",
            "datadog.application-key")
        .header("DD-APPLICATION-KEY").params("application_key"));
    all.add(bare("newrelic-user-api-key", r -> visible("NRAK-", of(UPPER_ALNUM, 27, r)))
        .keys("NEW_RELIC_API_KEY", "newrelic.api-key").header("Api-Key"));
    all.add(bare("newrelic-license-key", r -> visibleValue(hex(r, 36), "NRAL"))
        .keys("NEW_RELIC_LICENSE_KEY", "newrelic.config.license_key", "license_key")
        .header("X-License-Key"));
    all.add(bare("newrelic-insert-key", r -> visible("NRII-", base64url(r, 32)))
        .keys("NEW_RELIC_INSERT_KEY", "insertKey").header("X-Insert-Key"));
    all.add(bare("grafana-cloud-token", r -> visible("glc_", base64("{\"o\":\"" + digits(r, 6)
            + "\",\"n\":\"stack-" + digits(r, 6) + "-hm-read-" + of(LOWER, 6, r) + "\",\"k\":\""
            + alnum(r, 24) + "\",\"m\":{\"r\":\"prod-eu-west-2\"}}")))
        .keys("GRAFANA_CLOUD_API_KEY", "grafana.cloud.token").headers(BEARER));
    all.add(bare("grafana-service-account-token",
            r -> visible("glsa_", alnum(r, 32) + "_" + hex(r, 8)))
        .keys("GRAFANA_TOKEN", "GF_SA_TOKEN", "grafana.token").headers(BEARER));
    all.add(bare("sentry-org-token", r -> {
      String secret = of(BASE64, 43, r);
      return parts("sntrys_" + base64("{\"iat\":1764" + digits(r, 6) + ".0,\"url\":"
          + "\"https://sentry.io\",\"region_url\":\"https://de.sentry.io\",\"org\":\"acme\"}")
          .replace("=", "") + "_" + secret, secret);
    }).keys("SENTRY_AUTH_TOKEN", "sentry.auth-token").headers(BEARER));
    all.add(bare("sentry-user-token", r -> visible("sntryu_", hex(r, 64)))
        .keys("SENTRY_AUTH_TOKEN", "sentryToken").headers(BEARER));
    all.add(url("sentry-dsn", r -> {
      String key = hex(r, 32);
      return parts("https://" + key + "@o" + digits(r, 6) + ".ingest.de.sentry.io/"
          + digits(r, 16), key);
    }).keys("SENTRY_DSN", "sentry.dsn", "dsn"));
    all.add(bare("dynatrace-token",
            r -> visible("dt0c01.", of(UPPER_ALNUM, 24, r) + "." + of(UPPER_ALNUM, 64, r)))
        .keys("DT_API_TOKEN", "DYNATRACE_API_TOKEN", "dynatrace.api-token")
        .headers(new Header("Authorization", "Api-Token ")));
    all.add(bare("sonarqube-user-token", r -> visible("squ_", hex(r, 40)))
        .keys("SONAR_TOKEN", "sonar.token", "sonar.login").headers(BEARER));
    all.add(bare("sonarqube-project-token", r -> visible("sqp_", hex(r, 40)))
        .keys("SONAR_TOKEN", "sonar.token").headers(BEARER));
    all.add(bare("sonarqube-analysis-token", r -> visible("sqa_", hex(r, 40)))
        .keys("SONAR_TOKEN", "sonarToken").headers(BEARER));
    all.add(header("okta-api-token", r -> visible("00", base64url(r, 40)))
        .keys("OKTA_API_TOKEN", "okta.client.token", "oktaToken")
        .headers(new Header("Authorization", "SSWS ")));
    all.add(header("pagerduty-api-key", r -> whole("u+" + of(ALNUM + "_-", 18, r)))
        .keys("PAGERDUTY_TOKEN", "pagerduty.api-key")
        .headers(new Header("Authorization", "Token token=")));
    all.add(keyed("pagerduty-routing-key", r -> whole(hex(r, 32)))
        .keys("routing_key", "PAGERDUTY_INTEGRATION_KEY", "routingKey", "service_key"));
    all.add(header("elastic-api-key", r -> whole(base64(base64url(r, 20) + ":" + base64url(r, 22))))
        .keys("ELASTIC_API_KEY", "elasticsearch.api-key", "apiKey", "ES_API_KEY")
        .headers(new Header("Authorization", "ApiKey ")));
    all.add(bare("elastic-cloud-api-key", r -> visible("essu_", of(BASE64, 76, r) + "=="))
        .keys("EC_API_KEY", "ELASTIC_CLOUD_API_KEY")
        .headers(new Header("Authorization", "ApiKey ")));
    all.add(bare("elasticsearch-enrollment-token", r -> visible("eyJ2ZXIiOiI", base64(
            "{\"ver\":\"8.14.3\",\"adr\":[\"172.18.0." + (2 + r.nextInt(200)) + ":9200\"],"
            + "\"fgr\":\"" + hex(r, 64) + "\",\"key\":\"" + base64url(r, 20) + ":"
            + base64url(r, 22) + "\"}").substring(11)))
        .keys("ENROLLMENT_TOKEN", "enrollmentToken", "KIBANA_ENROLLMENT_TOKEN")
        .announced("\nConfigure Kibana to use this cluster:\n* Run Kibana and click the "
            + "configuration link in the terminal when Kibana starts.\n* Copy the following "
            + "enrollment token and paste it into Kibana in your browser (valid for the next 30 "
            + "minutes):\n  {}\n"));
    all.add(header("splunk-hec-token", r -> whole(uuid(r)))
        .keys("SPLUNK_HEC_TOKEN", "hec_token", "splunk.hec.token", "hecToken")
        .headers(new Header("Authorization", "Splunk "))
        .announced("sending 250 events to https://splunk.example.com:8088/services/collector "
            + "with hec token {}", "HEC token {} is disabled (code 1)"));
    all.add(bare("openstack-fernet-token", r -> visible("gAAAAA", "B" + base64url(r, 176)))
        .keys("OS_TOKEN", "auth_token", "keystone.token", "token")
        .header("X-Auth-Token", "X-Subject-Token"));
    all.add(header("consul-acl-token", r -> whole(uuid(r)))
        .keys("CONSUL_HTTP_TOKEN", "spring.cloud.consul.token", "acl_token", "consulToken")
        .header("X-Consul-Token").params("token"));
    all.add(keyed("jenkins-api-token", r -> whole("11" + hex(r, 32)))
        .keys("JENKINS_API_TOKEN", "jenkins.token", "apiToken", "JENKINS_TOKEN"));
    all.add(bare("launchdarkly-sdk-key", r -> visible("sdk-", uuid(r)))
        .keys("LAUNCHDARKLY_SDK_KEY", "launchdarkly.sdk-key", "sdkKey").header("Authorization"));
    all.add(bare("launchdarkly-api-token", r -> visible("api-", uuid(r)))
        .keys("LAUNCHDARKLY_ACCESS_TOKEN", "ldApiToken").header("Authorization"));
    all.add(keyed("snyk-token", r -> whole(uuid(r)))
        .keys("SNYK_TOKEN", "snyk.token", "snykApiToken").headers(TOKEN));
    all.add(bare("mapbox-secret-token", r -> visible("sk.",
            base64Url("{\"u\":\"acme-maps\",\"a\":\""
            + of(LOWER_ALNUM, 25, r) + "\"}") + "." + base64url(r, 22)))
        .keys("MAPBOX_DOWNLOADS_TOKEN", "MAPBOX_SECRET_TOKEN", "mapbox.token")
        .params("access_token"));
    all.add(bare("facebook-access-token", r -> visible("EAA", of("BGI", 1, r) + alnum(r, 160)))
        .keys("FACEBOOK_ACCESS_TOKEN", "access_token", "pageAccessToken").headers(BEARER)
        .params("access_token"));
    all.add(keyed("facebook-app-secret", r -> whole(hex(r, 32)))
        .keys("FACEBOOK_APP_SECRET", "app_secret", "appSecret", "facebook.app-secret")
        .params("client_secret"));
    all.add(bare("twitter-bearer-token", r -> visible("AAAAAAAAAAAAAAAAAAAAA",
            alnum(r, 10) + "AAAAAA" + alnum(r, 12) + "%2B" + alnum(r, 20) + "%3D" + alnum(r, 50)))
        .keys("TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN", "twitter.bearer-token").headers(BEARER));
    all.add(keyed("twitter-api-secret", r -> whole(alnum(r, 50)))
        .keys("TWITTER_API_SECRET", "consumer_secret", "oauth_consumer_secret", "apiSecretKey"));

    // JWTs and keys.
    all.add(bare("jwt", SecretFormats::jwt)
        .keys("id_token", "access_token", "jwt", "token", "accessToken")
        .headers(BEARER).params("access_token", "id_token"));
    all.add(bare("kubernetes-service-account-token", SecretFormats::kubernetesToken)
        .keys("token", "KUBE_TOKEN", "serviceAccountToken", "K8S_AUTH_TOKEN").headers(BEARER));
    for (PemKey.Kind kind : PemKey.Kind.values()) {
      all.add(bare("private-key-" + kind.name().toLowerCase(Locale.ROOT), r -> {
        PemKey key = PemKey.generate(kind, r);
        return new Secret(key.escapedOneLine(), key.vanish());
      }).keys("private_key", "privateKey", "tls.key", "SSH_PRIVATE_KEY", "app.signing-key"));
    }
    all.add(bare("age-secret-key", r -> visible("AGE-SECRET-KEY-1", of(BECH32, 58, r)))
        .keys("SOPS_AGE_KEY", "AGE_SECRET_KEY", "ageKey"));

    // Passwords and framework secrets.
    all.add(keyed("generated-password", r -> whole(RandomText.password(r, 16 + r.nextInt(9))))
        .keys("password", "spring.datasource.password", "DB_PASSWORD", "pwd", "passwd",
            "adminPassword", "keyStorePassword", "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWORD",
            "spring.data.redis.password", "server.ssl.key-store-password", "pass", "db_pass",
            "ldap.bind-password", "smtpPassword")
        .params("password", "pwd").password());
    all.add(keyed("memorable-password", r -> whole(RandomText.passphrase(r)))
        .keys("password", "user.password", "passphrase", "spring.security.user.password",
            "mail.password", "credentials.password", "RABBITMQ_DEFAULT_PASS")
        .params("password").password());
    all.add(keyed("spring-boot-generated-password", r -> whole(uuid(r)))
        .keys("spring.security.user.password", "password")
        .announced("Using generated security password: {}", "\nUsing generated security "
            + "password: {}\n\nThis generated password is for development use only. Your "
            + "security configuration must be updated before running your application in "
            + "production.\n")
        .password());
    all.add(keyed("mysql-temporary-password",
            r -> whole(of(ALNUM + ":;(/<>#%!_+", 12, r)))
        .keys("MYSQL_ROOT_PASSWORD", "mysql.root-password", "password")
        .announced("[Note] [MY-010454] [Server] A temporary password is generated for "
            + "root@localhost: {}", "A temporary password is generated for root@localhost: {}")
        .password());
    all.add(keyed("jenkins-initial-admin-password", r -> whole(hex(r, 32)))
        .keys("initialAdminPassword", "JENKINS_ADMIN_PASSWORD", "password")
        .announced("Please use the following password to proceed to installation: {}",
            "\n*************************************************************\n"
            + "*************************************************************\n"
            + "*************************************************************\n\n"
            + "Jenkins initial setup is required. An admin user has been created and a password "
            + "generated.\nPlease use the following password to proceed to installation:\n\n{}\n\n"
            + "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n\n"
            + "*************************************************************\n")
        .password());
    all.add(keyed("elasticsearch-generated-password", r -> whole(of(ALNUM + "*=+_-", 20, r)))
        .keys("ELASTIC_PASSWORD", "elasticsearch.password", "password")
        .announced("Password for the elastic user (reset with `bin/elasticsearch-reset-password"
            + " -u elastic`): {}", "\nPassword for the elastic user (reset with "
            + "`bin/elasticsearch-reset-password -u elastic`):\n  {}\n\nHTTP CA certificate "
            + "SHA-256 fingerprint:\n  a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbcc"
            + "ddeeff00\n")
        .password());
    all.add(header("basic-auth", r -> whole(base64(pick(r, "deploy", "svc-orders", "admin",
            "ci-bot") + ":" + RandomText.password(r, 14))))
        .headers(BASIC, new Header("Proxy-Authorization", "Basic ")));
    all.add(bare("django-insecure-secret-key", r -> visible("django-insecure-",
            of("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50, r)))
        .keys("SECRET_KEY", "DJANGO_SECRET_KEY"));
    all.add(keyed("django-secret-key",
            r -> whole(of("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50, r)))
        .keys("SECRET_KEY", "DJANGO_SECRET_KEY", "django.secret_key"));
    all.add(keyed("rails-secret-key-base", r -> whole(hex(r, 128)))
        .keys("secret_key_base", "SECRET_KEY_BASE", "config.secret_key_base"));
    all.add(keyed("rails-master-key", r -> whole(hex(r, 32)))
        .keys("RAILS_MASTER_KEY", "master_key"));
    all.add(keyed("flask-secret-key", r -> whole(r.nextBoolean() ? hex(r, 64) : base64url(r, 43)))
        .keys("SECRET_KEY", "FLASK_SECRET_KEY", "app.secret_key", "SESSION_SECRET"));
    all.add(keyed("laravel-app-key", r -> visible("base64:", base64Bytes(r, 32)))
        .keys("APP_KEY", "app.key"));
    all.add(keyed("jwt-signing-secret", r -> whole(base64Bytes(r, 48)))
        .keys("JWT_SECRET", "jwt.secret", "jwtSigningKey", "security.jwt.secret-key",
            "HMAC_SECRET"));
    all.add(keyed("encryption-key", r -> whole(base64Bytes(r, 32)))
        .keys("ENCRYPTION_KEY", "encryptionKey", "aes.key", "jasypt.encryptor.password",
            "MASTER_KEY"));

    // Connection strings and URLs with credentials.
    all.add(url("jdbc-postgresql-password", r -> {
      String pw = urlPassword(r);
      return parts("jdbc:postgresql://db.internal:5432/orders?user=orders&password=" + pw
          + "&ssl=true", pw);
    }).keys("spring.datasource.url", "DATABASE_URL", "jdbcUrl", "url"));
    all.add(url("jdbc-mysql-userinfo", r -> {
      String pw = urlPassword(r);
      return parts("jdbc:mysql://shop:" + pw + "@mysql-primary:3306/shop?useSSL=true", pw);
    }).keys("spring.datasource.url", "JDBC_URL", "jdbcUrl"));
    all.add(url("jdbc-sqlserver-password", r -> {
      String pw = urlPassword(r);
      return parts("jdbc:sqlserver://sql01.internal:1433;databaseName=shop;user=sa;password="
          + pw + ";encrypt=true;trustServerCertificate=false", pw);
    }).keys("spring.datasource.url", "jdbcUrl"));
    all.add(url("jdbc-oracle-thin", r -> {
      String pw = urlPassword(r);
      return parts("jdbc:oracle:thin:scott/" + pw + "@//ora01.internal:1521/ORCLPDB1", pw);
    }).keys("spring.datasource.url", "db.url"));
    all.add(url("sqlserver-connection-string", r -> {
      String pw = urlPassword(r);
      return parts("Server=tcp:shop-sql.database.windows.net,1433;Initial Catalog=shop;"
          + "User ID=shopapp;Password=" + pw + ";Encrypt=True;Connection Timeout=30;", pw);
    }).keys("ConnectionStrings__Default", "connectionString", "SQL_CONNECTION_STRING"));
    all.add(url("mongodb-uri", r -> {
      String pw = urlPassword(r);
      return parts("mongodb+srv://orders:" + pw + "@cluster0." + of(LOWER_ALNUM, 5, r)
          + ".mongodb.net/orders?retryWrites=true&w=majority", pw);
    }).keys("MONGODB_URI", "spring.data.mongodb.uri", "mongoUri"));
    all.add(url("redis-uri", r -> {
      String pw = urlPassword(r);
      return parts(pick(r, "redis://default:", "rediss://:") + pw + "@cache.internal:6379/0", pw);
    }).keys("REDIS_URL", "spring.data.redis.url", "redisUri"));
    all.add(url("amqp-uri", r -> {
      String pw = urlPassword(r);
      return parts("amqps://orders:" + pw + "@mq.internal:5671/prod", pw);
    }).keys("RABBITMQ_URL", "spring.rabbitmq.addresses", "AMQP_URL"));
    all.add(url("smtp-uri", r -> {
      String pw = urlPassword(r);
      return parts("smtp://mailer%40example.com:" + pw + "@smtp.example.com:587", pw);
    }).keys("MAIL_URL", "EMAIL_URL", "smtpUrl"));
    all.add(url("git-https-credentials", r -> {
      String token = alnum(r, 40);
      return parts("https://x-access-token:" + token + "@git.example.com/acme/orders.git", token);
    }).keys("REPO_URL", "git.uri", "spring.cloud.config.server.git.uri"));
    all.add(url("cloudinary-url", r -> {
      String secret = base64url(r, 27);
      return parts("cloudinary://" + digits(r, 15) + ":" + secret + "@acme-media", secret);
    }).keys("CLOUDINARY_URL"));
    all.add(keyed("kafka-sasl-jaas-config", r -> {
      String pw = urlPassword(r);
      return parts(pick(r, "org.apache.kafka.common.security.plain.PlainLoginModule",
          "org.apache.kafka.common.security.scram.ScramLoginModule")
          + " required username=\"orders\" password=\"" + pw + "\";", pw);
    }).keys("sasl.jaas.config", "spring.kafka.properties.sasl.jaas.config",
        "KAFKA_SASL_JAAS_CONFIG").alone());
    all.add(keyed("docker-config-auth", r -> whole(base64("ci-bot:" + alnum(r, 36))))
        .keys("auth", "\"https://index.docker.io/v1/\".auth", "registryAuth"));

    // Sessions, OAuth and SAML exchanges.
    all.add(header("spring-session-cookie", r -> whole(base64(uuid(r)).replace("=", "")))
        .keys("SESSION", "sessionId")
        .headers(new Header("Cookie", "SESSION="), new Header("Set-Cookie", "SESSION=")));
    all.add(header("jsessionid-cookie", r -> whole(of(UPPER_HEX, 32, r)))
        .keys("JSESSIONID", "jsessionid")
        .headers(new Header("Cookie", "JSESSIONID="), new Header("Set-Cookie", "JSESSIONID=")));
    all.add(header("express-session-cookie",
            r -> visible("s%3A", base64url(r, 32) + "." + base64url(r, 43)))
        .keys("connect.sid")
        .headers(new Header("Cookie", "connect.sid="), new Header("Set-Cookie", "connect.sid=")));
    all.add(header("php-session-cookie", r -> whole(of(LOWER_ALNUM, 26, r)))
        .keys("PHPSESSID").headers(new Header("Cookie", "PHPSESSID=")));
    all.add(keyed("oauth-client-secret", r -> whole(base64url(r, 40)))
        .keys("client_secret", "clientSecret", "oauth.client-secret", "OAUTH_CLIENT_SECRET",
            "spring.security.oauth2.client.registration.keycloak.client-secret")
        .params("client_secret"));
    all.add(query("oauth-authorization-code", r -> whole(base64url(r, 43)))
        .keys("code", "authorization_code").params("code"));
    all.add(query("oauth-refresh-token", r -> whole(base64url(r, 64)))
        .keys("refresh_token", "refreshToken").params("refresh_token"));
    all.add(query("oauth-access-token-param", r -> whole(base64url(r, 48)))
        .keys("access_token", "accessToken").params("access_token"));
    all.add(query("saml-response", SecretFormats::samlResponse)
        .keys("SAMLResponse").params("SAMLResponse"));

    // More providers.
    all.add(bare("supabase-access-token", r -> visible("sbp_", hex(r, 40)))
        .keys("SUPABASE_ACCESS_TOKEN").headers(BEARER));
    all.add(bare("planetscale-service-token", r -> visible("pscale_tkn_", base64url(r, 43)))
        .keys("PLANETSCALE_SERVICE_TOKEN").header("Authorization"));
    all.add(bare("planetscale-password", r -> visible("pscale_pw_", base64url(r, 43)))
        .keys("DATABASE_PASSWORD", "spring.datasource.password"));
    all.add(bare("flyio-token", r -> visible("fo1_", base64url(r, 43)))
        .keys("FLY_API_TOKEN").headers(BEARER));
    all.add(bare("netlify-token", r -> visible("nfp_", alnum(r, 36)))
        .keys("NETLIFY_AUTH_TOKEN").headers(BEARER));
    all.add(bare("onepassword-service-account-token",
            r -> visible("ops_", "eyJzaWduSW5BZGRyZXNzIjoi" + of(BASE64, 300, r)))
        .keys("OP_SERVICE_ACCOUNT_TOKEN").headers(BEARER));
    all.add(bare("tailscale-auth-key",
            r -> visible("tskey-auth-", "k" + alnum(r, 10) + "CNTRL-" + alnum(r, 32)))
        .keys("TS_AUTHKEY", "TAILSCALE_AUTHKEY"));
    all.add(bare("buildkite-token", r -> visible("bkua_", hex(r, 40)))
        .keys("BUILDKITE_API_TOKEN").headers(BEARER));
    all.add(bare("sourcegraph-token", r -> visible("sgp_", hex(r, 16) + "_" + hex(r, 40)))
        .keys("SRC_ACCESS_TOKEN").headers(TOKEN));
    all.add(bare("prefect-api-key", r -> visible("pnu_", alnum(r, 36)))
        .keys("PREFECT_API_KEY").headers(BEARER));
    all.add(bare("bitbucket-app-password", r -> visible("ATBB", alnum(r, 32) + of(UPPER_HEX, 8, r)))
        .keys("BITBUCKET_APP_PASSWORD", "bitbucket.password"));
    all.add(bare("adafruit-io-key", r -> visible("aio_", alnum(r, 28)))
        .keys("ADAFRUIT_IO_KEY").header("X-AIO-Key"));
    all.add(bare("alibaba-access-key-id", r -> visible("LTAI", alnum(r, 20)))
        .keys("ALIBABA_CLOUD_ACCESS_KEY_ID", "accessKeyId"));
    all.add(keyed("alibaba-access-key-secret", r -> whole(alnum(r, 30)))
        .keys("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "accessKeySecret"));
    all.add(bare("tencent-secret-id", r -> visible("AKID", alnum(r, 32)))
        .keys("TENCENTCLOUD_SECRET_ID", "secretId"));
    all.add(keyed("tencent-secret-key", r -> whole(alnum(r, 32)))
        .keys("TENCENTCLOUD_SECRET_KEY", "secretKey"));
    all.add(bare("yandex-oauth-token", r -> visible("y0_", "AgAAAA" + base64url(r, 52)))
        .keys("YC_TOKEN", "yandex.oauth-token").headers(new Header("Authorization", "OAuth ")));
    all.add(bare("yandex-api-key", r -> visible("AQVN", base64url(r, 36)))
        .keys("YC_API_KEY").headers(new Header("Authorization", "Api-Key ")));
    all.add(bare("openshift-token", r -> visible("sha256~", base64url(r, 43)))
        .keys("OPENSHIFT_TOKEN", "OC_TOKEN").headers(BEARER));
    all.add(bare("harness-pat", r -> visible("pat.",
            base64url(r, 22) + "." + alnum(r, 24) + "." + alnum(r, 20)))
        .keys("HARNESS_API_KEY").header("x-api-key"));
    all.add(bare("docker-swarm-join-token", r -> visible("SWMTKN-1-",
            of(LOWER_ALNUM, 50, r) + "-" + of(LOWER_ALNUM, 25, r)))
        .keys("SWARM_JOIN_TOKEN", "join-token", "--token"));
    all.add(keyed("kubeadm-bootstrap-token", r -> {
      String secret = of(LOWER_ALNUM, 16, r);
      return parts(of(LOWER_ALNUM, 6, r) + "." + secret, secret);
    }).keys("token", "--token", "bootstrapToken", "KUBEADM_TOKEN"));
    all.add(bare("figma-pat", r -> visible("figd_", base64url(r, 40)))
        .keys("FIGMA_TOKEN").header("X-Figma-Token"));
    all.add(bare("contentful-pat", r -> visible("CFPAT-", base64url(r, 43)))
        .keys("CONTENTFUL_MANAGEMENT_TOKEN").headers(BEARER));
    all.add(bare("hubspot-private-app-token",
            r -> visible(pick(r, "pat-na1-", "pat-eu1-"), uuid(r)))
        .keys("HUBSPOT_ACCESS_TOKEN", "hubspot.token").headers(BEARER));
    all.add(bare("circleci-pat", r -> visible("CCIPAT_", alnum(r, 22) + "_" + hex(r, 40)))
        .keys("CIRCLECI_TOKEN", "CIRCLE_TOKEN").header("Circle-Token"));
    all.add(keyed("ngrok-authtoken", r -> whole("2" + alnum(r, 26) + "_" + alnum(r, 21)))
        .keys("NGROK_AUTHTOKEN", "authtoken", "ngrok.authtoken"));
    all.add(bare("render-api-key", r -> visible("rnd_", alnum(r, 32)))
        .keys("RENDER_API_KEY").headers(BEARER));
    all.add(header("algolia-admin-key", r -> whole(hex(r, 32)))
        .keys("ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY", "algolia.admin-key")
        .header("X-Algolia-API-Key"));
    all.add(keyed("confluent-api-secret", r -> whole(of(ALNUM + "+/", 64, r)))
        .keys("CONFLUENT_API_SECRET", "confluent.cloud.api.secret",
            "schema.registry.basic.auth.user.info"));
    all.add(keyed("zendesk-api-token", r -> whole(alnum(r, 40)))
        .keys("ZENDESK_API_TOKEN", "zendesk.token"));
    return all;
  }

  /** A value whose first part must vanish and whose suffix (a region, a checksum tag) may stay. */
  private static Secret visibleValue(String secret, String suffix) {
    return parts(secret + suffix, secret);
  }

  /** Passwords that a URL holds without percent-encoding. */
  private static String urlPassword(Random r) {
    return of(ALNUM, 6 + r.nextInt(6), r) + of("-_.!~*", 1, r) + of(ALNUM, 6, r);
  }

  private static Secret jwt(Random r) {
    String header = r.nextBoolean() ? "{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
        : "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + hex(r, 16) + "\"}";
    String payload = "{\"sub\":\"" + uuid(r) + "\",\"iss\":\"https://auth.example.com\","
        + "\"aud\":\"orders-api\",\"scope\":\"orders:read orders:write\",\"iat\":1764"
        + digits(r, 6) + ",\"exp\":1764" + digits(r, 6) + "}";
    String token = RandomText.jwt(header, payload, r, header.contains("RS256") ? 256 : 32);
    String[] parts = token.split("\\.");
    return parts(token, parts[1], parts[2]);
  }

  private static Secret kubernetesToken(Random r) {
    String header = "{\"alg\":\"RS256\",\"kid\":\"" + base64url(r, 43) + "\"}";
    String payload = "{\"aud\":[\"https://kubernetes.default.svc.cluster.local\"],\"exp\":1796"
        + digits(r, 6) + ",\"iat\":1764" + digits(r, 6) + ",\"iss\":"
        + "\"https://kubernetes.default.svc.cluster.local\",\"kubernetes.io\":{\"namespace\":"
        + "\"shop\",\"serviceaccount\":{\"name\":\"orders\",\"uid\":\"" + uuid(r) + "\"}},"
        + "\"sub\":\"system:serviceaccount:shop:orders\"}";
    String token = RandomText.jwt(header, payload, r, 256);
    String[] parts = token.split("\\.");
    return parts(token, parts[1], parts[2]);
  }

  private static Secret samlResponse(Random r) {
    String xml = "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_"
        + hex(r, 32) + "\" Version=\"2.0\" IssueInstant=\"2026-11-27T10:15:02Z\"><saml:Assertion"
        + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_" + hex(r, 32) + "\">"
        + "<saml:Subject><saml:NameID>alice@example.com</saml:NameID></saml:Subject><ds:Signature>"
        + "<ds:SignatureValue>" + base64Bytes(r, 256) + "</ds:SignatureValue></ds:Signature>"
        + "</saml:Assertion></samlp:Response>";
    String encoded = URLEncoder.encode(base64(xml), StandardCharsets.UTF_8);
    return parts(encoded, encoded.substring(120));
  }

  private static SecretFormat bare(String id, Function<Random, Secret> generator) {
    return SecretFormat.of(id, Carrier.BARE, generator);
  }

  private static SecretFormat keyed(String id, Function<Random, Secret> generator) {
    return SecretFormat.of(id, Carrier.KEY_VALUE, generator);
  }

  private static SecretFormat header(String id, Function<Random, Secret> generator) {
    return SecretFormat.of(id, Carrier.HEADER, generator);
  }

  private static SecretFormat url(String id, Function<Random, Secret> generator) {
    return SecretFormat.of(id, Carrier.URL, generator);
  }

  private static SecretFormat query(String id, Function<Random, Secret> generator) {
    return SecretFormat.of(id, Carrier.QUERY, generator);
  }

  /** The format with this id. */
  static SecretFormat byId(String id) {
    for (SecretFormat format : ALL) {
      if (format.id.equals(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException("no format " + id);
  }
}
