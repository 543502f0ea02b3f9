package io.redactor.logback;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A custom conversion word that fails on some events: it writes {@code order=<MDC order>}, and
 * throws, quoting the message, when the message holds {@link #TRIGGER}.
 */
public final class ThrowingConverter extends ClassicConverter {
  static final String TRIGGER = "unrenderable";

  @Override
  public String convert(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    if (message.contains(TRIGGER)) {
      throw new IllegalStateException("cannot render the order of " + message);
    }
    return "order=" + event.getMDCPropertyMap().get("order");
  }
}
