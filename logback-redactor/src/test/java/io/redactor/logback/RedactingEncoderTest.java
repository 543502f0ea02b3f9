package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.MarkerFactory;

final class RedactingEncoderTest {
  static final String BEARER = RedactingPatternLayoutEncoderTest.BEARER;

  @TempDir
  Path dir;

  @Test
  void masksEveryFieldOfLogbacksJsonEncoder() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    Logger log = logback.logger("t");
    logback.context.getMDCAdapter().put("password", "hunter2");
    log.atInfo()
        .addKeyValue("api_key", "abc123")
        .addMarker(MarkerFactory.getMarker("AUDIT"))
        .log("payload {}", "{\"password\":\"hunter2\"}");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"markers\": [\"AUDIT\"],"
            + "\"mdc\": {\"password\":\"[REDACTED]\"},"
            + "\"kvpList\": [{\"api_key\":\"[REDACTED]\"}],\"message\":\"payload {}\","
            + "\"formattedMessage\":\"payload {\\\"password\\\":\\\"[REDACTED]\\\"}\","
            + "\"arguments\": [\"{\\\"password\\\":\\\"[REDACTED]\\\"}\"],\"throwable\":null}"));
  }

  @Test
  void masksJsonEncoderWithItsDefaults() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json-default", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo().addKeyValue("api_key", "abc123")
        .log("login {} with password={}", "bob", "hunter2");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.json"))
        .contains("\"mdc\": {\"password\":\"[REDACTED]\"}")
        .contains("\"kvpList\": [{\"api_key\":\"[REDACTED]\"}]")
        .contains("\"message\":\"login {} with password={}\"")
        .contains("\"arguments\": [\"bob\",\"[REDACTED]\"]")
        .doesNotContain("hunter2").doesNotContain("abc123");
  }

  @Test
  void masksExceptionMessagesCausesAndSuppressedInJson() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    IllegalStateException failure = new IllegalStateException(
        "upstream rejected Bearer " + BEARER, new java.io.IOException("password=hunter2"));
    failure.addSuppressed(new RuntimeException("cannot reach https://bob:secret@db.example.com/x"));
    logback.logger("t").error("call failed", failure);

    String written = logback.file("app.json");

    assertThat(written)
        .startsWith("{\"level\":\"ERROR\",\"loggerName\":\"t\",\"mdc\": {},"
            + "\"message\":\"call failed\",\"formattedMessage\":\"call failed\","
            + "\"throwable\":{\"className\":\"java.lang.IllegalStateException\","
            + "\"message\":\"upstream rejected Bearer [REDACTED]\",")
        .contains("\"cause\":{\"className\":\"java.io.IOException\","
            + "\"message\":\"password=[REDACTED]\",")
        .contains("\"suppressed\":[{\"className\":\"java.lang.RuntimeException\","
            + "\"message\":\"cannot reach https:\\/\\/bob:[REDACTED]@db.example.com\\/x\",")
        .contains("\"commonFramesCount\":")
        .doesNotContain(BEARER).doesNotContain("hunter2").doesNotContain("secret@");
  }

  @Test
  void masksArgumentsThatAreSecretsOnlyInTheMessage() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    logback.logger("t").info("login {} with password={}", "bob", "hunter2");

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {},"
            + "\"message\":\"login {} with password={}\","
            + "\"formattedMessage\":\"login bob with password=[REDACTED]\","
            + "\"arguments\": [\"bob\",\"[REDACTED]\"],\"throwable\":null}"));
  }

  @Test
  void keepsTheRestOfAJsonLineAfterAnAuthorizationHeader() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    logback.logger("t").info("sent Authorization: Bearer {}", BEARER);

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {},"
            + "\"message\":\"sent Authorization: Bearer {}\","
            + "\"formattedMessage\":\"sent Authorization: Bearer [REDACTED]\","
            + "\"arguments\": [\"[REDACTED]\"],\"throwable\":null}"));
  }

  @Test
  void masksLogstashEncoderOutput() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "logstash", dir);
    logback.context.getMDCAdapter().put("password", "hunter2");
    logback.logger("t").atInfo()
        .addKeyValue("api_key", "abc123")
        .log("payload {} and token sk_live_{}", "{\"password\":\"hunter2\"}",
            "RgxqXDqTASJmm66qZ7YoefhO");
    logback.context.getMDCAdapter().clear();

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"message\":\"payload {\\\"password\\\":\\\"[REDACTED]\\\"}"
            + " and token sk_live_[REDACTED]\","
            + "\"logger_name\":\"t\",\"level\":\"INFO\",\"password\":\"[REDACTED]\","
            + "\"api_key\":\"[REDACTED]\"}"));
  }

  @Test
  void masksANestedPatternEncoderWithOptions() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "pattern", dir);
    logback.logger("t").info("Authorization: Bearer {}", BEARER);

    assertThat(logback.memory("MEMORY")).isEqualTo(lines(
        "INFO  Authorization: Bearer [REDACTED:authorization-header] |  | "));
    logback.close();
  }

  @Test
  void seesOnlyWhatANestedEncoderLeftAfterTruncating() {
    // Redacting finished bytes comes after the nested pattern's truncation; a header keeps its
    // meaning when cut, so the remaining part of the token is still found.
    LogbackFixture logback = LogbackFixture.configure(getClass(), "truncation", dir);
    logback.logger("t").info("Authorization: Bearer " + BEARER + " sent");

    assertThat(logback.memory("MEMORY")).isEqualTo(lines("Authorization: Bearer [REDACTED]|"));
    logback.close();
  }

  @Test
  void keepsTheRestOfAJsonLineAfterAnAuthorizationHeaderInAnExceptionMessage() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "json", dir);
    logback.logger("t").error("call failed",
        new IllegalStateException("upstream said Authorization: Bearer " + BEARER));

    assertThat(logback.file("app.json"))
        .contains("\"message\":\"upstream said Authorization: Bearer [REDACTED]\",\"stepArray\":[")
        .endsWith("}}" + System.lineSeparator());
  }

  @Test
  void masksThroughAnAsyncAppender() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "async", dir);
    logback.logger("t").info("db at https://bob:secret@db.example.com/x");

    assertThat(logback.file("app.json")).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {},"
            + "\"message\":\"db at https:\\/\\/bob:[REDACTED]@db.example.com\\/x\","
            + "\"throwable\":null}"));
  }

  @Test
  void writesTheNestedEncodersOwnBytesWhenClean() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "failure", dir);
    RedactingEncoder encoder = (RedactingEncoder) ((ch.qos.logback.core.OutputStreamAppender<?>)
        logback.context.getLogger("ROOT").getAppender("MEMORY")).getEncoder();
    ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent(
        "fqcn", logback.context.getLogger("t"), ch.qos.logback.classic.Level.INFO,
        "token count 42", null, null);

    byte[] encoded = encoder.encode(event);

    assertThat(new String(encoded, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(lines(
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {},\"message\":\"token count 42\","
            + "\"throwable\":null}"));
    logback.close();
  }

  @Test
  void refusesToStartOnABadOptionAndWritesNothing() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "bad-options", dir);
    logback.logger("t").info("password=hunter2");

    assertThat(logback.errors()).anySatisfy(error -> assertThat(error)
        .startsWith("RedactingEncoder not started: Redactor option 'rules' has invalid value ")
        .contains("no-such-rule"));
    assertThat(logback.statuses(Status.WARN)).contains(
        "RedactingEncoder is not started (see the errors above): events are dropped, not written");
    assertThat(logback.file("app.json")).isEmpty();
  }

  @Test
  void failsClosedForOneEventAndGoesOn() {
    LogbackFixture logback = LogbackFixture.configure(getClass(), "failure", dir);
    Logger log = logback.logger("t");
    log.atInfo().addKeyValue("order", new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("toString failed");
      }
    }).log("charged");
    log.info("next password=hunter2");

    assertThat(logback.memory("MEMORY")).isEqualTo(lines(
        "[REDACTION FAILED]",
        "{\"level\":\"INFO\",\"loggerName\":\"t\",\"mdc\": {},"
            + "\"message\":\"next password=[REDACTED]\",\"throwable\":null}"));
    assertThat(logback.errors()).containsExactly(
        "Redaction of a logging event failed; [REDACTION FAILED] was written in place of its text"
            + " / java.lang.IllegalStateException: toString failed");
    logback.close();
  }
}
