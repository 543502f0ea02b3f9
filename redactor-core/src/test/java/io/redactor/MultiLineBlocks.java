package io.redactor;

import static io.redactor.LogLines.prefix;
import static io.redactor.LogLines.spring;
import static io.redactor.RandomText.pick;

import io.redactor.SecretFormat.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Multi-line events: PEM keys after a key name (whole, or cut before the END line), env and
 * Secret dumps, pretty-printed JSON, .env files, the banners in which Jenkins and Elasticsearch
 * print a generated password on a later line, YAML, stack traces whose message holds a secret,
 * and HTTP request dumps. One text each, with {@code \n} between lines.
 */
final class MultiLineBlocks {
  /** One of every {@value} formats goes through each generic block kind (a stride, not random). */
  static final int STRIDE = 3;
  /** Blocks per key kind and PEM block kind. */
  static final int PEM_VARIANTS = 4;

  /** A block kind that renders any format through its key names. */
  private record KeyedKind(String id, Encoding encoding, KeyStyle style, KeyedTemplate template) {
  }

  private interface KeyedTemplate {
    String render(String key, String value, Random random);
  }

  private static final List<KeyedKind> KEYED = List.of(
      keyed("k8s-env", Encoding.JSON, KeyStyle.ENV, (k, v, r) -> "    env:\n    - name: "
          + "SPRING_PROFILES_ACTIVE\n      value: prod\n    - name: " + k + "\n      value: \"" + v
          + "\"\n    - name: LOG_LEVEL\n      value: info"),
      keyed("kubectl-describe-env", Encoding.NONE, KeyStyle.ENV, (k, v, r) -> "    Environment:\n"
          + "      SPRING_PROFILES_ACTIVE:  prod\n      " + k + ":  " + v + "\n      JAVA_OPTS:  "
          + "-Xmx512m"),
      keyed("json-name-value-pretty", Encoding.JSON, KeyStyle.ENV, (k, v, r) -> "[ {\n  \"name\" : "
          + "\"" + k + "\",\n  \"value\" : \"" + v + "\"\n}, {\n  \"name\" : \"LOG_LEVEL\",\n  "
          + "\"value\" : \"info\"\n} ]"),
      keyed("json-pretty-object", Encoding.JSON, KeyStyle.CAMEL, (k, v, r) -> prefix(r)
          + "resolved integration settings:\n{\n  \"user\" : \"svc-orders\",\n  \"" + k + "\" : \""
          + v + "\",\n  \"timeout\" : 30\n}"),
      keyed("dotenv", Encoding.NONE, KeyStyle.ENV,
          (k, v, r) -> "APP_ENV=production\nLOG_LEVEL=info\n" + k + "=" + v + "\nPORT=8080"),
      keyed("yaml-nested", Encoding.NONE, KeyStyle.AS_IS, (k, v, r) -> "integration:\n  endpoint: "
          + "https://api.example.com\n  " + k + ": " + v + "\n  timeout: 30s"),
      keyed("yaml-folded", Encoding.NONE, KeyStyle.AS_IS, (k, v, r) -> "  " + k + ": >-\n    " + v
          + "\n  region: eu-west-1"),
      keyed("stack-trace", Encoding.NONE, KeyStyle.CAMEL, (k, v, r) -> prefix(r)
          + "request failed\njava.lang.IllegalStateException: Invalid " + k + " '" + v
          + "'\n\tat com.example."
          + "orders.client.PaymentClient.call(PaymentClient.java:" + (40 + r.nextInt(90)) + ")\n\t"
          + "at com.example.orders.service.CheckoutService.pay(CheckoutService.java:57)\nCaused by:"
          + " java.io.IOException: Server returned HTTP response code: 401\n\t... 12 more"),
      keyed("spring-failure-report", Encoding.NONE, KeyStyle.DOTTED, (k, v, r) -> "\n"
          + "***************************\nAPPLICATION FAILED TO START\n"
          + "***************************\n\nDescription:\n\nFailed to bind properties under '" + k
          + "' to java.lang.String:\n\n"
          + "    Property: " + k + "\n    Value: \"" + v + "\"\n    Origin: System Environment "
          + "Property \"" + KeyStyle.ENV.apply(k, r) + "\"\n    Reason: failed to convert "
          + "java.lang.String to java.time.Duration\n\nAction:\n\nUpdate your application's "
          + "configuration\n"),
      keyed("docker-inspect-env", Encoding.JSON, KeyStyle.ENV, (k, v, r) -> "            "
          + "\"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin\",\n"
          + "                \"" + k + "=" + v + "\",\n"
          + "                \"JAVA_VERSION=17.0.15\"\n            ],"),
      keyed("k8s-secret-manifest", Encoding.BASE64, KeyStyle.AS_IS, (k, v, r) -> "apiVersion: v1\n"
          + "data:\n  " + k + ": " + v + "\nkind: Secret\nmetadata:\n  name: orders-secrets\n"
          + "type: Opaque"),
      keyed("properties-block", Encoding.NONE, KeyStyle.DOTTED, (k, v, r) -> prefix(r)
          + "effective configuration:\n  spring.application.name=orders\n  " + k + "=" + v
          + "\n  server.port=8080"));

