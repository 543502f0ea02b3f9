package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An appender that fails on some events, as a network appender does when its peer is down: it
 * keeps the formatted message of each event it delivers, and throws, quoting the message, when the
 * message holds {@link #TRIGGER}. Tests read what it delivered by appender name.
 */
public final class ThrowingAppender extends AppenderBase<ILoggingEvent> {
  static final String KEY = "delivered-messages:";
  static final String TRIGGER = "undeliverable";
  private final List<String> delivered = new CopyOnWriteArrayList<>();

  @Override
  public void start() {
    getContext().putObject(KEY + getName(), delivered);
    super.start();
  }

  @Override
  protected void append(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    if (message.contains(TRIGGER)) {
      throw new IllegalStateException("cannot deliver " + message);
    }
    delivered.add(message);
  }
}
