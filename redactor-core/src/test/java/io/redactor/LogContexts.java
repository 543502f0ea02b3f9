package io.redactor;

import static io.redactor.LogContext.SECOND;
import static io.redactor.LogLines.apacheTime;
import static io.redactor.LogLines.escapedFrames;
import static io.redactor.LogLines.ip;
import static io.redactor.LogLines.jsonEvent;
import static io.redactor.LogLines.prefix;
import static io.redactor.LogLines.spring;
import static io.redactor.RandomText.hex;
import static io.redactor.RandomText.pick;

import io.redactor.LogContext.Slot;
import io.redactor.LogContext.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The log contexts of the generated corpus: how loggers, HTTP clients, frameworks, tools and
 * hand-written code print a credential, each as one template. A template gets the key (or
 * header or parameter name), the value placeholder and a Random for the text around it.
 */
final class LogContexts {
  private LogContexts() {
  }

  static final List<LogContext> ALL = List.copyOf(contexts());

  private static List<LogContext> contexts() {
    List<LogContext> all = new ArrayList<>();

    // The value alone in text.
    all.add(bare("free-text", (k, v, r) -> prefix(r) + pick(r,
        "sync with upstream failed for credential " + v + ", retrying in 30 s",
        "using " + v + " to call the registry",
        "refreshing cached credential " + v + " after 3600 s",
        "remote answered 401 for " + v + "; check the configuration")));
    all.add(bare("line-start", (k, v, r) -> v + pick(r, " rejected by upstream (401 Unauthorized)",
        " expired at 2026-11-27T10:15:02Z", " is not valid for scope orders:write")));
    all.add(bare("line-end", (k, v, r) -> prefix(r) + pick(r, "loaded credential ",
        "configured client with ", "token=") + v));
    all.add(bare("bare-alone", (k, v, r) -> v));
    all.add(bare("two-secrets", (k, v, r) -> prefix(r) + "rotating credential " + v + " -> "
        + SECOND + " (old one revoked)"));
    all.add(bare("same-twice", (k, v, r) -> prefix(r) + "credential " + v
        + " expired; retried with " + v));
    all.add(bare("punctuated", (k, v, r) -> prefix(r) + pick(r, "credential (" + v + ") rejected",
        "keys: [" + v + "], retries=3", "value <" + v + "> is invalid", "'" + v + "', next")));
    all.add(bare("tab-separated", (k, v, r) -> LogLines.timestamp(r) + "\tWARN\tupstream\t" + v
        + "\t401"));
    all.add(bare("exception-rejected", (k, v, r) -> pick(r, "java.lang.SecurityException",
        "org.springframework.security.authentication.BadCredentialsException",
        "com.example.client.UnauthorizedException") + ": credential " + v + " was rejected"));
    all.add(bare("exception-quoted", (k, v, r) -> "java.lang.IllegalArgumentException: Invalid "
        + "token '" + v + "'"));
    all.add(bare("json-log-message", Encoding.JSON, (k, v, r) -> jsonEvent(r,
        "calling upstream with " + v + " failed: 401")));
    all.add(bare("json-stack-trace", Encoding.JSON, (k, v, r) -> "{\"@timestamp\":\""
        + LogLines.timestamp(r) + "\",\"level\":\"ERROR\",\"message\":\"payment failed\","
        + "\"stack_trace\":\"java.lang.IllegalStateException: credential " + v + " rejected"
        + escapedFrames(r) + "\"}"));
    all.add(bare("outbound-request-url", (k, v, r) -> prefix(r) + pick(r, "POST ", "GET ")
        + v + " -> " + pick(r, "404 Not Found", "200 OK (182 ms)", "timeout after 10000 ms"))
        .only(f -> f.carrier == Carrier.URL || f.carrier == Carrier.QUERY));

    // After a key name.
    all.add(key("kv-equals", (k, v, r) -> prefix(r) + "connecting host=db.internal " + k + "=" + v
        + " timeout=30s"));
    all.add(key("kv-colon", (k, v, r) -> prefix(r) + k + ": " + v));
    all.add(key("map-tostring", (k, v, r) -> prefix(r) + "settings {user=svc-orders, " + k + "="
        + v + ", retries=3}"));
    all.add(key("record-tostring", KeyStyle.CAMEL, (k, v, r) -> prefix(r)
        + "ClientCredentials[user=svc-orders, " + k + "=" + v + ", region=eu-west-1]"));
    all.add(key("lombok-tostring", KeyStyle.CAMEL, (k, v, r) -> prefix(r)
        + "IntegrationProperties(baseUrl=https://api.example.com, " + k + "=" + v
        + ", timeout=PT30S)"));
    all.add(key("handwritten-tostring", KeyStyle.CAMEL, (k, v, r) -> prefix(r)
        + "Creds{user='bob', " + k + "='" + v + "'}"));
    all.add(key("commons-tostring", KeyStyle.CAMEL, (k, v, r) -> prefix(r)
        + "com.example.shop.Config@" + hex(r, 7) + "[endpoint=https://api.example.com," + k + "="
        + v + ",enabled=true]"));
    all.add(key("guava-tostring", KeyStyle.CAMEL, (k, v, r) -> prefix(r) + "Connection{host=db, "
        + k + "=" + v + ", pool=10}"));
    all.add(key("properties-dump", KeyStyle.DOTTED, (k, v, r) -> k + "=" + v));
    all.add(key("env-dump", KeyStyle.ENV, (k, v, r) -> k + "=" + v));
    all.add(key("env-prefix-command", KeyStyle.ENV, (k, v, r) -> "+ " + k + "=" + v
        + " ./gradlew publish --no-daemon"));
    all.add(key("yaml", (k, v, r) -> "  " + k + ": " + v));
    all.add(key("yaml-quoted", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> "    " + k + ": \"" + v
        + "\""));
    all.add(key("logfmt", Encoding.LOGFMT, KeyStyle.AS_IS, (k, v, r) -> "time="
        + LogLines.timestamp(r) + " level=info msg=\"client configured\" " + k + "=" + v
        + " service=orders"));
    all.add(key("json-object", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> prefix(r)
        + "request {\"user\":\"alice\",\"" + k + "\":\"" + v + "\",\"remember\":true}"));
    all.add(key("json-spaced", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> prefix(r) + "{ \"" + k
        + "\" : \"" + v + "\", \"active\" : true }"));
    all.add(key("json-log-kv", Encoding.JSON2, KeyStyle.AS_IS, (k, v, r) -> jsonEvent(r,
        "payload {\\\"" + k + "\\\":\\\"" + v + "\\\",\\\"amount\\\":5990}")));
    all.add(key("json-in-json-2", Encoding.JSON2, KeyStyle.AS_IS, (k, v, r) -> "{\"log\":\""
        + Encoding.jsonEscape("{\"level\":\"info\",\"" + k + "\":\"" + v + "\"}")
        + "\\n\",\"stream\":\"stdout\",\"time\":\"" + LogLines.timestamp(r) + "\"}"));
    all.add(key("json-in-json-3", Encoding.JSON3, KeyStyle.AS_IS, (k, v, r) -> "{\"message\":\""
        + Encoding.jsonEscape("{\"log\":\"" + Encoding.jsonEscape("{\"" + k + "\":\"" + v + "\"}")
        + "\"}") + "\",\"kubernetes\":{\"pod\":\"orders-7d9f\"}}"));
    all.add(key("exception-key", KeyStyle.CAMEL, (k, v, r) -> pick(r,
        "java.lang.IllegalArgumentException: Invalid " + k + " '" + v + "'",
        "java.lang.IllegalStateException: " + k + " " + v + " was rejected by the server",
        "com.example.config.ConfigException: cannot use " + k + "=" + v + ": expired")));
    all.add(key("exception-in-json-stack", Encoding.JSON, KeyStyle.CAMEL, (k, v, r) -> "{\"level\":"
        + "\"ERROR\",\"message\":\"startup failed\",\"stack_trace\":\"java.lang."
        + "IllegalArgumentException: Invalid " + k + " '" + v + "'" + escapedFrames(r) + "\"}"));
    all.add(key("spring-binding-failure", KeyStyle.DOTTED, (k, v, r) -> "    Property: " + k
        + " Value: \"" + v + "\" Origin: \"System Environment Property \\\""
        + KeyStyle.ENV.apply(k, r) + "\\\"\" Reason: failed to convert"));
    all.add(key("url-encoded-json", Encoding.URL, KeyStyle.AS_IS, (k, v, r) -> prefix(r)
        + "body=payload=" + Encoding.urlEncode("{\"" + k + "\":\"") + v
        + Encoding.urlEncode("\",\"amount\":42}")));
    all.add(key("odd-casing", KeyStyle.ODD_CASE, (k, v, r) -> prefix(r) + k + "=" + v));
    all.add(key("extra-spaces", (k, v, r) -> prefix(r) + pick(r, k + "   =   " + v,
        k + " :    " + v, k + "\t=\t" + v)));
    all.add(key("embedded-key-word", KeyStyle.EMBEDDED, (k, v, r) -> prefix(r) + k + "=" + v));
    all.add(key("two-secrets-kv", (k, v, r) -> prefix(r) + k + "=" + v + " " + k + "_previous="
        + SECOND));
    all.add(key("same-twice-kv", (k, v, r) -> prefix(r) + k + "=" + v + "&" + k
        + "_confirmation=" + v));
    all.add(key("python-dict", (k, v, r) -> prefix(r) + "{'" + k + "': '" + v
        + "', 'timeout': 30}"));
    all.add(key("rails-params", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> "  Parameters: "
        + "{\"authenticity_token\"=>\"[FILTERED]\", \"" + k + "\"=>\"" + v + "\"}"));
    all.add(key("protobuf-text", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> prefix(r)
        + "request: client_id: \"orders\" " + KeyStyle.words(k).stream()
        .reduce((a, b) -> a + "_" + b).orElse(k) + ": \"" + v + "\""));
    all.add(key("xml-element", Encoding.XML, KeyStyle.CAMEL, (k, v, r) -> "Payload: <soap:Envelope "
        + "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:connect "
        + "xmlns:ns2=\"http://example.com/integration\"><ns2:user>svc</ns2:user><ns2:" + k + ">"
        + v + "</ns2:" + k + "></ns2:connect></soap:Body></soap:Envelope>"));
    all.add(key("xml-attribute", Encoding.XML, KeyStyle.CAMEL, (k, v, r) -> prefix(r)
        + "<credentials user=\"svc\" " + k + "=\"" + v + "\" region=\"eu\"/>"));
    all.add(key("xml-cdata", KeyStyle.CAMEL, (k, v, r) -> "Sent request [<" + k + "><![CDATA[" + v
        + "]]></" + k + ">]"));
    all.add(key("code-walrus", Encoding.JSON, KeyStyle.CAMEL,
        (k, v, r) -> k + " := \"" + v + "\""));
    all.add(key("code-bnf", (k, v, r) -> k + " ::= " + v));
    all.add(key("makefile", KeyStyle.ENV, (k, v, r) -> k + " ?= " + v));
    all.add(key("php-concat", KeyStyle.CAMEL, (k, v, r) -> "$" + k + " .= '" + v + "';"));
    all.add(key("fat-arrow", (k, v, r) -> "    '" + k + "' => '" + v + "',"));
    all.add(key("r-assign", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> k + " <- \"" + v + "\""));
    all.add(key("go-typed", Encoding.JSON, KeyStyle.CAMEL, (k, v, r) -> "var " + k
        + " string = \"" + v + "\""));
    all.add(key("code-comparison", Encoding.JSON, KeyStyle.CAMEL, (k, v, r) -> pick(r,
        "    if (" + k + pick(r, " == ", " != ", " === ", "!==") + "\"" + v + "\") {",
        "    if (" + k + ".equals(\"" + v + "\")) {")));
    all.add(key("c-declaration", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> pick(r,
        "static const char " + k + "[64] = \"" + v + "\";",
        "std::string " + k + "(\"" + v + "\");")));
    all.add(key("set-property", Encoding.JSON, KeyStyle.ENV,
        (k, v, r) -> "System.setProperty(\"" + k + "\", \"" + v + "\");"));
    all.add(key("shell-export", KeyStyle.ENV, (k, v, r) -> "+ export " + k + "=" + v));
    all.add(key("cli-flag", KeyStyle.KEBAB, (k, v, r) -> prefix(r) + "Launching: java -jar "
        + "orders.jar --" + k + "=" + v + " --server.port=8080"));
    all.add(key("cli-flag-space", KeyStyle.KEBAB, (k, v, r) -> "$ deployctl push --" + k + " " + v
        + " --env prod"));
    all.add(key("toml", Encoding.JSON, KeyStyle.AS_IS, (k, v, r) -> k + " = \"" + v + "\""));
    all.add(key("k8s-secret-json", Encoding.BASE64, KeyStyle.AS_IS, (k, v, r) -> "{\"apiVersion\":"
        + "\"v1\",\"data\":{\"" + k + "\":\"" + v + "\"},\"kind\":\"Secret\",\"metadata\":"
        + "{\"name\":\"orders-secrets\",\"namespace\":\"shop\"},\"type\":\"Opaque\"}"));
    all.add(key("k8s-secret-yaml", Encoding.BASE64, KeyStyle.AS_IS, (k, v, r) -> "  " + k + ": "
        + v));
    all.add(key("compose-env", KeyStyle.ENV, (k, v, r) -> "      - " + k + "=" + v));
    all.add(key("docker-run", KeyStyle.ENV, (k, v, r) -> "docker run -d -e " + k + "=" + v
        + " -p 8080:8080 acme/orders:1.4.2"));
    all.add(key("actuator-env", Encoding.JSON, KeyStyle.ENV, (k, v, r) -> "{\"name\":"
        + "\"systemEnvironment\",\"properties\":{\"" + k + "\":{\"value\":\"" + v + "\","
        + "\"origin\":\"System Environment Property \\\"" + k + "\\\"\"}}}"));
    all.add(key("jvm-argument", KeyStyle.DOTTED, (k, v, r) -> "27-Nov-2026 10:15:02.113 INFO "
        + "[main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -D"
        + k
        + "=" + v));
    all.add(key("name-value-json", Encoding.JSON, KeyStyle.ENV, (k, v, r) -> "\"environment\": "
        + "[{\"name\":\"LOG_LEVEL\",\"value\":\"info\"},{\"name\":\"" + k + "\",\"value\":\"" + v
        + "\"}]"));

    // In a header.
    all.add(header("httpclient5-headers", (k, v, r) -> spring(r,
        "org.apache.hc.client5.http.headers") + "http-outgoing-" + r.nextInt(9) + " >> " + k
            + ": " + v));
    all.add(header("httpclient-wire", (k, v, r) -> spring(r, "org.apache.hc.client5.http.wire")
        + "http-outgoing-" + r.nextInt(9) + " >> \"" + k + ": " + v + "[\\r][\\n]\""));
    all.add(header("okhttp", (k, v, r) -> pick(r, "I/okhttp.OkHttpClient: ",
        spring(r, "okhttp3.OkHttpClient")) + k + ": " + v));
    all.add(header("okhttp-unexpected-char", (k, v, r) -> "java.lang.IllegalArgumentException: "
        + "Unexpected char 0x0a at " + (7 + r.nextInt(40)) + " in " + k + " value: " + v));
    all.add(header("curl-verbose", (k, v, r) -> "> " + k + ": " + v));
    all.add(header("curl-command", Encoding.JSON, (k, v, r) -> "+ curl -sS -H \"" + k + ": " + v
        + "\" https://" + pick(r, LogLines.HOSTS) + "/v1/me"));
    all.add(header("spring-request-logging", (k, v, r) -> spring(r,
        "o.s.w.f.CommonsRequestLoggingFilter") + "Before request [POST /api/orders, client="
        + ip(r) + ", headers=[host:\"orders.example.com\", " + k.toLowerCase(Locale.ROOT) + ":\""
        + v + "\", content-type:\"application/json\"]]"));
    all.add(header("netty-headers", (k, v, r) -> spring(r, "reactor.netty.http.client.HttpClient")
        + "[" + hex(r, 8) + "-1] DefaultHttpHeaders[Host: api.example.com, " + k + ": " + v
        + ", Accept: */*]"));
    all.add(header("grpc-metadata", (k, v, r) -> spring(r, "c.e.grpc.LoggingInterceptor")
        + "call metadata Metadata(content-type=application/grpc," + k.toLowerCase(Locale.ROOT)
        + "=" + v + ",grpc-accept-encoding=gzip)"));
    all.add(header("header-map", (k, v, r) -> prefix(r)
        + "request headers {Host=[api.example.com], " + k + "=[" + v
        + "], Accept=[application/json]}"));
    all.add(header("feign-logger", (k, v, r) -> spring(r, "c.e.orders.client.PaymentClient")
        + "[PaymentClient#charge] " + k + ": " + v));
    all.add(header("jersey-logging", (k, v, r) -> "INFO: 1 * Sending client request on thread main"
        + " | 1 > " + k + ": " + v));
    all.add(header("url-encoded-header", Encoding.URL, (k, v, r) -> prefix(r)
        + "replaying request headers=" + Encoding.urlEncode(k + ": " + v + "\r\nAccept: */*")));
    all.add(header("har-json", Encoding.JSON, (k, v, r) -> "{\"name\":\"" + k + "\",\"value\":\""
        + v + "\"}"));
    all.add(header("vendor-header", (k, v, r) -> prefix(r) + "-> " + k + ": " + v)
        .onlyHeaders(h -> !h.name().endsWith("Authorization") && !h.name().contains("Cookie")));
    all.add(header("nginx-log-header", (k, v, r) -> ip(r) + " - - " + apacheTime(r)
        + " \"GET /api/v1/me HTTP/1.1\" 200 612 \"-\" \"okhttp/4.12.0\" \"" + v + "\"")
        .onlyHeaders(h -> !h.scheme().isEmpty()));

    // As a query or form parameter.
    all.add(query("query-string", (k, v, r) -> prefix(r) + "GET https://" + pick(r, LogLines.HOSTS)
        + "/v1/export?format=csv&" + k + "=" + v + "&page=2"));
    all.add(query("access-log", (k, v, r) -> ip(r) + " - - " + apacheTime(r)
        + " \"GET /api/v1/items?" + k + "=" + v + "&limit=50 HTTP/1.1\" 200 "
        + (100 + r.nextInt(9000)) + " \"-\" \"curl/8.5.0\""));
    all.add(query("form-body", (k, v, r) -> spring(r, "o.s.w.f.CommonsRequestLoggingFilter")
        + "After request [POST /oauth/token, payload=grant_type=client_credentials&client_id="
        + "orders-service&" + k + "=" + v + "]"));
    all.add(query("redirect-location", (k, v, r) -> spring(r, "o.s.s.web.DefaultRedirectStrategy")
        + "Redirecting to https://app.example.com/login/oauth2/code/okta?state=" + hex(r, 16)
        + "&" + k + "=" + v + "&scope=openid"));
    all.add(query("nginx-json-log", Encoding.URL_IN_JSON, (k, v, r) -> "{\"remote_addr\":\"" + ip(r)
        + "\",\"request\":\"GET /callback?" + k + "=" + v + " HTTP/1.1\",\"status\":302}"));

    // Where only a password goes.
    all.add(password("curl-user", (k, v, r) -> "+ curl -sf -u 'deploy:" + v
        + "' https://repo.example.com/upload"));
    all.add(password("mysql-cli", (k, v, r) -> "+ mysql -u root -p" + v + " -h db.internal shop"));
    all.add(password("password-flag", (k, v, r) -> pick(r, "+ docker login -u ci-bot --password "
        + v + " registry.example.com", "+ ./manage.py createsuperuser --password=" + v)));
    all.add(password("wsse-password", Encoding.XML, (k, v, r) -> "<wsse:UsernameToken wsu:Id="
        + "\"UsernameToken-" + hex(r, 8) + "\"><wsse:Username>svc</wsse:Username><wsse:Password "
        + "Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-"
        + "1.0#PasswordText\">" + v + "</wsse:Password></wsse:UsernameToken>"));
    all.add(password("connection-string-password", (k, v, r) -> prefix(r) + "opening Server="
        + "db.internal;Database=shop;User Id=shop;Password=" + v + ";Pooling=true"));
    all.add(password("url-userinfo", Encoding.URL, (k, v, r) -> prefix(r) + "Artifact repository "
        + "https://deploy:" + v + "@repo.example.com/releases"));
    all.add(password("sshpass", (k, v, r) -> "+ sshpass -p '" + v + "' ssh deploy@" + ip(r)));
    all.add(password("keytool-storepass", (k, v, r) -> "+ keytool -importkeystore -srckeystore "
        + "app.p12 -srcstoretype PKCS12 -srcstorepass " + v + " -destkeystore app.jks"));
    all.add(password("redis-cli", (k, v, r) -> "+ redis-cli -h cache.internal -a " + v + " PING"));
    all.add(password("pgpassword-env", (k, v, r) -> "+ PGPASSWORD=" + v
        + " psql -h db.internal -U orders -c 'select 1'"));

    // In the sentence with which software announces or names it.
    all.add(new LogContext("announced", Slot.ANNOUNCED, Encoding.NONE, KeyStyle.AS_IS,
        (k, v, r) -> prefix(r) + k.replace("{}", v), f -> true, h -> true));
    return all;
  }

