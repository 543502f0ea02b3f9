package io.redactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real requests, logged by Apache HttpClient 5's own header and wire loggers at DEBUG. */
final class HttpClientLoggingTest {
  static final String BEARER = "abc123def456ghi789";
  static final String API_KEY = "k3y9f8e7d6c5b4a3";
  static final String ACCESS_TOKEN = "tok5e4d3c2b1a0z9";

  @TempDir
  Path dir;

  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void keepsHeaderLinesAndMasksTheirValuesInHeaderAndWireLogs() throws IOException {
    LogbackFixture logback = LogbackFixture.configureGlobal(getClass(), "wire", dir);
    String url = "http://127.0.0.1:" + server.getAddress().getPort()
        + "/items?access_token=" + ACCESS_TOKEN + "&page=2";

    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpGet get = new HttpGet(url);
      get.addHeader("Authorization", "Bearer " + BEARER);
      get.addHeader("X-Api-Key", API_KEY);
      String body = client.execute(get, response -> EntityUtils.toString(response.getEntity()));
      assertThat(body).isEqualTo("ok");
    }

    String written = logback.file("http.log");
    logback.context.reset();

    assertThat(written)
        .contains("DEBUG org.apache.hc.client5.http.headers - ")
        .contains("DEBUG org.apache.hc.client5.http.wire - ")
        .contains(">> Authorization: Bearer [REDACTED]")
        .contains(">> X-Api-Key: [REDACTED]")
        .contains(">> \"Authorization: Bearer [REDACTED][\\r][\\n]\"")
        .contains(">> \"X-Api-Key: [REDACTED][\\r][\\n]\"")
        .contains(">> \"GET /items?access_token=[REDACTED]&page=2 HTTP/1.1[\\r][\\n]\"")
        .doesNotContain(BEARER).doesNotContain(API_KEY).doesNotContain(ACCESS_TOKEN);
  }
}
