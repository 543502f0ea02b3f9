package io.redactor.log4j2;

import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * The redacted copy of a message that is not a {@code MapMessage}: its text is the redacted text
 * of the whole original message (a secret split between format and parameter, as in
 * {@code "Authorization: Bearer {}"}, is only seen there), while the format and the redacted
 * parameters stay available to layouts that render them apart.
 */
final class RedactedMessage implements Message, StringBuilderFormattable {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final String format;
  private final Object[] parameters;

  RedactedMessage(String text, String format, Object[] parameters) {
    this.text = text;
    this.format = format;
    this.parameters = parameters;
  }

  @Override
  public String getFormattedMessage() {
    return text;
  }

  @Override
  public void formatTo(StringBuilder buffer) {
    buffer.append(text);
  }

  @Override
  @SuppressWarnings("deprecation") // still part of the interface
  public String getFormat() {
    return format;
  }

  @Override
  public Object[] getParameters() {
    return parameters == null ? null : parameters.clone();
  }

  /** The event carries the (redacted) throwable; the message does not repeat it. */
  @Override
  public Throwable getThrowable() {
    return null;
  }

  @Override
  public String toString() {
    return text;
  }
}
