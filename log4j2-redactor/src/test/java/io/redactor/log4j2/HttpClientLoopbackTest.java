package io.redactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache HttpClient 5 logging its headers and wire traffic, at DEBUG, through SLF4J into Log4j and
 * {@code %redact}: a request to a server on the loopback interface carries an
 * {@code Authorization: Bearer} header, an {@code X-Api-Key} header and an {@code access_token}
 * query parameter.
 */
final class HttpClientLoopbackTest {
  private static final String BEARER_TOKEN = "eyBearer0aB1cD2eF3gH4iJ5kL6";
  private static final String API_KEY = "k3y-9f8e7d6c5b4a3210";
  private static final String ACCESS_TOKEN = "at-5Zq8Yw2Xv7Ut4Sr1";

  @TempDir
  Path out;

  @Test
  void masksCredentialsInHeaderAndWireLogs() throws Exception {
    Log4jFixture.configure("HttpClientLoopbackTest.xml", out);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream response = exchange.getResponseBody()) {
        response.write(body);
      }
    });
    server.start();
    int status;
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpGet get = new HttpGet("http://127.0.0.1:" + server.getAddress().getPort()
          + "/orders?access_token=" + ACCESS_TOKEN + "&page=2");
      get.addHeader("Authorization", "Bearer " + BEARER_TOKEN);
      get.addHeader("X-Api-Key", API_KEY);
      status = client.execute(get, response -> {
        EntityUtils.consume(response.getEntity());
        return response.getCode();
      });
    } finally {
      server.stop(0);
    }

    assertThat(status).isEqualTo(200);
    List<String> lines = Log4jFixture.readLines(out.resolve("http.log"));
    String written = String.join("\n", lines);
    assertThat(written).doesNotContain(BEARER_TOKEN, API_KEY, ACCESS_TOKEN);
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("headers ").endsWith(">> Authorization: Bearer [REDACTED]"))
        .anySatisfy(line -> assertThat(line).startsWith("headers ").endsWith(">> X-Api-Key: [REDACTED]"))
        .anySatisfy(line -> assertThat(line).startsWith("headers ")
            .endsWith(">> GET /orders?access_token=[REDACTED]&page=2 HTTP/1.1"))
        .anySatisfy(line -> assertThat(line).startsWith("wire ")
            .endsWith(">> \"Authorization: Bearer [REDACTED][\\r][\\n]\""))
        .anySatisfy(line -> assertThat(line).startsWith("wire ").endsWith(">> \"X-Api-Key: [REDACTED][\\r][\\n]\""))
        .anySatisfy(line -> assertThat(line).startsWith("wire ")
            .endsWith(">> \"GET /orders?access_token=[REDACTED]&page=2 HTTP/1.1[\\r][\\n]\""))
        .anySatisfy(line -> assertThat(line).startsWith("headers ").endsWith("<< HTTP/1.1 200 OK"));
  }
}
