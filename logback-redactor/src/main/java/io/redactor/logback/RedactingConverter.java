package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.FormattingConverter;
import io.redactor.Redactor;
import java.util.List;

/**
 * A composite conversion word that redacts what its sub-pattern renders, for patterns kept in a
 * plain {@code PatternLayoutEncoder} or in a layout that another component builds.
 *
 * <pre>{@code
 * <conversionRule conversionWord="redact" class="io.redactor.logback.RedactingConverter"/>
 * ...
 * <pattern>%d %-5level %logger - %redact(%msg%n%ex){}</pattern>
 * <pattern>%d %-5level %logger - %redact(%msg){keys=ssn; style=label}%n%redact(%ex){}</pattern>
 * }</pre>
 *
 * <p>Options in braces are the option string of the core library. Logback splits them at commas
 * (they are joined back) and ends them at the first {@code }}: quote an option holding a brace,
 * {@code %redact(%msg){"rule=ticket:ticket=:T-[0-9]{8}"}}.
 *
 * <p>Two things to know about the pattern syntax. Logback's parser reads {@code %redact(%msg)%n}
 * as {@code %redact(%msg)} followed by the literal text {@code %n}: write {@code %redact(%msg){}%n}
 * (empty options), {@code %redact(%msg%n)} or a space before the {@code %}. And a stack trace is
 * redacted only inside {@code %redact(...)}: when the sub-pattern holds {@code %ex} (or any
 * throwable word), Logback appends no second stack trace of its own; when no part of the pattern
 * does, Logback appends one outside and unredacted, so put {@code %ex} inside, or use
 * {@link RedactingPatternLayoutEncoder}, which redacts every part of every pattern.
 *
 * <p>Truncation inside the sub-pattern ({@code %redact(%.-20msg)}) applies before redaction and
 * can cut a secret so that it is no longer recognized: truncate outside,
 * {@code %.-200redact(%msg){}}. Bad options are reported through Logback's status at start; the
 * converter then writes {@link Redactor#FAILURE_MARKER} in place of its sub-pattern.
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
  private Redaction redaction;

  /** Created by Logback's pattern compiler. */
  public RedactingConverter() {
    // Configured through the options in braces, read in start().
  }

  @Override
  public void start() {
    redaction = new Redaction(this);
    List<String> optionList = getOptionList();
    if (optionList != null && !optionList.isEmpty()) {
      // Logback split the braces at every comma; the option string uses commas inside values.
      redaction.setOptions(String.join(",", optionList));
    }
    if (redaction.start()) {
      super.start();
    }
  }

  @Override
  public String convert(ILoggingEvent event) {
    if (!isStarted()) {
      return Redactor.FAILURE_MARKER;
    }
    try {
      Converter<ILoggingEvent> child = getChildConverter();
      if (child != null && child.getNext() == null && !(child instanceof FormattingConverter
          && ((FormattingConverter<?>) child).getFormattingInfo() != null)) {
        // One unformatted word, as %redact(%msg): its text itself, where Logback's own
        // convert() copies it into a new builder and out again.
        String text = child.convert(event);
        return transform(event, text == null ? "null" : text);
      }
      return super.convert(event);
    } catch (RuntimeException e) {
      redaction.failed(event, e);
      return Redactor.FAILURE_MARKER;
    }
  }

  @Override
  protected String transform(ILoggingEvent event, String in) {
    if (!isStarted()) {
      return Redactor.FAILURE_MARKER;
    }
    try {
      return redaction.redactMessage(event, in);
    } catch (RuntimeException e) {
      redaction.failed(event, e);
      return Redactor.FAILURE_MARKER;
    }
  }
}
