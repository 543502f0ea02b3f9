package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The structured provider formats of {@link Providers} at their boundaries: glued to text before
 * or after, one character too few or too many, one character off in their fixed parts, and the
 * placeholders of documentation, which stay as they are. Every value is random, made for these
 * tests.
 */
final class ProvidersTest {
  private static final Redactor REDACTOR = Redactor.defaults();

  private static final String SID = "a496433fa2d4793a3667f256e5c73881";
  private static final String AUTH_TOKEN = "f3d4bef0e3c11e7788ca802b99f1da9a";
  private static final String MAILCHIMP = "71f97bc8059f49d7f760ca827cf88455";
  private static final String TERRAFORM_ID = "72RbozxnbLwwzC";
  private static final String TERRAFORM_SECRET =
      "7hvPQSPRL37Wr_ecM7jIRcL5sifsDDj8TyO4SDTzOCIEnSj-cQu4U8Y_POkBh0hm3Rx";
  private static final String FCM_ID = "w0rNyzy";
  private static final String FCM_SECRET = "RBgSS673nbCJzT_hqjGonO9RFqosp4O4y4MyKG3II8WYgim8YtGK1"
      + "VqCMhwIAEhSke6YjC55R5S0_Fn4KIbIEfdvzBXDdXSSPhH7XvGe3KVkVLEVvP-po-3Zp7fmQ4rq8xlbgO";
  private static final String TELEGRAM = "AAsfptmn6vbU0rUrNg31OImuN1F-fVSDIHm";
  private static final String DSN_KEY = "10acee97e67e0b58699d38f4382c5843";
  private static final String AZDO_RANDOM = "lgdITjVwoG4swSXawN32BL1uMhqNzV4FS7NJJ4K3bf9gBys0vGkB";
  private static final String AZDO_MIDDLE = "31W0FX4W1KDDME72OPMH";
  private static final String DROPBOX_HEAD = "atfhixd2502";
  private static final String DROPBOX_TAIL = "1-th-Skz23wdVTRADluURx-1nsUBBwXv0qezovSxGsH";
  private static final String NEW_RELIC = "1e2f44b9b1c7a0d58e3f6a27c94d0b8e51a6";
  private static final String SALESFORCE_ORG = "00DN8zb8UyA134a";
  private static final String SALESFORCE = "AQ0kZiaNNkeUzEN4b76c7wmN6nkBEHieOjABduUlBNth7njur2l"
      + "uOWMzOHF5FiOoRY4GJTWwZ479GWCH5if8NdQzgiCAVeRb";
  private static final String MAXMIND = "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";

  @Test
  void masksATwilioAccountSidAndTheAuthTokenAfterIt() {
    assertRedacts(Catalog.TWILIO_ACCOUNT, "account AC" + SID + " created",
        "account AC[REDACTED] created");
    assertRedacts(Catalog.TWILIO_ACCOUNT, "credentials AC" + SID + ":" + AUTH_TOKEN
        + " for https://api.twilio.com", "credentials AC[REDACTED] for https://api.twilio.com");
    // An auth token one digit short is not one: only the SID goes.
    String shortToken = AUTH_TOKEN.substring(1);
    assertRedacts(Catalog.TWILIO_ACCOUNT, "AC" + SID + ":" + shortToken,
        "AC[REDACTED]:" + shortToken);
  }

  @Test
  void leavesTwilioLookalikesAlone() {
    assertUnchanged("xAC" + SID);
    assertUnchanged("AC" + SID + "g");
    assertUnchanged("AC" + SID.substring(1));
    assertUnchanged("AC" + SID + "0");
    assertUnchanged("AC" + SID.toUpperCase(java.util.Locale.ROOT));
    assertUnchanged("AC" + "0".repeat(32));
  }