  private static LogContext bare(String id, Template template) {
    return bare(id, Encoding.NONE, template);
  }

  private static LogContext bare(String id, Encoding encoding, Template template) {
    return new LogContext(id, Slot.BARE, encoding, KeyStyle.AS_IS, template, f -> true, h -> true);
  }

  private static LogContext key(String id, Template template) {
    return key(id, Encoding.NONE, KeyStyle.AS_IS, template);
  }

  private static LogContext key(String id, KeyStyle style, Template template) {
    return key(id, Encoding.NONE, style, template);
  }

  private static LogContext key(String id, Encoding encoding, KeyStyle style, Template template) {
    return new LogContext(id, Slot.KEY, encoding, style, template, f -> true, h -> true);
  }

  private static LogContext header(String id, Template template) {
    return header(id, Encoding.NONE, template);
  }

  private static LogContext header(String id, Encoding encoding, Template template) {
    return new LogContext(id, Slot.HEADER, encoding, KeyStyle.AS_IS, template, f -> true,
        h -> true);
  }

  private static LogContext query(String id, Template template) {
    return query(id, Encoding.URL, template);
  }

  private static LogContext query(String id, Encoding encoding, Template template) {
    return new LogContext(id, Slot.QUERY, encoding, KeyStyle.AS_IS, template, f -> true, h -> true);
  }

  private static LogContext password(String id, Template template) {
    return password(id, Encoding.NONE, template);
  }

  private static LogContext password(String id, Encoding encoding, Template template) {
    return new LogContext(id, Slot.PASSWORD, encoding, KeyStyle.AS_IS, template, f -> true,
        h -> true);
  }

  /** The context with this id. */
  static LogContext byId(String id) {
    for (LogContext context : ALL) {
      if (context.id().equals(id)) {
        return context;
      }
    }
    throw new IllegalArgumentException("no context " + id);
  }
}