  private MultiLineBlocks() {
  }

  private static List<SecretBlock> blocks;

  /** Every block, in a fixed order. */
  static synchronized List<SecretBlock> all() {
    if (blocks == null) {
      blocks = generate();
    }
    return blocks;
  }

  /** Generated afresh, for the test that the corpus comes out the same each time. */
  static List<SecretBlock> generate() {
    List<SecretBlock> all = new ArrayList<>();
    pemBlocks(all);
    List<SecretFormat> formats = SecretFormats.ALL;
    for (int k = 0; k < KEYED.size(); k++) {
      KeyedKind kind = KEYED.get(k);
      for (int i = k % STRIDE; i < formats.size(); i += STRIDE) {
        SecretFormat format = formats.get(i);
        if (!format.keys.isEmpty()) {
          all.add(keyed(kind, format, DetectionCorpus.random(format.id, kind.id)));
        }
      }
    }
    for (int i = 0; i < formats.size(); i++) {
      SecretFormat format = formats.get(i);
      Random r = DetectionCorpus.random(format.id, "block");
      if (!format.headers.isEmpty() && i % STRIDE != 2) {
        all.add(headerBlock(format, r, i % 2 == 0));
      }
      if (format.standsAlone && i % STRIDE == 1) {
        all.add(causedBy(format, r));
      }
      for (String announcement : format.announcements) {
        if (announcement.contains("\n")) {
          all.add(announced(format, announcement, r));
        }
      }
    }
    return List.copyOf(all);
  }

  private static KeyedKind keyed(String id, Encoding encoding, KeyStyle style, KeyedTemplate t) {
    return new KeyedKind(id, encoding, style, t);
  }