  @Test
  void masksAWholeMailchimpKeyWithItsDataCenter() {
    assertRedacts(Catalog.MAILCHIMP, "mailchimp " + MAILCHIMP + "-us21 ok",
        "mailchimp [REDACTED] ok");
    assertRedacts(Catalog.MAILCHIMP, "\"" + MAILCHIMP + "-us6\"", "\"[REDACTED]\"");
  }

  @Test
  void leavesMailchimpLookalikesAlone() {
    assertUnchanged("x" + MAILCHIMP + "-us21");
    assertUnchanged(MAILCHIMP + "-us");
    assertUnchanged(MAILCHIMP + "-usa");
    assertUnchanged(MAILCHIMP + "-us123");
    assertUnchanged(MAILCHIMP + "-us21x");
    assertUnchanged(MAILCHIMP.substring(1) + "-us21");
    assertUnchanged(MAILCHIMP.toUpperCase(java.util.Locale.ROOT) + "-us21");
    assertUnchanged("en-us locale, en-us1 too");
  }

  @Test
  void masksATerraformCloudToken() {
    assertRedacts(Catalog.TERRAFORM, "terraform login with " + TERRAFORM_ID + ".atlasv1."
        + TERRAFORM_SECRET + " done", "terraform login with [REDACTED] done");
  }

  @Test
  void leavesTerraformLookalikesAlone() {
    assertUnchanged(TERRAFORM_ID.substring(1) + ".atlasv1." + TERRAFORM_SECRET);
    assertUnchanged("x" + TERRAFORM_ID + ".atlasv1." + TERRAFORM_SECRET);
    assertUnchanged(TERRAFORM_ID + ".atlasv2." + TERRAFORM_SECRET);
    assertUnchanged(TERRAFORM_ID + ".atlasv1." + TERRAFORM_SECRET.substring(8));
    assertUnchanged(TERRAFORM_ID + ".atlasv1." + TERRAFORM_SECRET + "abcd");
    assertUnchanged(TERRAFORM_ID + ".atlasv1." + "x".repeat(64));
  }

  @Test
  void masksAnFcmServerKey() {
    assertRedacts(Catalog.FCM, "push via AAAA" + FCM_ID + ":APA91b" + FCM_SECRET,
        "push via [REDACTED]");
    assertRedacts(Catalog.FCM, "{\"fcm\":\"AAAA" + FCM_ID + ":APA91b" + FCM_SECRET + "\"}",
        "{\"fcm\":\"[REDACTED]\"}");
  }

  @Test
  void leavesFcmLookalikesAlone() {
    assertUnchanged("xAAAA" + FCM_ID + ":APA91b" + FCM_SECRET);
    assertUnchanged("AAAB" + FCM_ID + ":APA91b" + FCM_SECRET);
    assertUnchanged("AAAA" + FCM_ID + ":APA91c" + FCM_SECRET);
    assertUnchanged("AAAA" + FCM_ID.substring(1) + ":APA91b" + FCM_SECRET);
    assertUnchanged("AAAA" + FCM_ID + ":APA91b" + FCM_SECRET.substring(35));
    assertUnchanged("AAAA" + FCM_ID + ":APA91b" + FCM_SECRET + FCM_SECRET);
  }

  @Test
  void masksATelegramTokenGluedToBotInAnApiUrl() {
    assertRedacts(Catalog.TELEGRAM,
        "GET https://api.telegram.org/bot7194655321:" + TELEGRAM + "/sendMessage",
        "GET https://api.telegram.org/bot7194655321:[REDACTED]/sendMessage");
  }

  @Test
  void leavesTelegramUrlLookalikesAlone() {
    assertUnchanged("https://api.telegram.org/bat7194655321:" + TELEGRAM + "/getMe");
    assertUnchanged("https://api.telegram.org/robot7194655321:" + TELEGRAM + "/getMe");
    assertUnchanged("https://api.telegram.org/bot7194655321:" + TELEGRAM.substring(1) + "/x");
    assertUnchanged("https://api.telegram.org/bot1234567:" + TELEGRAM + "/getMe");
  }

