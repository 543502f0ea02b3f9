package io.redactor;

import static io.redactor.LogLines.ip;
import static io.redactor.LogLines.prefix;
import static io.redactor.LogLines.spring;
import static io.redactor.RandomText.ALNUM;
import static io.redactor.RandomText.BASE64URL;
import static io.redactor.RandomText.LOWER;
import static io.redactor.RandomText.KUBE_NAME;
import static io.redactor.RandomText.LOWER_ALNUM;
import static io.redactor.RandomText.UPPER_ALNUM;
import static io.redactor.RandomText.alnum;
import static io.redactor.RandomText.base64;
import static io.redactor.RandomText.base64Bytes;
import static io.redactor.RandomText.digits;
import static io.redactor.RandomText.hex;
import static io.redactor.RandomText.of;
import static io.redactor.RandomText.pick;
import static io.redactor.RandomText.uuid;

import io.redactor.LogContext.Slot;
import io.redactor.SecretFormat.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Lines that look like they hold a secret but do not, each tagged by kind: values already masked,
 * placeholders, references to secrets, identifiers, digests, code names, ordinary words, key names
 * with a sensitive word and a harmless value, public key material, and every log context with the
 * secret replaced by something that is not one. All of them must come out byte-identical.
 */
final class LookAlikes {
  private record Kind(String id, int count, Function<Random, String> generator) {
  }

  static final List<String> MASKS = List.of("<hidden>", "[hidden]", "[FILTERED]", "<redacted>",
      "xxxxx", "****", "********", "%5BREDACTED%5D", "<masked>", "[REDACTED]", "[PROTECTED]",
      "***", "REDACTED", "******", "[masked]", "<removed>", "XXXXXXXX", "[secure]");
  static final List<String> PLACEHOLDERS = List.of("${SECRET:-}", "${DB_PASSWORD}",
      "{{ .Values.apiKey }}", "<your-api-key>", "YOUR_API_KEY_HERE", "%(password)s", "$API_TOKEN",
      "{{secret}}", "<password>", "${env:GITHUB_TOKEN}", "#{vault.token}",
      "${{ secrets.NPM_TOKEN }}", "<REPLACE_ME>", "${AWS_SECRET_ACCESS_KEY}", "${sm://db-password}",
      "{{ .Env.DATADOG_API_KEY }}", "<token>", "%env(APP_SECRET)%", "$(cat /run/secrets/token)",
      "ENC(placeholder)", "null", "none", "<not set>", "");

  private static final List<Kind> KINDS = List.of(
      new Kind("masked-value", 420, LookAlikes::maskedValue),
      new Kind("placeholder", 320, LookAlikes::placeholder),
      new Kind("secret-reference", 200, LookAlikes::secretReference),
      new Kind("token-type-pair", 150, LookAlikes::tokenTypePair),
      new Kind("identifier", 300, LookAlikes::identifier),
      new Kind("digest", 300, LookAlikes::digest),
      new Kind("code-name", 200, LookAlikes::codeName),
      new Kind("plain-words", 250, LookAlikes::plainWords),
      new Kind("non-secret-key-value", 420, LookAlikes::nonSecretKeyValue),
      new Kind("www-authenticate", 100, LookAlikes::wwwAuthenticate),
      new Kind("base64-data", 200, LookAlikes::base64Data),
      new Kind("version", 150, LookAlikes::version),
      new Kind("file-path", 150, LookAlikes::filePath),
      new Kind("hex-dump", 150, LookAlikes::hexDump),
      new Kind("benign-header", 200, LookAlikes::benignHeader),
      new Kind("long-id", 300, LookAlikes::longId),
      new Kind("public-key-material", 150, LookAlikes::publicKeyMaterial));

  private static List<LookAlike> all;

  private LookAlikes() {
  }

  /** Every look-alike line, in a fixed order. */
  static synchronized List<LookAlike> all() {
    if (all == null) {
      all = generate();
    }
    return all;
  }

