package io.redactor.spring;

import static io.redactor.spring.DemoApplication.API_KEY;
import static io.redactor.spring.DemoApplication.PASSWORD;
import static io.redactor.spring.DemoApplication.TOKEN;
import static io.redactor.spring.DemoApplication.WITHOUT_STARTER;
import static io.redactor.spring.DemoApplication.comparable;
import static io.redactor.spring.DemoApplication.masked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;

/**
 * The same applications on Log4j 2, as {@code spring-boot-starter-log4j2} makes them (the
 * {@code log4j2} Surefire execution leaves Logback off the class path).
 */
final class Log4j2StarterTest {
  @TempDir
  Path dir;

  @Test
  void runsOnLog4jCore() {
    assertThat(LogManager.getContext(false)).isInstanceOf(LoggerContext.class);
  }

  @Test
  void masksEverySecretOnTheConsoleAndChangesNothingElse() {
    DemoApplication.Run plain = DemoApplication.run(Map.of(WITHOUT_STARTER, "true"));
    DemoApplication.Run redacted = DemoApplication.run(Map.of());

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8))
        .containsPattern("http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]")
        .contains(": Before request [GET /orders?user=alice&password=[REDACTED], headers=["
            + DemoApplication.authorizationHeader() + ":\"Bearer [REDACTED]\", ")
        .contains("java.lang.IllegalStateException: payment gateway rejected key "
            + "sk_live_[REDACTED] for alice");
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
  }

  @Test
  void masksTheLogFileAsTheConsole() throws Exception {
    Path plainFile = dir.resolve("plain.log");
    Path redactedFile = dir.resolve("redacted.log");
    DemoApplication.run(Map.of(WITHOUT_STARTER, "true",
        "logging.file.name", plainFile.toString()));
    DemoApplication.run(Map.of("logging.file.name", redactedFile.toString()));

    String plain = Files.readString(plainFile, StandardCharsets.UTF_8);
    String redacted = Files.readString(redactedFile, StandardCharsets.UTF_8);
    assertThat(plain).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8)).contains("Authorization: Bearer [REDACTED]");
    assertThat(comparable(redacted)).isEqualTo(comparable(masked(plain)));
  }

  @Test
  void masksStructuredEcsLogging() {
    Assumptions.assumeTrue(DemoApplication.hasStructuredLogging(), "Spring Boot "
        + SpringBootVersion.getVersion() + " has no logging.structured.format (from 3.4 on)");
    DemoApplication.Run plain = DemoApplication.run(
        Map.of(WITHOUT_STARTER, "true", "logging.structured.format.console", "ecs"));
    DemoApplication.Run redacted =
        DemoApplication.run(Map.of("logging.structured.format.console", "ecs"));

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8))
        .containsPattern("\"message\":\"http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]\"");
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
  }

  @Test
  void requireFailsStartUpWhenAnAppenderWouldWriteUnredacted() {
    assertThatThrownBy(() -> DemoApplication.run(
        Map.of("redactor.enabled", "false", "redactor.require", "true")))
        .hasMessageStartingWith("redactor.require=true, but an appender writes unredacted: "
            + "Log4j 2 appender Console (org.apache.logging.log4j.core.appender.ConsoleAppender)");
    assertThat(DemoApplication.run(Map.of("redactor.require", "true")).console())
        .contains("Authorization: Bearer [REDACTED]");
  }

  @Test
  void redactsEveryMonitorIntervalReloadOfLog4j2SpringXmlOnce() throws Exception {
    Path config = dir.resolve("log4j2-spring.xml");
    DemoApplication.writeConfig("log4j2-spring-monitor.xml", config, "v1", 0);
    List<String> versions = List.of("v2", "v3");
    DemoApplication.Run run = DemoApplication.run(Map.of("logging.config", config.toString(),
        "redactor.mask", "[HIDDEN]"), context -> {
          LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
          LogManager.getLogger("app.reload").info("running v1, password={}", PASSWORD);
          for (int i = 0; i < versions.size(); i++) {
            String version = versions.get(i);
            DemoApplication.writeConfig("log4j2-spring-monitor.xml", config, version, i + 1);
            DemoApplication.await(() -> consolePattern(log4j).startsWith(version + " ")
                && log4j.getConfiguration().getAppenders().containsKey("Console.redacted"),
                "Log4j reloads " + version + " and the starter redacts it");
            LogManager.getLogger("app.reload").info("running {}, password={}", version,
                PASSWORD);
          }
        });

    assertThat(run.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8)).doesNotContain("[REDACTED]")
        .containsPattern("\nv1 INFO  \\S+ : Tomcat started on port \\d+")
        .contains("\nv1 INFO  app.reload : running v1, password=[HIDDEN]\n")
        .contains("\nv2 INFO  app.reload : running v2, password=[HIDDEN]\n")
        .contains("\nv3 INFO  app.reload : running v3, password=[HIDDEN]\n")
        .containsPattern("\nv3 DEBUG org\\.apache\\.hc\\.client5\\.http\\.headers : "
            + "http-outgoing-\\d+ >> Authorization: Bearer \\[HIDDEN]\n")
        .contains("\nv3 DEBUG org.springframework.web.filter.CommonsRequestLoggingFilter : Before"
            + " request [GET /orders?user=alice&password=[HIDDEN], headers=["
            + DemoApplication.authorizationHeader() + ":\"Bearer [HIDDEN]\", ")
        .contains("\njava.lang.IllegalStateException: payment gateway rejected key "
            + "sk_live_[HIDDEN] for alice\n");
    // Redacted once: the root logger writes through one rewrite appender, to the console.
    LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
    assertThat(log4j.getConfiguration().getRootLogger().getAppenders().keySet())
        .containsExactly("Console.redacted");
    assertThat(log4j.getConfiguration().getAppenders().keySet())
        .containsExactlyInAnyOrder("Console", "Console.redacted");
  }

  private static String consolePattern(LoggerContext log4j) {
    Appender console = log4j.getConfiguration().getAppenders().get("Console");
    return console != null && console.getLayout() instanceof PatternLayout layout
        ? layout.getConversionPattern() : "";
  }

  @Test
  void keepsTheConsoleThresholdOfLoggingThresholdConsole() {
    DemoApplication.Run run = DemoApplication.run(Map.of("logging.threshold.console", "WARN"));
    assertThat(run.console()).doesNotContain(" DEBUG ").doesNotContain(" INFO ")
        .contains(" ERROR ").contains("sk_live_[REDACTED]").doesNotContain(API_KEY);
  }

  @Test
  void redactsTheDocumentedLog4j2SpringXmlWithAndWithoutTheStarter() {
    for (String without : new String[] {"true", "false"}) {
      DemoApplication.Run run = DemoApplication.run(Map.of(
          "logging.config", "classpath:log4j2-spring-redacting.xml", WITHOUT_STARTER, without));
      assertThat(run.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
          .doesNotContain(API_KEY.substring(8)).contains("Authorization: Bearer [REDACTED]")
          .contains("java.lang.IllegalStateException: payment gateway rejected key "
              + "sk_live_[REDACTED] for alice");
    }
  }

  @Test
  void takesTheDocumentedProperties() {
    DemoApplication.Run run = DemoApplication.run(Map.of(
        "spring.config.additional-location", "classpath:application-documented.properties"));
    assertThat(run.console()).doesNotContain(PASSWORD).doesNotContain(API_KEY.substring(8))
        .contains("password=[REDACTED:sensitive-key]");
  }
}