  @Test
  void masksTheKeyOfASentryDsn() {
    assertRedacts(Catalog.SENTRY_DSN,
        "dsn https://" + DSN_KEY + "@o447951.ingest.us.sentry.io/5611425",
        "dsn https://[REDACTED]@o447951.ingest.us.sentry.io/5611425");
    assertRedacts(Catalog.SENTRY_DSN, "dsn https://" + DSN_KEY + "@sentry.acme.internal/3 loaded",
        "dsn https://[REDACTED]@sentry.acme.internal/3 loaded");
  }

  @Test
  void leavesUrlsThatAreNoSentryDsnAlone() {
    assertUnchanged("https://" + DSN_KEY + "@cdn.example.com/3");
    assertUnchanged("https://" + DSN_KEY.substring(1) + "@o447951.ingest.sentry.io/5611425");
    assertUnchanged("https://" + DSN_KEY + "@o447951.ingest.sentry.io/api");
    assertUnchanged("https://" + "0".repeat(32) + "@o1.ingest.sentry.io/1");
  }

  @Test
  void masksAnAzureDevOpsPatOfTheNewFormat() {
    String pat = AZDO_RANDOM + "JQQJ" + AZDO_MIDDLE + "AZDO" + "eZLS";
    assertThat(pat).hasSize(84);
    assertRedacts(Catalog.AZURE_DEVOPS, "az devops login with " + pat,
        "az devops login with [REDACTED]");
    assertRedacts(Catalog.AZURE_DEVOPS, pat, "[REDACTED]");
  }

  @Test
  void leavesAzureDevOpsLookalikesAlone() {
    assertUnchanged(AZDO_RANDOM + "JQQJ" + AZDO_MIDDLE + "AZDP" + "eZLS");
    assertUnchanged(AZDO_RANDOM.substring(1) + "JQQJ" + AZDO_MIDDLE + "AZDO" + "eZLS");
    assertUnchanged(AZDO_RANDOM + "JQQJ" + AZDO_MIDDLE + "AZDO" + "eZLSx");
    assertUnchanged(AZDO_RANDOM + "JQQK" + AZDO_MIDDLE + "AZDO" + "eZLS");
  }

  @Test
  void masksAMaxMindLicenseKey() {
    assertRedacts(Catalog.MAXMIND, "geoipupdate with " + MAXMIND, "geoipupdate with [REDACTED]");
    assertRedacts(Catalog.MAXMIND, "GeoIP " + MAXMIND + ".", "GeoIP [REDACTED].");
  }

  @Test
  void leavesMaxMindLookalikesAlone() {
    assertUnchanged("GeoIP " + MAXMIND + "x");
    assertUnchanged("GeoIP x" + MAXMIND);
    assertUnchanged("GeoIP " + MAXMIND.replace("_mmk", "_mmx"));
    assertUnchanged("GeoIP " + MAXMIND.substring(1));
  }

  @Test
  void masksADropboxLongLivedToken() {
    assertRedacts(Catalog.DROPBOX, "dropbox " + DROPBOX_HEAD + "AAAAAAAAAA" + DROPBOX_TAIL,
        "dropbox [REDACTED]");
  }

  @Test
  void leavesDropboxLookalikesAlone() {
    assertUnchanged("x" + DROPBOX_HEAD + "AAAAAAAAAA" + DROPBOX_TAIL);
    assertUnchanged(DROPBOX_HEAD.substring(1) + "AAAAAAAAAA" + DROPBOX_TAIL);
    assertUnchanged(DROPBOX_HEAD + "AAAAAAAAA" + DROPBOX_TAIL);
    assertUnchanged(DROPBOX_HEAD + "AAAAAAAAAA" + DROPBOX_TAIL + "x");
    assertUnchanged(DROPBOX_HEAD + "AAAAAAAAAA" + DROPBOX_TAIL.substring(1));
    assertUnchanged("A".repeat(80));
  }