  /** Generated afresh, for the test that the corpus comes out the same each time. */
  static List<LookAlike> generate() {
    List<LookAlike> lines = new ArrayList<>();
    for (Kind kind : KINDS) {
      for (int i = 0; i < kind.count; i++) {
        lines.add(new LookAlike(kind.generator.apply(
            DetectionCorpus.random("look-alike", kind.id, String.valueOf(i))), kind.id));
      }
    }
    for (LogContext context : LogContexts.ALL) {
      for (int i = 0; i < 4; i++) {
        String line = contextNegative(context,
            DetectionCorpus.random("look-alike", context.id(), String.valueOf(i)));
        if (line != null) {
          lines.add(new LookAlike(line, "context-negative"));
        }
      }
    }
    return List.copyOf(lines);
  }

  /** A sensitive key name with a value that is already masked. */
  private static String maskedValue(Random r) {
    return sensitiveContextWith(r, pick(r, MASKS));
  }

  private static String placeholder(Random r) {
    return sensitiveContextWith(r, pick(r, PLACEHOLDERS));
  }

  /** A key or header context of a real format, with {@code value} where the secret would be. */
  private static String sensitiveContextWith(Random r, String value) {
    List<LogContext> contexts = LogContexts.ALL.stream()
        .filter(c -> (c.slot() == Slot.KEY || c.slot() == Slot.HEADER)
            && c.encoding() != Encoding.BASE64 && !c.id().startsWith("two-secrets")
            && !c.id().startsWith("same-twice"))
        .toList();
    LogContext context = pick(r, contexts);
    SecretFormat format;
    do {
      format = pick(r, SecretFormats.ALL);
    } while (!context.fits(format));
    String name;
    String placeholder = LogContext.VALUE;
    if (context.slot() == Slot.HEADER) {
      Header header = pick(r, format.headers.stream().filter(context.headerFilter()).toList());
      name = header.name();
      placeholder = header.scheme() + LogContext.VALUE;
    } else {
      name = context.style().apply(pick(r, format.keys), r);
    }
    return context.template().render(name, placeholder, r)
        .replace(LogContext.VALUE, context.encoding().value(value));
  }

  private static String secretReference(Random r) {
    String arn = "arn:aws:secretsmanager:" + pick(r, "eu-west-1", "us-east-1", "ap-south-1") + ":"
        + digits(r, 12) + ":secret:" + pick(r, "prod/orders/db", "shop/api-keys", "rds!db-"
        + uuid(r)) + "-" + alnum(r, 6);
    return prefix(r) + pick(r,
        "loading secret " + arn,
        "secretArn=" + arn,
        "{\"SecretId\":\"" + arn + "\",\"VersionStage\":\"AWSCURRENT\"}",
        "DB_SECRET_ARN=" + arn,
        "spring.config.import=aws-secretsmanager:prod/orders/" + of(LOWER, 6, r),
        "reading vault path secret/data/orders/" + of(LOWER, 5, r) + " (version " + r.nextInt(20)
            + ")",
        "secret_uri=https://shop-kv.vault.azure.net/secrets/db-password/" + hex(r, 32),
        "resolved projects/" + digits(r, 12) + "/secrets/db-password/versions/latest",
        "secretKeyRef: {name: orders-db, key: password}",
        "valueFrom.secretKeyRef.name=orders-" + of(LOWER, 4, r) + " key=api-key",
        "rotating secret " + arn + " with lambda arn:aws:lambda:eu-west-1:" + digits(r, 12)
            + ":function:rotate-db");
  }

  private static String tokenTypePair(Random r) {
    int expires = 300 + r.nextInt(86000);
    return prefix(r) + pick(r,
        "token_type=Bearer expires_in=" + expires,
        "{\"token_type\":\"Bearer\",\"expires_in\":" + expires + ",\"scope\":\"orders:read\"}",
        "token_type: bearer, expires_in: " + expires,
        "grant_type=client_credentials&scope=orders.read&client_id=orders-" + of(LOWER, 4, r),
        "response_type=code&client_id=orders-ui&redirect_uri=https%3A%2F%2Fapp.example.com"
            + "%2Fcallback&scope=openid+profile",
        "tokenType=BEARER, expiresIn=" + expires + ", refreshable=true",
        "authentication scheme=Bearer realm=orders",
        "token_type=Bearer, token_expires_at=2026-11-27T" + String.format("%02d", r.nextInt(24))
            + ":00:00Z");
  }

