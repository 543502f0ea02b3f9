package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the events it receives, so that a test can look at them after other appenders did. */
public final class EventCapturingAppender extends AppenderBase<ILoggingEvent> {
  static final String KEY = "captured-events:";
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void start() {
    getContext().putObject(KEY + getName(), events);
    super.start();
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.add(event);
  }
}
