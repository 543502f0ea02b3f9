package io.redactor.spring;

import static io.redactor.spring.DemoApplication.API_KEY;
import static io.redactor.spring.DemoApplication.PASSWORD;
import static io.redactor.spring.DemoApplication.TOKEN;
import static io.redactor.spring.DemoApplication.comparable;
import static io.redactor.spring.DemoApplication.masked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.OutputStreamAppender;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Real Spring Boot applications on Logback, started with and without redaction, each receiving
 * one request that logs a bearer token, a password and an API key.
 */
final class LogbackStarterTest {
  @TempDir
  Path dir;

  @Test
  void masksEverySecretOnTheConsoleAndChangesNothingElse() {
    DemoApplication.Run plain = DemoApplication.run(Map.of("redactor.enabled", "false"));
    DemoApplication.Run redacted = DemoApplication.run(Map.of());

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8));
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
    assertThat(redacted.lines())
        .anyMatch(line -> line.matches(".* org\\.apache\\.hc\\.client5\\.http\\.headers +: "
            + "http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]"))
        .anyMatch(line -> line.contains(" o.s.w.f.CommonsRequestLoggingFilter      : Before request"
            + " [GET /orders?user=alice&password=[REDACTED], headers=[authorization:\"Bearer"
            + " [REDACTED]\", "))
        .contains("java.lang.IllegalStateException: payment gateway rejected key "
            + "sk_live_[REDACTED] for alice");
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
    Map<String, Object> ecs = Map.of("logging.structured.format.console", "ecs");
    DemoApplication.Run plain = DemoApplication.run(
        Map.of("redactor.enabled", "false", "logging.structured.format.console", "ecs"));
    DemoApplication.Run redacted = DemoApplication.run(ecs);

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8))
        .containsPattern("\"message\":\"http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]\"");
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
  }

  @Test
  void failsStartUpOnABadOptionNamingItsProperty() {
    assertThatThrownBy(() -> DemoApplication.run(Map.of("redactor.style", "loud")))
        .hasMessage("Redactor option 'style' has invalid value 'loud': plain, label or "
            + "fingerprint (set by redactor.style)");
    assertThatThrownBy(() -> DemoApplication.run(Map.of("redactor.options", "mask=")))
        .hasMessageStartingWith("Redactor option 'mask' has invalid value ''")
        .hasMessageEndingWith("(set by redactor.options)");
  }

  @Test
  void requireFailsStartUpWhenAnAppenderWouldWriteUnredacted() {
    assertThatThrownBy(() -> DemoApplication.run(
        Map.of("redactor.enabled", "false", "redactor.require", "true")))
        .hasMessage("redactor.require=true, but an appender writes unredacted: Logback appender"
            + " CONSOLE (ch.qos.logback.core.ConsoleAppender): its encoder"
            + " ch.qos.logback.classic.encoder.PatternLayoutEncoder does not redact"
            + " (redactor.enabled=false leaves appenders as they are)");
    DemoApplication.Run redacted = DemoApplication.run(Map.of("redactor.require", "true"));
    assertThat(redacted.console()).contains("Authorization: Bearer [REDACTED]");
  }

  @Test
  void keepsAppendersOfLogbackSpringXmlThatRedactAlreadyAndMasksTheOthers() throws Exception {
    Path file = dir.resolve("app.log");
    DemoApplication.Run run = DemoApplication.run(Map.of(
        "logging.config", "classpath:logback-spring-redacting.xml",
        "logging.file.name", file.toString()));

    assertThat(run.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .contains("Authorization: Bearer [REDACTED]");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(TOKEN)
        .doesNotContain(PASSWORD).contains("Authorization: Bearer [REDACTED]");
  }

  @Test
  void redactsAgainAfterSpringReinitialisesLoggingAndNeverTwice() {
    DemoApplication.run(Map.of());
    // A second application in the same JVM: Spring Boot resets Logback and configures it anew.
    DemoApplication.Run again = DemoApplication.run(Map.of("redactor.style", "label"));
    assertThat(again.console()).contains("Authorization: Bearer [REDACTED:")
        .doesNotContain("[REDACTED:[REDACTED");
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(((OutputStreamAppender<?>) context.getLogger("ROOT").getAppender("CONSOLE"))
        .getEncoder()).isInstanceOf(RedactingPatternLayoutEncoder.class);
  }

  @Test
  void keepsTheConsoleThresholdOfLoggingThresholdConsole() {
    DemoApplication.Run run = DemoApplication.run(Map.of("logging.threshold.console", "WARN"));
    assertThat(run.console()).doesNotContain(" DEBUG ").doesNotContain(" INFO ")
        .contains(" ERROR ").contains("sk_live_[REDACTED]").doesNotContain(API_KEY);
  }

  @Test
  void takesTheDocumentedProperties() {
    DemoApplication.Run run = DemoApplication.run(Map.of(
        "spring.config.additional-location", "classpath:application-documented.properties"));
    assertThat(run.console()).doesNotContain(PASSWORD).doesNotContain(API_KEY.substring(8))
        .contains("password=[REDACTED:sensitive-key]");
  }
}