  private static String identifier(Random r) {
    String trace = hex(r, 32);
    String span = hex(r, 16);
    return pick(r,
        prefix(r) + "request " + uuid(r) + " took " + r.nextInt(900) + " ms",
        spring(r, "c.e.orders.web.OrderController") + "[orders," + trace + "," + span + "] GET "
            + "/api/orders/" + r.nextInt(99999) + " 200",
        prefix(r) + "traceId=" + trace + " spanId=" + span + " parentId=" + hex(r, 16),
        "{\"trace_id\":\"" + trace + "\",\"span_id\":\"" + span + "\",\"message\":\"done\"}",
        prefix(r) + "X-Request-Id: " + uuid(r),
        prefix(r) + "correlationId=" + uuid(r) + " orderId=" + digits(r, 8),
        prefix(r) + "x-amzn-RequestId: " + uuid(r),
        prefix(r) + "X-B3-TraceId: " + span + ", X-B3-SpanId: " + hex(r, 16),
        prefix(r) + "idempotency key " + uuid(r) + " already processed",
        prefix(r) + "session started for user " + digits(r, 6) + " device=" + uuid(r),
        prefix(r) + "job " + uuid(r) + " finished, next run at 2026-11-28T02:00:00Z");
  }

  private static String digest(Random r) {
    String sha = hex(r, 40);
    String sha256 = hex(r, 64);
    return pick(r,
        prefix(r) + "Built from revision " + sha,
        "commit " + sha,
        prefix(r) + "pulling acme/orders@sha256:" + sha256,
        prefix(r) + "image digest sha256:" + sha256,
        prefix(r) + "ETag: \"" + hex(r, 32) + "\"",
        prefix(r) + "Content-MD5: " + base64Bytes(r, 16),
        prefix(r) + "checksum=sha256:" + sha256 + " size=" + r.nextInt(999999),
        prefix(r) + "integrity sha512-" + base64Bytes(r, 64),
        prefix(r) + "SHA-1: " + sha + " orders-1.4.2.jar",
        prefix(r) + "git.commit.id=" + sha + " git.branch=main",
        "Merge pull request #" + r.nextInt(9999) + " from acme/fix-" + of(LOWER, 6, r) + " (" + sha
            .substring(0, 7) + ")",
        prefix(r) + "layer sha256:" + sha256 + " already exists");
  }

  private static String codeName(Random r) {
    return pick(r,
        "\tat com.example.auth.TokenRefreshService.refreshAccessToken(TokenRefreshService.java:"
            + r.nextInt(300) + ")",
        "\tat org.springframework.security.oauth2.server.resource.authentication."
            + "JwtAuthenticationProvider.authenticate(JwtAuthenticationProvider.java:"
            + r.nextInt(200) + ")",
        spring(r, "o.s.b.f.s.DefaultListableBeanFactory") + "Creating shared instance of "
            + "singleton bean 'passwordEncoder'",
        spring(r, "o.s.s.web.DefaultSecurityFilterChain") + "Will secure any request with "
            + "[DisableEncodeUrlFilter, BearerTokenAuthenticationFilter, ApiKeyAuthFilter]",
        prefix(r) + "Bean 'secretsManagerClient' of type [software.amazon.awssdk.services."
            + "secretsmanager.DefaultSecretsManagerClient] is not eligible for auto-proxying",
        prefix(r) + "Mapped \"{[/oauth/token],methods=[POST]}\" onto TokenEndpoint.postAccessToken",
        prefix(r) + "o.s.s.oauth2.jwt.NimbusJwtDecoder initialised with JWK set uri",
        prefix(r) + "class io.jsonwebtoken.security.SignatureException thrown by "
            + "JwtTokenValidator.validateToken",
        prefix(r) + "registered CredentialsProvider com.amazonaws.auth."
            + "DefaultAWSCredentialsProviderChain",
        "Caused by: org.springframework.security.authentication.BadCredentialsException: "
            + "Bad credentials");
  }