  private static void pemBlocks(List<SecretBlock> all) {
    for (PemKey.Kind type : PemKey.Kind.values()) {
      String format = "private-key-" + type.name().toLowerCase(Locale.ROOT);
      for (int variant = 0; variant < PEM_VARIANTS; variant++) {
        Random r = DetectionCorpus.random(format, "pem-block", String.valueOf(variant));
        PemKey key = PemKey.generate(type, r);
        String body = String.join("\n", key.body());
        String indented = "    " + String.join("\n    ", key.body());
        String keyName = pick(r, "app.private-key", "jwt.signing.private-key", "SSH_PRIVATE_KEY",
            "tls.key", "privateKey");
        int kept = Math.max(1, key.body().size() - 1);
        String cutBody = String.join("\n", key.body().subList(0, kept));
        List<String> cutVanish = new ArrayList<>(key.vanish());
        if (key.body().size() > 1) {
          cutVanish.remove(key.body().get(key.body().size() - 1));
        }
        String next = spring(r, "c.e.shop.security.KeyLoader") + "key reader gave up after "
            + (1 + r.nextInt(9)) + " lines";
        all.add(block(format, "pem-after-key", keyName + "=" + key.begin() + "\n" + body + "\n"
            + key.end(), key.vanish()));
        all.add(block(format, "pem-cut-before-end", prefix(r) + "loading signing key:\n"
            + key.begin() + "\n" + cutBody + "\n" + next, cutVanish));
        all.add(block(format, "pem-yaml-literal", "security:\n  " + keyName + ": |\n    "
            + key.begin() + "\n" + indented + "\n    " + key.end() + "\n  algorithm: RS256",
            key.vanish()));
        all.add(block(format, "pem-log-message", prefix(r) + "rejected key material\n"
            + key.begin() + "\n" + body + "\n" + key.end() + "\n" + next, key.vanish()));
        all.add(block(format, "pem-escaped-in-json-pretty", "{\n  \"type\" : \"service_account\","
            + "\n  \"private_key\" : \"" + key.escapedOneLine() + "\",\n  \"client_email\" : "
            + "\"orders@shop-prod.iam.gserviceaccount.com\"\n}", key.vanish()));
      }
    }
  }

  private static SecretBlock keyed(KeyedKind kind, SecretFormat format, Random r) {
    String key = kind.style.apply(pick(r, format.keys), r);
    String template = kind.template.render(key, LogContext.VALUE, r);
    Secret secret = format.generate(r);
    return block(format.id, kind.id,
        template.replace(LogContext.VALUE, kind.encoding.value(secret.value())),
        kind.encoding.parts(secret));
  }

  private static SecretBlock headerBlock(SecretFormat format, Random r, boolean curl) {
    Header header = pick(r, format.headers);
    Secret secret = format.generate(r);
    String line = header.name() + ": " + header.scheme() + secret.value();
    String text = curl
        ? "* Connected to api.example.com (203.0.113.10) port 443\n> GET /v1/me HTTP/1.1\n"
            + "> Host: api.example.com\n> User-Agent: curl/8.5.0\n> " + line
            + "\n> Accept: */*\n>\n< HTTP/1.1 401 Unauthorized"
        : "--> GET https://api.example.com/v1/me\n" + line + "\nAccept: application/json\n"
            + "--> END GET\n<-- 401 Unauthorized https://api.example.com/v1/me (183ms)";
    return block(format.id, curl ? "curl-verbose-block" : "okhttp-block", text, secret.vanish());
  }

  private static SecretBlock causedBy(SecretFormat format, Random r) {
    Secret secret = format.generate(r);
    return block(format.id, "stack-trace-caused-by", prefix(r) + "upload failed\n"
        + "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401\n\tat org."
        + "springframework.web.client.DefaultResponseErrorHandler.handleError("
        + "DefaultResponseErrorHandler.java:" + (100 + r.nextInt(80)) + ")\nCaused by: java.lang."
        + "SecurityException: credential " + secret.value() + " revoked\n\t... 8 more",
        secret.vanish());
  }

  private static SecretBlock announced(SecretFormat format, String announcement, Random r) {
    Secret secret = format.generate(r);
    return block(format.id, "announced-block", prefix(r) + announcement.replace("{}",
        secret.value()), secret.vanish());
  }

  /** A block whose lines without any part to vanish are the ones that must survive. */
  private static SecretBlock block(String format, String kind, String text, List<String> vanish) {
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      boolean holdsSecret = false;
      for (String part : vanish) {
        holdsSecret |= DetectionScore.leaks(line, part);
      }
      if (!holdsSecret && !line.isBlank()) {
        kept.add(line);
      }
    }
    return new SecretBlock(text, format, kind, vanish, kept);
  }
}
