package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.AWS_KEY_ID;
import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.GITHUB_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static io.redactor.log4j2.Secrets.STRIPE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.layout.template.json.util.JsonReader;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code JsonTemplateLayout} with the ECS template behind the rewrite policy. */
final class RedactingRewritePolicyJsonTest {
  private static final String CONFIG = "RedactingRewritePolicyTest-json.xml";

  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  private List<String> logged(int count) {
    return Log4jFixture.awaitLines(out.resolve("json.log"), count);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String line) {
    return (Map<String, Object>) JsonReader.read(line);
  }

  @Test
  void masksSecretsInsideJsonStringsOfTheMessage() {
    Log4jFixture.configure(CONFIG, out);
    Logger logger = LogManager.getLogger("app");

    logger.info("payload {\"password\":\"" + PASSWORD + "\",\"user\":\"bob\"}");
    logger.info("escaped {\\\"password\\\":\\\"" + PASSWORD + "\\\"}");

    List<String> lines = logged(2);
    assertThat(json(lines.get(0))).containsEntry("message",
        "payload {\"password\":\"[REDACTED]\",\"user\":\"bob\"}");
    assertThat(json(lines.get(1))).containsEntry("message",
        "escaped {\\\"password\\\":\\\"[REDACTED]\\\"}");
    assertThat(String.join("\n", lines)).doesNotContain(PASSWORD);
  }

  @Test
  void masksTheMessageTextAndEachParameter() {
    Log4jFixture.configure(CONFIG, out);

    LogManager.getLogger("app").info("Authorization: Bearer {} for {} with {} and {}", BEARER_TOKEN, "bob",
        AWS_KEY_ID, STRIPE_KEY);

    Map<String, Object> event = json(logged(1).get(0));
    assertThat(event).containsEntry("message",
        "Authorization: Bearer [REDACTED] for bob with AKIA[REDACTED] and sk_live_[REDACTED]");
    assertThat(event).containsEntry("parameters",
        List.of("[REDACTED]", "bob", "AKIA[REDACTED]", "sk_live_[REDACTED]"));
  }

  @Test
  void masksMapMessageValuesAndThreadContext() {
    Log4jFixture.configure(CONFIG, out);
    ThreadContext.put("password", PASSWORD);
    ThreadContext.put("user", "bob");

    LogManager.getLogger("app").info(new StringMapMessage().with("token", GITHUB_TOKEN).with("user", "bob"));

    String line = logged(1).get(0);
    Map<String, Object> event = json(line);
    assertThat(event).containsEntry("message", "token=\"[REDACTED]\" user=\"bob\"");
    assertThat(event).containsEntry("password", "[REDACTED]").containsEntry("user", "bob");
    assertThat(line).doesNotContain(PASSWORD, GITHUB_TOKEN);
  }

  @Test
  void masksTheExceptionChainKeepingItsTypeAndFrames() {
    Log4jFixture.configure(CONFIG, out);
    IllegalStateException failure = new IllegalStateException("login failed for password=" + PASSWORD,
        new IOException("Authorization: Bearer " + BEARER_TOKEN));
    failure.addSuppressed(new WithoutMessageConstructorException(GITHUB_TOKEN));

    LogManager.getLogger("app").error("request failed", failure);

    String line = logged(1).get(0);
    Map<String, Object> event = json(line);
    assertThat(event).containsEntry("error.type", "java.lang.IllegalStateException");
    assertThat(event).containsEntry("error.message", "login failed for password=[REDACTED]");
    assertThat((String) event.get("error.stack_trace"))
        .startsWith("java.lang.IllegalStateException: login failed for password=[REDACTED]")
        .contains("\tat io.redactor.log4j2.RedactingRewritePolicyJsonTest."
            + "masksTheExceptionChainKeepingItsTypeAndFrames(RedactingRewritePolicyJsonTest.java:")
        .contains("Suppressed: " + WithoutMessageConstructorException.class.getName()
            + ": token ghp_[REDACTED]")
        .contains("Caused by: java.io.IOException: Authorization: Bearer [REDACTED]");
    assertThat(line).doesNotContain(PASSWORD, BEARER_TOKEN, GITHUB_TOKEN.substring(4));
  }

  /** An exception that cannot be made again from a message: replaced by a stand-in. */
  public static final class WithoutMessageConstructorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WithoutMessageConstructorException(CharSequence token) {
      super("token " + token);
    }
  }
}