  private static String plainWords(Random r) {
    return prefix(r) + pick(r,
        "token count: " + r.nextInt(9000) + ", completion tokens: " + r.nextInt(900),
        "keyboard layout set to us, secretary mode off",
        "Authorization failed for user bob",
        "Authorization: failed for user " + pick(r, "alice", "bob", "svc-orders"),
        "tokenizer=bpe vocabulary=" + r.nextInt(99999),
        "passwordless login enabled for tenant acme",
        "Secret rotation scheduled for db-creds in " + r.nextInt(30) + " days",
        "password reset email sent to bob@example.com",
        "Invalid password for user alice (attempt " + (1 + r.nextInt(4)) + " of 5)",
        "Failed password for invalid user admin from " + ip(r) + " port " + r.nextInt(65000)
            + " ssh2",
        "API key rotation completed for 3 clients",
        "Bearer token expired for client orders-ui",
        "Authorization header missing, returning 401",
        "no credentials provided, falling back to anonymous access",
        "password policy requires 12 characters",
        "the secret sauce is consistency",
        "key pressed: Enter",
        "Token refresh succeeded in " + r.nextInt(500) + " ms");
  }

  private static String nonSecretKeyValue(Random r) {
    String pair = pick(r,
        "max_tokens=" + (256 << r.nextInt(6)),
        "password_expired=" + r.nextBoolean(),
        "secret_version=" + r.nextInt(20),
        "key_id=" + pick(r, "kid-2026-" + r.nextInt(12), "alias/orders-" + of(LOWER, 4, r)),
        "public_key=" + pick(r, "ssh-ed25519", "rsa-2048", "/etc/keys/signing.pub"),
        "passwordEncoder=BCryptPasswordEncoder",
        "tokenEndpoint=https://auth.example.com/oauth2/token",
        "secretName: db-creds",
        "token_expires_in=" + r.nextInt(7200),
        "password_length=" + (8 + r.nextInt(24)),
        "api_key_id=" + digits(r, 6),
        "keyAlgorithm=RSA",
        "passwordPolicy=strict",
        "tokenCount=" + r.nextInt(4096),
        "authType=oauth2",
        "credentialsProvider=DefaultCredentialsProvider",
        "tokenUri=https://oauth2.googleapis.com/token",
        "secretRef=orders-db",
        "apiKeyHeader=X-Api-Key",
        "tokenTtl=PT" + (1 + r.nextInt(23)) + "H",
        "keyStoreType=PKCS12",
        "\"password_required\":" + r.nextBoolean(),
        "accessTokenValiditySeconds=" + r.nextInt(7200),
        "token_type_hint=refresh_token",
        "secret_count=" + r.nextInt(40),
        "keystore=classpath:certs/orders.p12",
        "password_last_changed=2026-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10),
        "authorization_uri=https://accounts.example.com/o/oauth2/auth",
        "token_endpoint_auth_method=client_secret_basic",
        "code=" + pick(r, "NoSuchBucket", "ERR_CONNECTION_REFUSED_" + digits(r, 4),
            "E" + digits(r, 4), hex(r, 40), "InvalidParameterValue", "UNAUTHENTICATED"),
        "\"code\":" + pick(r, String.valueOf(400 + r.nextInt(200)), "\"invalid_grant\"",
            "\"" + hex(r, 32) + "\"",
            "\"ORD-" + digits(r, 8) + "-" + alnum(r, 6).toUpperCase() + "\""),
        "errorCode=" + pick(r, "PaymentDeclined", "INSUFFICIENT_FUNDS_" + digits(r, 3)),
        "secretsEnabled=true",
        "keySize=" + (1024 << r.nextInt(3)),
        "tokenLimit=" + r.nextInt(100000));
    return prefix(r) + pick(r, pair, "config " + pair + " region=eu-west-1",
        "{" + pair.replace("=", ": ") + "}");
  }

  private static String wwwAuthenticate(Random r) {
    return prefix(r) + pick(r,
        "WWW-Authenticate: Bearer realm=\"api\"",
        "WWW-Authenticate: Bearer realm=\"orders\", error=\"invalid_token\", "
            + "error_description=\"The access token expired\"",
        "WWW-Authenticate: Basic realm=\"Artifactory Realm\"",
        "< WWW-Authenticate: Bearer error=\"insufficient_scope\", scope=\"orders:write\"",
        "http-outgoing-" + r.nextInt(9) + " << WWW-Authenticate: Negotiate",
        "WWW-Authenticate: Digest realm=\"files\", qop=\"auth\", algorithm=SHA-256",
        "response header www-authenticate=Bearer realm=\"" + of(LOWER, 6, r) + "\"");
  }

