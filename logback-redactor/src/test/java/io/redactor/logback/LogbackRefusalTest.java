package io.redactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Logback 1.2 every component refuses to start, with a status error naming the Logback version
 * and the component, and writes nothing; the application goes on, and so do its other appenders.
 * Only the compatibility matrix runs a Logback this old; on newer ones the test is skipped. It
 * configures its own context: the shared fixture uses API that came with Logback 1.3.
 */
final class LogbackRefusalTest {
  @TempDir
  Path dir;

  @Test
  void everyComponentRefusesLogbackOneTwoAndTheOtherAppendersGoOn() throws Exception {
    Assumptions.assumeFalse(LogbackVersion.atLeast("1.3"),
        "Logback " + LogbackVersion.CURRENT + " is supported: nothing is refused");
    LoggerContext context = new LoggerContext();
    context.putProperty("dir", dir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try (InputStream xml = getClass().getResourceAsStream("/LogbackRefusalTest-all.xml")) {
      configurator.doConfigure(xml);
    }

    context.getLogger("t").info("Authorization: Bearer abc.def.ghi",
        new IllegalStateException("password=hunter2"));
    context.stop();

    List<String> errors = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getLevel() == Status.ERROR).map(Status::getMessage)
        .collect(Collectors.toList());
    String refused = " not started: Logback " + LogbackVersion.CURRENT
        + " is not supported; allowed: Logback 1.3 or later, with SLF4J 2";
    assertThat(errors).contains("RedactingPatternLayoutEncoder" + refused,
        "RedactingEncoder" + refused, "RedactingConverter" + refused,
        "RedactingAppender" + refused);
    assertThat(read("pattern.log")).isEmpty();
    assertThat(read("wrapping.log")).isEmpty();
    // The refused converter writes the marker in place of its sub-pattern; Logback 1.2, which
    // does not see the %ex inside it, then appends the stack trace outside, as it does for any
    // pattern without one (the documentation says to use Logback 1.3 or later).
    assertThat(read("converter.log"))
        .startsWith("INFO  t - " + io.redactor.Redactor.FAILURE_MARKER
            + "java.lang.IllegalStateException: password=hunter2");
    assertThat(read("behind.log")).isEmpty();
    assertThat(read("plain.log")).startsWith("INFO  t - Authorization: Bearer abc.def.ghi\n"
        + "java.lang.IllegalStateException: password=hunter2\n");
  }

  private String read(String name) throws Exception {
    Path file = dir.resolve(name);
    return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
  }
}
