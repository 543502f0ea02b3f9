package io.redactor.logback;

import static io.redactor.logback.LogbackFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import io.redactor.Redactor;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PrefilterReportTest {
  @TempDir
  Path dir;

  @Test
  void reportsThePrefilterOnceThroughTheStatusChannel() {
    try (LogbackFixture logback = LogbackFixture.configure(getClass(), "two-components", dir)) {
      logback.logger("t").info("password={}", "hunter2");

      assertThat(logback.context.getStatusManager().getCopyOfStatusList().stream()
          .filter(s -> s.getLevel() == Status.INFO && s.getMessage().startsWith("Redactor"))
          .map(Status::getMessage)
          .collect(Collectors.toList()))
          .containsExactly("Redactor prefilter: " + Redactor.prefilter());
      assertThat(logback.file("app.log")).isEqualTo(lines("INFO  password=[REDACTED]"));
    }
  }
}
