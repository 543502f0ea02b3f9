package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redactor.Faults;
import io.redactor.Redactor;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.appender.AppenderLoggingException;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What gets written when something fails while an event is logged: a rule that throws (injected
 * through {@link Faults}), a layout part that throws inside {@code %redact{}}, an appender that
 * throws behind {@code <Rewrite>} with {@link RedactingRewritePolicy}. Logging goes on, the failing
 * event is written with {@link Redactor#FAILURE_MARKER} or not at all, and no secret is written,
 * reported or thrown.
 */
final class FaultInjectionTest {
  private static final String MARKER = Redactor.FAILURE_MARKER;
  private static final String NL = System.lineSeparator();

  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  /** The failures the injected rule throws. */
  enum RuleFault {
    EXCEPTION(new IllegalStateException("rule failed")),
    ERROR(new OutOfMemoryError("rule ran out of memory"));

    final Throwable failure;

    RuleFault(Throwable failure) {
      this.failure = failure;
    }

    Faults.Injected inject() {
      return failure instanceof Error
          ? Faults.errorOn("BOOM", (Error) failure)
          : Faults.throwOn("BOOM", (RuntimeException) failure);
    }
  }

  @ParameterizedTest
  @EnumSource(RuleFault.class)
  void writesTheMarkerForAnEventWhoseRuleThrowsThenGoesOn(RuleFault fault) {
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    Faults.Injected injected = fault.inject();
    try {
      Log4jFixture.configure("FaultInjectionTest.xml", out);
      ThreadContext.put("password", PASSWORD);

      for (String name : List.of("pattern", "rewrite")) {
        Logger logger = LogManager.getLogger(name);
        logger.info("BOOM Authorization: Bearer {}", BEARER_TOKEN);
        logger.warn("BOOM again with password={}", PASSWORD);
        logger.info("next Authorization: Bearer {}", BEARER_TOKEN);
      }

      // %redact replaces all it rendered, line separator included: the marker keeps the line.
      assertThat(Log4jFixture.read(out.resolve("pattern.log"))).isEqualTo(
          "INFO  pattern - " + MARKER + NL
          + "WARN  pattern - " + MARKER + NL
          + "INFO  pattern - next Authorization: Bearer [REDACTED] {password=[REDACTED]}" + NL);
      // The policy replaces the part it failed on, here the message, and redacts the rest.
      assertThat(Log4jFixture.read(out.resolve("rewritten.log"))).isEqualTo(
          "INFO  rewrite - " + MARKER + " {password=[REDACTED]}" + NL
          + "WARN  rewrite - " + MARKER + " {password=[REDACTED]}" + NL
          + "INFO  rewrite - next Authorization: Bearer [REDACTED] {password=[REDACTED]}" + NL);
      assertThat(errors.messages()).containsExactly(
          "%redact could not redact an event and wrote " + MARKER
              + " in its place; later failures are not reported",
          "RedactingRewritePolicy could not redact an event and wrote " + MARKER
              + " in its place; later failures are not reported");
      assertThat(errors.causes()).containsExactly(fault.failure, fault.failure);
    } finally {
      injected.close();
      errors.unregister();
    }
  }

  @Test
  void replacesEachPartOfAnEventThatTheRuleThrowsOnAndRedactsTheOthers() {
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    Faults.Injected injected = RuleFault.EXCEPTION.inject();
    try {
      Log4jFixture.configure("FaultInjectionTest.xml", out);
      // The rule throws on the key: the value, not a secret on its own, must not come out either.
      ThreadContext.put("BOOM_password", PASSWORD);
      ThreadContext.put("user", "bob");

      LogManager.getLogger("rewrite").error("login failed for password={}", PASSWORD,
          new IllegalStateException("BOOM at password=" + PASSWORD));

      List<String> lines = Log4jFixture.readLines(out.resolve("rewritten.log"));
      assertThat(lines.subList(0, 2)).containsExactly(
          "ERROR rewrite - login failed for password=[REDACTED] {BOOM_password=" + MARKER
              + ", user=bob}",
          "java.lang.IllegalStateException: " + MARKER);
      assertThat(lines.get(2)).startsWith("\tat io.redactor.log4j2.FaultInjectionTest.");
      assertThat(String.join(NL, lines)).doesNotContain(PASSWORD);
      assertThat(errors.messages()).hasSize(1);
      assertThat(errors.causes()).containsExactly(RuleFault.EXCEPTION.failure);
    } finally {
      injected.close();
      errors.unregister();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"exception", "error"})
  void writesTheMarkerForAnEventWhoseLayoutPartThrowsInsideRedactThenGoesOn(String name) {
    Log4jFixture.configure("FaultInjectionTest-layout.xml", out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Logger logger = LogManager.getLogger(name);
      logger.info("layout-fault while sending password={}", PASSWORD);
      logger.info("layout-fault again with Authorization: Bearer {}", BEARER_TOKEN);
      logger.info("next password={}", PASSWORD);

      assertThat(Log4jFixture.read(out.resolve(name + ".log"))).isEqualTo(
          "INFO  " + name + " - " + MARKER + NL
          + "INFO  " + name + " - " + MARKER + NL
          + "INFO  " + name + " - next password=[REDACTED]" + NL);
      assertThat(errors.messages()).containsExactly("%redact could not redact an event and wrote "
          + MARKER + " in its place; later failures are not reported");
      assertThat(errors.causes()).singleElement(InstanceOfAssertFactories.THROWABLE)
          .isInstanceOf(name.equals("error") ? OutOfMemoryError.class : IllegalStateException.class)
          .hasMessage("layout part failed");
    } finally {
      errors.unregister();
    }
  }

  @Test
  void writesOneMarkerLinePerEventWhenBuiltClosedOnBadOptions() {
    Log4jFixture.configure("FaultInjectionTest-closed.xml", out);

    LogManager.getLogger("closed").info("sending password={}", PASSWORD);
    LogManager.getLogger("closed").info("next Authorization: Bearer {}", BEARER_TOKEN);

    assertThat(Log4jFixture.read(out.resolve("closed.log"))).isEqualTo(
        "INFO  closed - " + MARKER + NL
        + "INFO  closed - " + MARKER + NL);
  }

  @Test
  void carriesOnPastAnAppenderThatThrowsWhenItsExceptionsAreIgnored() {
    LoggerContext context = Log4jFixture.configure("FaultInjectionTest-appender.xml", out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Logger logger = LogManager.getLogger("tolerant");
      logger.info("saving password={}", PASSWORD);
      logger.warn("quota exceeded for Authorization: Bearer {}", BEARER_TOKEN);
      logger.info("next password={}", PASSWORD);

      assertThat(Log4jFixture.read(out.resolve("healthy.log"))).isEqualTo(
          "INFO  tolerant - saving password=[REDACTED]" + NL
          + "WARN  tolerant - quota exceeded for Authorization: Bearer [REDACTED]" + NL
          + "INFO  tolerant - next password=[REDACTED]" + NL);
      assertThat(FailingAppender.named(context, "Tolerant").written()).containsExactly(
          "INFO  tolerant - saving password=[REDACTED]",
          "INFO  tolerant - next password=[REDACTED]");
      // Log4j's error handler reports the appender's exception, which saw only the redacted event.
      assertThat(errors.messages())
          .containsExactly("An exception occurred processing Appender Tolerant");
      assertThat(errors.causes()).singleElement(InstanceOfAssertFactories.THROWABLE)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot write: WARN  tolerant - quota exceeded for Authorization: Bearer [REDACTED]");
    } finally {
      errors.unregister();
    }
  }

  /**
   * With {@code ignoreExceptions="false"} on the failing appender and on the {@code <Rewrite>} in
   * front of it, Log4j hands the exception to the caller, by design; the policy does not catch it.
   */
  @Test
  void letsTheCallerSeeAnAppenderExceptionWhenAskedToAndOnlyTheRedactedEventInIt() {
    LoggerContext context = Log4jFixture.configure("FaultInjectionTest-appender.xml", out);
    Log4jFixture.StatusErrors errors = Log4jFixture.StatusErrors.register();
    try {
      Logger logger = LogManager.getLogger("strict");
      logger.info("saving password={}", PASSWORD);
      Throwable thrown = catchThrowable(
          () -> logger.warn("quota exceeded for Authorization: Bearer {}", BEARER_TOKEN));
      logger.info("next password={}", PASSWORD);

      assertThat(thrown).isInstanceOf(AppenderLoggingException.class)
          .hasMessage("An exception occurred processing Appender Strict")
          .rootCause().isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot write: WARN  strict - quota exceeded for Authorization: Bearer [REDACTED]");
      assertThat(Log4jFixture.read(out.resolve("healthy.log"))).isEqualTo(
          "INFO  strict - saving password=[REDACTED]" + NL
          + "WARN  strict - quota exceeded for Authorization: Bearer [REDACTED]" + NL
          + "INFO  strict - next password=[REDACTED]" + NL);
      assertThat(FailingAppender.named(context, "Strict").written()).containsExactly(
          "INFO  strict - saving password=[REDACTED]",
          "INFO  strict - next password=[REDACTED]");
      assertThat(errors.messages()).containsExactly(
          "An exception occurred processing Appender Strict",
          "An exception occurred processing Appender RedactingStrict");
      assertThat(errors.causes())
          .allSatisfy(cause -> assertThat(chainText(cause)).doesNotContain(BEARER_TOKEN));
    } finally {
      errors.unregister();
    }
  }

  private static String chainText(Throwable thrown) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t));
    }
    return String.join(" / ", messages);
  }

  /**
   * {@code %failOn{text}} or {@code %failOn{text}{error}}: renders nothing, and throws an
   * {@code IllegalStateException} (an {@code OutOfMemoryError} with {@code error}) for an event
   * whose message contains {@code text}.
   */
  @Plugin(name = "FailOnConverter", category = PatternConverter.CATEGORY)
  @ConverterKeys({"failOn"})
  public static final class FailOnConverter extends LogEventPatternConverter {
    private final String trigger;
    private final boolean error;

    private FailOnConverter(String trigger, boolean error) {
      super("failOn", "failOn");
      this.trigger = trigger;
      this.error = error;
    }

    /** Called by Log4j's pattern parser. */
    public static FailOnConverter newInstance(String[] options) {
      return new FailOnConverter(options[0], options.length > 1 && options[1].equals("error"));
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
      if (event.getMessage().getFormattedMessage().contains(trigger)) {
        if (error) {
          throw new OutOfMemoryError("layout part failed");
        }
        throw new IllegalStateException("layout part failed");
      }
    }
  }

  /**
   * {@code <Failing name="..." failOn="text">} with a layout: keeps what its layout renders of
   * each event, and throws instead for an event whose rendering contains {@code failOn}, naming
   * that rendering.
   */
  @Plugin(name = "Failing", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
  public static final class FailingAppender extends AbstractAppender {
    private final String failOn;
    private final List<String> written = new CopyOnWriteArrayList<>();

    private FailingAppender(String name, Layout<? extends Serializable> layout,
        boolean ignoreExceptions, String failOn) {
      super(name, null, layout, ignoreExceptions, Property.EMPTY_ARRAY);
      this.failOn = failOn;
    }

    /** Called by Log4j for {@code <Failing>}. */
    @PluginFactory
    public static FailingAppender createAppender(
        @PluginAttribute("name") String name,
        @PluginAttribute("failOn") String failOn,
        @PluginAttribute(value = "ignoreExceptions", defaultBoolean = true) boolean ignoreExceptions,
        @PluginElement("Layout") Layout<? extends Serializable> layout) {
      return new FailingAppender(name, layout, ignoreExceptions, failOn);
    }

    static FailingAppender named(LoggerContext context, String name) {
      return context.getConfiguration().getAppender(name);
    }

    @Override
    public void append(LogEvent event) {
      String rendered = String.valueOf(getLayout().toSerializable(event));
      if (rendered.contains(failOn)) {
        throw new IllegalStateException("cannot write: " + rendered);
      }
      written.add(rendered);
    }

    List<String> written() {
      return written;
    }
  }
}
