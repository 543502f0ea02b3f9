package io.redactor.spring;

import static io.redactor.spring.DemoApplication.API_KEY;
import static io.redactor.spring.DemoApplication.PASSWORD;
import static io.redactor.spring.DemoApplication.TOKEN;
import static io.redactor.spring.DemoApplication.WITHOUT_STARTER;
import static io.redactor.spring.DemoApplication.comparable;
import static io.redactor.spring.DemoApplication.masked;
import static io.redactor.spring.DemoApplication.withoutPackagingData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.pattern.PatternLayoutEncoderBase;
import io.redactor.logback.RedactingPatternLayoutEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootVersion;

/**
 * Real Spring Boot applications on Logback, started with and without redaction, each receiving
 * one request that logs a bearer token, a password and an API key.
 */
final class LogbackStarterTest {
  @TempDir
  Path dir;

  @Test
  void masksEverySecretOnTheConsoleAndChangesNothingElse() {
    DemoApplication.Run plain = DemoApplication.run(Map.of(WITHOUT_STARTER, "true"));
    DemoApplication.Run redacted = DemoApplication.run(Map.of());

    assertThat(plain.console()).contains(TOKEN, PASSWORD, API_KEY);
    assertThat(redacted.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .doesNotContain(API_KEY.substring(8));
    assertThat(comparable(redacted.console())).isEqualTo(comparable(masked(plain.console())));
    assertThat(redacted.lines())
        .anyMatch(line -> line.matches(".* org\\.apache\\.hc\\.client5\\.http\\.headers +: "
            + "http-outgoing-\\d+ >> Authorization: Bearer \\[REDACTED]"))
        .anyMatch(line -> line.contains(" o.s.w.f.CommonsRequestLoggingFilter      : Before request"
            + " [GET /orders?user=alice&password=[REDACTED], headers=["
            + DemoApplication.authorizationHeader() + ":\"Bearer [REDACTED]\", "))
        .contains("java.lang.IllegalStateException: payment gateway rejected key "
            + "sk_live_[REDACTED] for alice");
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
    Map<String, Object> ecs = Map.of("logging.structured.format.console", "ecs");
    DemoApplication.Run plain = DemoApplication.run(
        Map.of(WITHOUT_STARTER, "true", "logging.structured.format.console", "ecs"));
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
        "logging.config", "classpath:logback-spring-mixed.xml",
        "logging.file.name", file.toString()));

    assertThat(run.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
        .contains("Authorization: Bearer [REDACTED]");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(TOKEN)
        .doesNotContain(PASSWORD).contains("Authorization: Bearer [REDACTED]");
  }

  @Test
  void theDocumentedLogbackSpringXmlWritesSpringBootsLinesMaskedWithAndWithoutTheStarter()
      throws Exception {
    Path plainFile = dir.resolve("plain.log");
    DemoApplication.Run plain = DemoApplication.run(Map.of(WITHOUT_STARTER, "true",
        "logging.file.name", plainFile.toString()));
    String plainLog = Files.readString(plainFile, StandardCharsets.UTF_8);
    assertThat(plainLog).contains(TOKEN, PASSWORD, API_KEY);
    for (String without : new String[] {"true", "false"}) {
      Path file = dir.resolve("app-" + without + ".log");
      DemoApplication.Run run = DemoApplication.run(Map.of(
          "logging.config", "classpath:logback-spring-redacting.xml",
          "logging.file.name", file.toString(), WITHOUT_STARTER, without));
      String log = Files.readString(file, StandardCharsets.UTF_8);

      assertThat(run.console()).doesNotContain(TOKEN).doesNotContain(PASSWORD)
          .doesNotContain(API_KEY.substring(8)).contains("Authorization: Bearer [REDACTED]");
      assertThat(comparable(run.console()))
          .isEqualTo(comparable(withoutPackagingData(masked(plain.console()))));
      assertThat(comparable(log)).isEqualTo(comparable(withoutPackagingData(masked(plainLog))));
    }
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
  void redactsEveryScanReloadOfLogbackSpringXmlOnce() throws Exception {
    Path config = dir.resolve("logback-spring.xml");
    DemoApplication.writeConfig("logback-spring-scan.xml", config, "v1", 0);
    List<String> versions = List.of("v2", "v3");
    DemoApplication.Run run = DemoApplication.run(Map.of("logging.config", config.toString(),
        "redactor.mask", "[HIDDEN]"), context -> {
          LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
          LoggerFactory.getLogger("app.reload").info("running v1, password={}", PASSWORD);
          // Another thread logs a password all along, through each reload.
          AtomicBoolean stop = new AtomicBoolean();
          AtomicInteger written = new AtomicInteger();
          Thread writer = new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
              LoggerFactory.getLogger("app.background").info("background {} password={}", n,
                  PASSWORD);
              written.incrementAndGet();
              LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
          }, "background-writer");
          writer.start();
          try {
            // Lines under v1 before the first reload, however slowly the thread starts.
            DemoApplication.await(() -> written.get() >= 3, "the background thread logs");
            for (int i = 0; i < versions.size(); i++) {
              String version = versions.get(i);
              DemoApplication.writeConfig("logback-spring-scan.xml", config, version, i + 1);
              DemoApplication.await(() -> consoleEncoder(logback)
                  .map(encoder -> encoder.getPattern().startsWith(version + " ")
                      && encoder instanceof RedactingPatternLayoutEncoder)
                  .orElse(false), "Logback reloads " + version + " and the starter redacts it");
              LoggerFactory.getLogger("app.reload").info("running {}, password={}", version,
                  PASSWORD);
            }
            // And under the last version, which is in force from here on.
            int before = written.get();
            DemoApplication.await(() -> written.get() >= before + 3,
                "the background thread logs under " + versions.get(versions.size() - 1));
          } finally {
            stop.set(true);
            try {
              writer.join();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
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
            + "sk_live_[HIDDEN] for alice\n")
        .containsPattern("\nv1 INFO  app\\.background : background \\d+ password=\\[HIDDEN]\n")
        .containsPattern("\nv3 INFO  app\\.background : background \\d+ password=\\[HIDDEN]\n");
    // Each line of the other thread whole and masked, whichever version wrote it.
    assertThat(run.lines()).filteredOn(line -> line.contains("app.background"))
        .allMatch(line -> line.matches(
            "v[123] INFO  app\\.background : background \\d+ password=\\[HIDDEN]"));
    // Redacted once: the console appender is Logback's own, with the starter's encoder in it.
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(logback.getLogger("ROOT").getAppender("CONSOLE"))
        .isExactlyInstanceOf(ConsoleAppender.class);
    assertThat(logback.getTurboFilterList()).isEmpty();
  }

  private static Optional<PatternLayoutEncoderBase<?>> consoleEncoder(LoggerContext logback) {
    return Optional.ofNullable(logback.getLogger("ROOT").getAppender("CONSOLE"))
        .filter(OutputStreamAppender.class::isInstance)
        .map(appender -> ((OutputStreamAppender<?>) appender).getEncoder())
        .filter(PatternLayoutEncoderBase.class::isInstance)
        .map(encoder -> (PatternLayoutEncoderBase<?>) encoder);
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
