package io.redactor.spring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.logging.LoggingSystemProperty;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.SpringVersion;
import org.springframework.util.ClassUtils;
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

  /**
   * With {@code "true"}, the run is the application without the starter: its listener and its
   * auto-configuration left out, as if the dependency were not there.
   */
  static final String WITHOUT_STARTER = "demo.without-starter";

  /** Hands the start of an application without the starter to the starter's listener. */
  private static final class Starting implements ApplicationListener<ApplicationStartingEvent> {
    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
      new RedactorLoggingListener().onApplicationEvent(event);
    }
  }

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

  /**
   * Spring Boot 4 takes the location of Log4j's current configuration for the application's own
   * one: without this, an application would be configured from the last one's file. A JVM that
   * starts one application finds Log4j on its default configuration, as this leaves it.
   */
  static void resetLog4j() {
    if (ClassUtils.isPresent("org.apache.logging.log4j.core.config.DefaultConfiguration",
        DemoApplication.class.getClassLoader())) {
      Log4jDefaults.apply();
    }
  }

  /** Apart, so that the Logback runs, which have no log4j-core, never load it. */
  private static final class Log4jDefaults {
    static void apply() {
      ((org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager
          .getContext(false)).setConfiguration(
              new org.apache.logging.log4j.core.config.DefaultConfiguration());
    }
  }

  /**
   * The name of the Authorization header in what {@link CommonsRequestLoggingFilter} prints:
   * Spring Framework 6 prints the names as Tomcat hands them over, in lower case; 7 (Spring Boot
   * 4) as the client sent them.
   */
  static String authorizationHeader() {
    String version = SpringVersion.getVersion();
    return version != null && version.startsWith("6.") ? "authorization" : "Authorization";
  }

  /** Whether this Spring Boot has {@code logging.structured.format.*} (from 3.4 on). */
  static boolean hasStructuredLogging() {
    String[] version = SpringBootVersion.getVersion().split("\\.");
    int major = Integer.parseInt(version[0]);
    return major > 3 || major == 3 && Integer.parseInt(version[1]) >= 4;
  }

  /** Starts the application, sends the request, stops it; what the console printed. */
  static Run run(Map<String, Object> properties) {
    return run(properties, context -> { });
  }

  /**
   * Starts the application, does {@code beforeRequest} while it runs, sends the request, stops
   * it; what the console printed.
   */
  static Run run(Map<String, Object> properties,
      Consumer<ConfigurableApplicationContext> beforeRequest) {
    clearLoggingSystemProperties();
    resetLog4j();
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int status;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      SpringApplication application = new SpringApplication(DemoApplication.class);
      Map<String, Object> all = defaults();
      all.putAll(properties);
      if ("true".equals(properties.get(WITHOUT_STARTER))) {
        List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
        listeners.removeIf(RedactorLoggingListener.class::isInstance);
        // The reloads of the logging framework are followed with the last application's
        // properties until the next one starts, which this one must count as.
        listeners.add(new Starting());
        application.setListeners(listeners);
        all.put("spring.autoconfigure.exclude", RedactorAutoConfiguration.class.getName());
      }
      application.setDefaultProperties(all);
      try (ConfigurableApplicationContext context = application.run()) {
        beforeRequest.accept(context);
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

  /**
   * Copies a configuration file of the test resources to {@code target}, its first word
   * {@code v1} replaced by {@code version}, and dates it a few seconds ahead, so that a framework
   * that compares modification times sees a change however fast it is written again.
   */
  static void writeConfig(String resource, Path target, String version, int rewrite) {
    try (InputStream in = DemoApplication.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("pattern>v1 ", "pattern>" + version + " ")
          .replace("pattern=\"v1 ", "pattern=\"" + version + " ");
      Files.writeString(target, text, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(target,
          FileTime.fromMillis(System.currentTimeMillis() + 3_000L * (rewrite + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code condition} holds, 20 seconds at most; fails naming {@code what}. */
  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 seconds: " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  /**
   * {@code text} without the packaging data Logback may add to stack trace lines
   * ({@code ~[tomcat-embed-core-10.1.33.jar:10.1.33]}): Spring Boot 3.2 turns it on when it
   * configures Logback itself, and a {@code logback-spring.xml} leaves it off unless it says
   * {@code packagingData="true"}.
   */
  static String withoutPackagingData(String text) {
    return text.replaceAll("(?m)^(\tat .*?) ~?\\[[^\\]\n]*]$", "$1");
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
   * A Tomcat thread name cut to its last 15 characters ({@code [o-auto-9-exec-1]},
   * {@code [-auto-10-exec-1]}) keeps only its end, as its length depends on those numbers.
   */
  static List<String> comparable(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.replaceAll("[0-9]+", "0").replaceAll("\\[[a-z-]*auto-0-exec-0]", "[exec-0]"));
    }
    lines.sort(null);
    return lines;
  }
}
