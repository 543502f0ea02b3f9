package io.redactor.spring;

import static io.redactor.spring.DemoApplication.API_KEY;
import static io.redactor.spring.DemoApplication.PASSWORD;
import static io.redactor.spring.DemoApplication.TOKEN;
import static io.redactor.spring.DemoApplication.comparable;
import static io.redactor.spring.DemoApplication.masked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    DemoApplication.Run plain = DemoApplication.run(Map.of("redactor.enabled", "false"));
    DemoApplication.Run redacted = DemoApplication.run(Map.of());

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8))
        .containsPattern("http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]")
        .contains(": Before request [GET /orders?user=alice&password=[REDACTED], headers=["
            + "authorization:\"Bearer [REDACTED]\", ")
        .contains("java.lang.IllegalStateException: payment gateway rejected key "
            + "sk_live_[REDACTED] for alice");
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
  }

  @Test
  void masksTheLogFileAsTheConsole() throws Exception {
    Path plainFile = dir.resolve("plain.log");
    Path redactedFile = dir.resolve("redacted.log");
    DemoApplication.run(Map.of("redactor.enabled", "false",
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
    DemoApplication.Run plain = DemoApplication.run(
        Map.of("redactor.enabled", "false", "logging.structured.format.console", "ecs"));
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
  void keepsTheConsoleThresholdOfLoggingThresholdConsole() {
    DemoApplication.Run run = DemoApplication.run(Map.of("logging.threshold.console", "WARN"));
    assertThat(run.console()).doesNotContain(" DEBUG ").doesNotContain(" INFO ")
        .contains(" ERROR ").contains("sk_live_[REDACTED]").doesNotContain(API_KEY);
  }

  @Test
  void redactsTheDocumentedLog4j2SpringXmlWithAndWithoutTheStarter() {
    for (String enabled : new String[] {"false", "true"}) {
      DemoApplication.Run run = DemoApplication.run(Map.of(
          "logging.config", "classpath:log4j2-spring-redacting.xml", "redactor.enabled", enabled));
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