  private static String base64Data(Random r) {
    String json = "{\"orderId\":" + digits(r, 6) + ",\"items\":" + r.nextInt(9) + ",\"currency\":"
        + "\"EUR\",\"note\":\"" + pick(r, "gift wrap", "leave at door", "express") + "\"}";
    return prefix(r) + pick(r,
        "\"payload\":\"" + base64(json) + "\"",
        "content=" + base64("Hello " + pick(r, "world", "Alice", "team") + "!"),
        "message body (base64): " + base64(json),
        "{\"data\":\"" + base64(json) + "\",\"encoding\":\"base64\"}",
        "thumbnail=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" + alnum(r, 8)
            + "AAAAAElFTkSuQmCC",
        "cursor=" + base64("{\"last_id\":" + digits(r, 7) + ",\"page\":" + r.nextInt(50) + "}"),
        "pageToken=" + base64("offset=" + r.nextInt(10000)),
        "avro schema fingerprint " + base64Bytes(r, 8));
  }

  private static String version(Random r) {
    int minor = r.nextInt(20);
    return prefix(r) + pick(r,
        "Starting OrdersApplication v1." + minor + ".2 using Java 17.0.15",
        "Spring Boot v3." + (minor % 5) + "." + r.nextInt(10),
        "version=1." + minor + ".2-SNAPSHOT build=" + r.nextInt(9999),
        "kernel 5.15.0-" + r.nextInt(140) + "-generic",
        "jdk-17.0." + r.nextInt(16) + "+" + r.nextInt(12),
        "HHH000412: Hibernate ORM core version 6.4." + r.nextInt(10) + ".Final",
        "image acme/orders:1." + minor + ".2-" + hex(r, 7),
        "Running with Gradle 8." + r.nextInt(12) + ", Kotlin 1.9." + r.nextInt(30));
  }

  private static String filePath(Random r) {
    return prefix(r) + pick(r,
        "reading /var/jenkins_home/secrets/initialAdminPassword",
        "loaded key from /etc/ssl/private/server.key",
        "credentials file C:\\Users\\bob\\.aws\\credentials not found",
        "using identity ~/.ssh/id_rsa",
        "mounted /run/secrets/db_password (0400)",
        "token file /var/run/secrets/kubernetes.io/serviceaccount/token refreshed",
        "keyStore=/opt/app/certs/keystore.p12",
        "vault agent wrote /vault/secrets/config." + of(LOWER, 4, r),
        "watching /etc/orders/secrets/api-key for changes",
        "secret file /etc/ceph/ceph.client.admin.keyring has mode 0600");
  }