  @Test
  void masksANewRelicLicenseKey() {
    assertRedacts(Catalog.NEW_RELIC, "license " + NEW_RELIC + "NRAL loaded",
        "license [REDACTED] loaded");
  }

  @Test
  void leavesNewRelicLookalikesAlone() {
    assertUnchanged("license x" + NEW_RELIC + "NRAL");
    assertUnchanged("license " + NEW_RELIC.substring(1) + "NRAL");
    assertUnchanged("license " + NEW_RELIC + "NRALx");
    assertUnchanged("license " + NEW_RELIC + "NRAM");
    assertUnchanged("GENERAL ORAL NRAL");
  }

  @Test
  void masksASalesforceSessionToken() {
    assertRedacts(Catalog.SALESFORCE, "login ok, session " + SALESFORCE_ORG + "!" + SALESFORCE,
        "login ok, session [REDACTED]");
    assertRedacts(Catalog.SALESFORCE, "sid=" + SALESFORCE_ORG + "!" + SALESFORCE + "; path=/",
        "sid=[REDACTED]; path=/");
  }

  @Test
  void leavesSalesforceLookalikesAlone() {
    assertUnchanged("x" + SALESFORCE_ORG + "!" + SALESFORCE);
    assertUnchanged(SALESFORCE_ORG.substring(1) + "!" + SALESFORCE);
    assertUnchanged(SALESFORCE_ORG.replace("00D", "00E") + "!" + SALESFORCE);
    assertUnchanged(SALESFORCE_ORG + "!" + SALESFORCE.substring(20));
    assertUnchanged(SALESFORCE_ORG + "!" + SALESFORCE + SALESFORCE.substring(60));
    assertUnchanged("Done! All 12 tests passed");
  }

