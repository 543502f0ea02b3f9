package io.redactor.logback;

import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;

/** An {@link OutputStreamAppender} writing to memory; tests read it by appender name. */
public final class MemoryAppender<E> extends OutputStreamAppender<E> {
  static final String KEY = "memory-appender:";

  @Override
  public void start() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    setOutputStream(bytes);
    getContext().putObject(KEY + getName(), bytes);
    super.start();
  }
}
