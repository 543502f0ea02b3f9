package io.redactor.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.filter.Filterable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logback bound to SLF4J and Log4j 2 used through its own API, in one test. */
final class BothFrameworksTest {

  @AfterEach
  void quiet() {
    LogbackConfig.reset();
    Log4j2Config.reset();
  }

  @Test
  void namesTheAppendersOfBothFrameworks() {
    Throwable failure = Kit.onlyFailure(Kit.run(LogsThroughBoth.class));

    assertThat(failure)
        .hasMessageContaining("rule stripe-key, appender LOGBACK_FILE, logger app.new: "
            + "INFO  app.new - charging with [REDACTED]")
        .hasMessageContaining("rule stripe-key, appender Log4jFile, logger app.legacy: "
            + "INFO  app.legacy - refunding with [REDACTED]");
    assertThat(((Filterable) LogsThroughBoth.log4jFile).getFilter()).isNull();
  }

  @TokenFreeLogs
  static final class LogsThroughBoth {
    static Appender log4jFile;

    @BeforeAll
    static void configure() {
      LogbackConfig.load("BothFrameworksTest-logback.xml");
      log4jFile = Log4j2Config.load("BothFrameworksTest-log4j2.xml").getConfiguration()
          .getAppender("Log4jFile");
    }

    @Test
    void chargesAndRefunds(Canaries canaries) {
      LoggerFactory.getLogger("app.new").info("charging with {}", canaries.stripeKey());
      LogManager.getLogger("app.legacy").info("refunding with {}", canaries.stripeKey());
    }
  }
}