  @Test
  void leavesPublishedPlaceholdersOfPrefixedFormatsAlone() {
    assertUnchanged("aws_access_key_id AKIAIOSFODNN7EXAMPLE");
    assertUnchanged("token ghp_" + "x".repeat(36));
    assertUnchanged("token ghp_" + "X".repeat(36));
    assertUnchanged("token glpat-your_access_token_here");
    assertUnchanged("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX");
    assertUnchanged("token lin_api_0123456789abcdefABCDEF0123456789abcdefgh");
    assertUnchanged("key sk_live_" + "0".repeat(24));
    assertUnchanged("sdk-00000000-0000-0000-0000-000000000000");
    assertUnchanged("A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
  }

  @Test
  void masksRandomValuesOfTheSameFormats() {
    assertRedacts("github-token", "token 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",
        "token ghp_[REDACTED]");
    assertRedacts("aws-access-key-id", "id AKIA7GHJGBWD32SNT72U", "id AKIA[REDACTED]");
  }

  @Test
  void checksThatAUuidBodyIsAUuid() {
    assertRedacts("hubspot-token", "pat-na1-6a4e5c29-3b8d-4f0e-9c71-2d5a8e1f4b3c",
        "pat-na1-[REDACTED]");
    assertUnchanged("pat-na1-6a4e5c293b8d-4f0e-9c71-2d5a8e1f4b3c-");
    assertUnchanged("pat-na1-6a4e5c29-3b8d-4f0e-9c71-2d5a8e1f4b3g");
    assertUnchanged("sdk-6a4e5c29-3b8d-4f0e-9c71-2d5a8e1f4b3");
  }

  @Test
  void masksCratesIoAndAsanaTokensAlone() {
    assertRedacts("crates-io-token", "publish with cioy3sj0e3seiuPdElQNHfz83k6O4s9UQHC failed",
        "publish with cio[REDACTED] failed");
    assertUnchanged("publish with cioy3sj0e3seiuPdElQNHfz83k6O4s9UQH failed");
    assertUnchanged("precioy3sj0e3seiuPdElQNHfz83k6O4s9UQHC");
    assertRedacts("asana-token",
        "'2/3431288754776668/4504519102838635:fd538ad472616fe1b942cd6dbbf7370a', next",
        "'2/[REDACTED]', next");
    assertUnchanged("on 2/14/2026:10:15:02 and 2/3431288754776668/4504519102838635");
  }

  @Test
  void masksASpringSessionIdWhateverNamesIt() {
    String id = "Zjc3NWYxMzQtNmMyZi00NzM2LWIwMTMtZmMzZTIyNjQyMjc2";
    assertRedacts(Catalog.SPRING_SESSION, "Invalid sessionId '" + id + "'",
        "Invalid sessionId '[REDACTED]'");
    assertRedacts(Catalog.SPRING_SESSION, "<ns2:session>" + id + "</ns2:session>",
        "<ns2:session>[REDACTED]</ns2:session>");
    // Under its cookie's name the pair is read first, and reported as the cookie.
    assertRedacts("cookie-header", "%22SESSION%22%3A%22" + id + "%22%2C",
        "%22SESSION%22%3A%22[REDACTED]%22%2C");
    assertRedacts(Catalog.SPRING_SESSION, "legacy_session_id_value=" + id,
        "legacy_session_id_value=[REDACTED]");
    // Base64 of 36 characters that are no UUID, one character more, one glued before.
    assertUnchanged("id " + "Zjc3NWYxMzQtNmMyZi00NzM2LWIwMTMtZmMzZTIyNjQyMjdn");
    assertUnchanged("id " + id + "A");
    assertUnchanged("id x" + id);
  }

  @Test
  void masksAnAuthorizationValueThatAnAccessLogPrintsAlone() {
    assertRedacts(Catalog.BEARER_TOKEN,
        "\"okhttp/4.12.0\" \"Basic Y2ktYm90OkY7OG0kNUxea3k4ODQ7\"",
        "\"okhttp/4.12.0\" \"Basic [REDACTED]\"");
    assertRedacts(Catalog.BEARER_TOKEN, "\"-\" \"Splunk c0f3af09-3ad7-40ee-a19a-afd6cc32a4c0\"",
        "\"-\" \"Splunk [REDACTED]\"");
    assertRedacts(Catalog.BEARER_TOKEN, "\"-\" \"token 1a407a28-7d6a-40c0-a00c-ae2e9a249372\"",
        "\"-\" \"token [REDACTED]\"");
    // Base64 of no user:password pair, words after the schemes, a token outside quotes.
    assertUnchanged("Basic SGVsbG8gV29ybGQh enabled");
    assertUnchanged("Basic Authentication enabled; Splunk forwarder 9.1 started");
    assertUnchanged("\"token expired\" for 1a407a28-7d6a-40c0-a00c-ae2e9a249372");
    assertUnchanged("refreshed token 1a407a28-7d6a-40c0-a00c-ae2e9a249372");
  }

  @Test
  void readsNoFurtherThanItsFormatsLongestForm() {
    // A run of a Fernet token's alphabet far longer than its longest form is no token, and the
    // detector gives up one character past the limit.
    String run = "gAAAAA" + "Ab1".repeat(2000);
    assertUnchanged(run);
  }

  private static void assertRedacts(String rule, String line, String expected) {
    assertThat(REDACTOR.redact(line)).isEqualTo(expected);
    assertThat(REDACTOR.findings(line)).extracting(Finding::ruleId).containsOnly(rule);
    StringBuilder builder = new StringBuilder("> ").append(line);
    assertThat(REDACTOR.redact(builder, 2)).isTrue();
    assertThat(builder.toString()).isEqualTo("> " + expected);
    byte[] bytes = REDACTOR.redact(line.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(REDACTOR.redact(expected)).isEqualTo(expected);
  }

  private static void assertUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
    assertThat(REDACTOR.findings(line)).isEmpty();
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertThat(REDACTOR.redact(bytes)).isSameAs(bytes);
  }
}
