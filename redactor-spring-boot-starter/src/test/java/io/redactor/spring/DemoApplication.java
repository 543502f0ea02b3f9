package io.redactor.spring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.logging.LoggingSystemProperty;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.CommonsRequestLoggingFilter;

/**
 * A real Spring Boot web application on a random port, as a user writes one: Spring's
 * {@link CommonsRequestLoggingFilter} logs each request with its query string and headers, and a
 * controller fails with a secret in its exception's message. {@link #run} starts it with the
 * given properties, sends it one request through Apache HttpClient 5 with header logging on,
 * and returns what the real console printed while it ran.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(DemoApplication.Orders.class)
class DemoApplication {
  /** A JWT, sent as the bearer token. */
  static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLW9mLWFsaWNl";
  static final String PASSWORD = "hunter2-Passw0rd";
  /** A Stripe live key, in the message of the controller's exception. */
  static final String API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

  /** Every secret of the scenario with what it becomes once masked. */
  static final Map<String, String> MASKED = Map.of(
      TOKEN, "[REDACTED]", PASSWORD, "[REDACTED]", API_KEY, "sk_live_[REDACTED]");

  @Bean
  CommonsRequestLoggingFilter requestLoggingFilter() {
    CommonsRequestLoggingFilter filter = new CommonsRequestLoggingFilter();
    filter.setIncludeQueryString(true);
    filter.setIncludeHeaders(true);
    return filter;
  }

  @RestController
  static class Orders {
    @GetMapping("/orders")
    String orders(@RequestParam("user") String user) {
      throw new IllegalStateException("payment gateway rejected key " + API_KEY + " for " + user);
    }
  }

  /** The properties every run has, before the scenario's own. */
  static Map<String, Object> defaults() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.application.name", "demo");
    properties.put("logging.level.org.apache.hc.client5.http.headers", "DEBUG");
    properties.put("logging.level.org.springframework.web.filter.CommonsRequestLoggingFilter",
        "DEBUG");
    return properties;
  }

  /** What a run printed on the console, and the application's environment. */
  record Run(String console, int status) {
    List<String> lines() {
      return Arrays.asList(console.split("\n", -1));
    }
  }

  /**
   * Spring Boot hands the logging configuration to the logging framework as system properties,
   * and keeps one already set: without this, an application would inherit the last one's.
   */
  static void clearLoggingSystemProperties() {
    for (LoggingSystemProperty property : LoggingSystemProperty.values()) {
      System.clearProperty(property.getEnvironmentVariableName());
    }
    // Logback's rolling policy properties (RollingPolicySystemProperty, not loaded on Log4j 2).
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("LOGBACK_ROLLINGPOLICY_")) {
        System.clearProperty(name);
      }
    }
  }

  /** Starts the application, sends the request, stops it; what the console printed. */
  static Run run(Map<String, Object> properties) {
    clearLoggingSystemProperties();
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int status;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      SpringApplication application = new SpringApplication(DemoApplication.class);
      Map<String, Object> all = defaults();
      all.putAll(properties);
      application.setDefaultProperties(all);
      try (ConfigurableApplicationContext context = application.run()) {
        status = request(context);
      }
    } finally {
      System.setOut(original);
    }
    String text = console.toString(StandardCharsets.UTF_8);
    original.print(text);
    return new Run(text, status);
  }

  static int request(ConfigurableApplicationContext context) {
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpGet get = new HttpGet("http://localhost:" + port + "/orders?user=alice&password="
        + PASSWORD);
    get.setHeader("Authorization", "Bearer " + TOKEN);
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      return client.execute(get, response -> {
        EntityUtils.consume(response.getEntity());
        return response.getCode();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with every secret of the scenario as it is once masked. */
  static String masked(String text) {
    String result = text;
    for (Map.Entry<String, String> secret : MASKED.entrySet()) {
      result = result.replace(secret.getKey(), secret.getValue());
    }
    return result;
  }

  /**
   * The lines, sorted, with every run of digits as {@code 0}: times, durations, ports, process
   * and thread numbers differ from run to run, and threads interleave their lines differently.
   */
  static List<String> comparable(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.replaceAll("[0-9]+", "0"));
    }
    lines.sort(null);
    return lines;
  }
}