  private static String hexDump(Random r) {
    String text = pick(r, "GET /health HTTP", "Host: api.exampl", "Accept: */*\r\nCon",
        "Content-Length: ", "{\"status\":\"UP\"}", "User-Agent: okht");
    StringBuilder hexes = new StringBuilder();
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      hexes.append(String.format("%02x ", (int) c));
      ascii.append(c < 0x20 ? '.' : c);
    }
    return "|" + String.format("%08x", 16 * r.nextInt(64)) + "| " + hexes + "|" + ascii + "|";
  }

  private static String benignHeader(Random r) {
    return pick(r, "http-outgoing-" + r.nextInt(9) + " >> ", "> ", "< ", "I/okhttp.OkHttpClient: ")
        + pick(r,
        "traceparent: 00-" + hex(r, 32) + "-" + hex(r, 16) + "-01",
        "ETag: W/\"" + hex(r, 16) + "\"",
        "If-None-Match: \"" + hex(r, 32) + "\"",
        "X-Request-Id: " + uuid(r),
        "Content-Type: application/json; charset=UTF-8",
        "User-Agent: Apache-HttpClient/5.5.1 (Java/17.0.15)",
        "Accept-Encoding: gzip, x-gzip, deflate",
        "X-Forwarded-For: " + ip(r) + ", " + ip(r),
        "Cache-Control: no-cache, no-store, max-age=0, must-revalidate",
        "Content-Length: " + r.nextInt(99999),
        "X-RateLimit-Remaining: " + r.nextInt(5000),
        "Strict-Transport-Security: max-age=31536000 ; includeSubDomains",
        "X-Amz-Date: 20261127T" + digits(r, 6) + "Z",
        "X-Amz-Content-Sha256: " + hex(r, 64),
        "Sec-WebSocket-Accept: " + base64Bytes(r, 20));
  }

  private static String longId(Random r) {
    return prefix(r) + pick(r,
        "Receiving block blk_-" + digits(r, 19) + " src: /" + ip(r) + ":50010",
        "partition=" + r.nextInt(12) + " offset=" + digits(r, 9) + " key=order-" + digits(r, 6),
        "pod orders-" + of(KUBE_NAME, 10, r) + "-" + of(KUBE_NAME, 5, r) + " is Running",
        "ObjectId(\"" + hex(r, 24) + "\") updated",
        "snowflake id " + digits(r, 19),
        "charge ch_3" + alnum(r, 23) + " succeeded for customer cus_" + alnum(r, 14),
        "payment intent pi_3" + alnum(r, 23) + " requires_action",
        "message SM" + hex(r, 32) + " delivered",
        "posted to channel C0" + of(UPPER_ALNUM, 8, r),
        "container " + hex(r, 64) + " started",
        "S3 object version " + of(ALNUM + "._", 32, r),
        "elasticsearch doc _id=" + of(BASE64URL, 20, r) + " indexed",
        "GitHub Actions run " + digits(r, 10) + " attempt 1",
        "consumer-orders-1-" + uuid(r) + " joined group orders",
        "Lambda RequestId: " + uuid(r) + " Duration: " + r.nextInt(900) + ".12 ms",
        "operation operations/" + of(LOWER_ALNUM, 26, r) + " done");
  }

  private static String publicKeyMaterial(Random r) {
    return prefix(r) + pick(r,
        "accepted key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + of(ALNUM + "+/", 43, r)
            + " bob@laptop",
        "public_key=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + of(ALNUM + "+/", 120, r),
        "{\"kty\":\"RSA\",\"kid\":\"" + hex(r, 16) + "\",\"n\":\"" + of(BASE64URL, 120, r)
            + "\",\"e\":\"AQAB\",\"alg\":\"RS256\"}",
        "certificate -----BEGIN CERTIFICATE-----\\nMIIDdzCCAl+gAwIBAgIE" + of(ALNUM + "+/", 60, r)
            + "\\n-----END CERTIFICATE-----",
        "\"x5c\":[\"MIIC" + of(ALNUM + "+/", 100, r) + "\"]",
        "known_hosts: github.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI"
            + of(ALNUM + "+/", 60, r) + "=",
        "-----BEGIN PUBLIC KEY----- loaded, fingerprint SHA256:" + of(ALNUM + "+/", 43, r));
  }

  /**
   * The context of {@code context} with a harmless key and value where a secret would stand, or
   * null for contexts where any value would be a secret.
   */
  static String contextNegative(LogContext context, Random r) {
    String key;
    String value;
    switch (context.slot()) {
      case KEY -> {
        key = context.style().apply(pick(r, "user", "region", "retries", "orderId", "timeout",
            "locale", "featureFlag", "tenant"), r);
        value = pick(r, "alice", "eu-west-1", "3", digits(r, 6), "PT30S", "de_CH", "dark-mode",
            "acme");
      }
      case HEADER -> {
        String[][] headers = {{"Accept", "application/json"}, {"X-Request-Id", uuid(r)},
            {"User-Agent", "okhttp/4.12.0"}, {"Content-Type", "text/plain; charset=utf-8"},
            {"Accept-Language", "en-US,en;q=0.9"}};
        String[] header = pick(r, headers);
        if (context.id().equals("nginx-log-header")) {
          return context.template().render("", header[1], r);
        }
        key = header[0];
        value = header[1];
      }
      case QUERY -> {
        key = pick(r, "page", "sort", "lang", "state", "size");
        value = pick(r, String.valueOf(r.nextInt(90)), "name,asc", "en", hex(r, 16), "50");
      }
      case BARE -> {
        key = "";
        value = pick(r, "order-" + digits(r, 6), uuid(r), "svc-orders",
            "com.example.orders.OrderService", "https://api.example.com/v1/orders?page=2");
      }
      default -> {
        return null;
      }
    }
    String template = context.template().render(key, LogContext.VALUE, r);
    if (template.contains(LogContext.SECOND)) {
      template = template.replace(LogContext.SECOND, context.encoding().value(value + "0"));
    }
    return template.replace(LogContext.VALUE, context.encoding().value(value));
  }
}
