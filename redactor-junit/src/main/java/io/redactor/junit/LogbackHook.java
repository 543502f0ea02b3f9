package io.redactor.junit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.status.Status;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Hooks the Logback context bound to SLF4J: every {@link OutputStreamAppender} (console, file,
 * rolling file), also behind an {@code AsyncAppender} or a {@code RedactingAppender}, gets its
 * encoder wrapped in one that hands the bytes the real encoder produced to the sink and returns
 * them unchanged.
 */
final class LogbackHook implements FrameworkHook {
  private final Map<OutputStreamAppender<?>, CapturingEncoder<?>> hooked = new IdentityHashMap<>();

  @Override
  public void hook(Sink sink) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) {
      return;
    }
    Set<Appender<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Logger logger : ((LoggerContext) factory).getLoggerList()) {
      visit(logger, seen, sink);
    }
  }

  private void visit(AppenderAttachable<ILoggingEvent> attachable, Set<Appender<?>> seen,
      Sink sink) {
    Iterator<Appender<ILoggingEvent>> appenders = attachable.iteratorForAppenders();
    while (appenders.hasNext()) {
      Appender<ILoggingEvent> appender = appenders.next();
      if (!seen.add(appender)) {
        continue;
      }
      if (appender instanceof OutputStreamAppender) {
        hook((OutputStreamAppender<ILoggingEvent>) appender, sink);
      }
      if (appender instanceof AppenderAttachable) {
        @SuppressWarnings("unchecked")
        AppenderAttachable<ILoggingEvent> nested = (AppenderAttachable<ILoggingEvent>) appender;
        visit(nested, seen, sink);
      }
    }
  }

  private <E> void hook(OutputStreamAppender<E> appender, Sink sink) {
    Encoder<E> encoder = appender.getEncoder();
    if (encoder == null || encoder instanceof CapturingEncoder || hooked.containsKey(appender)) {
      return;
    }
    CapturingEncoder<E> capturing = new CapturingEncoder<>(encoder, appender.getName(), sink);
    appender.setEncoder(capturing);
    hooked.put(appender, capturing);
  }

  @Override
  public void unhookAll() {
    for (Map.Entry<OutputStreamAppender<?>, CapturingEncoder<?>> entry : hooked.entrySet()) {
      restore(entry.getKey(), entry.getValue());
    }
    hooked.clear();
  }

  @SuppressWarnings("unchecked")
  private static <E> void restore(OutputStreamAppender<E> appender, CapturingEncoder<?> capturing) {
    capturing.disable();
    if (appender.getEncoder() == capturing) {
      appender.setEncoder((Encoder<E>) capturing.delegate);
    }
  }

  /** Returns what the real encoder returns, and hands a copy of it, as text, to the sink. */
  static final class CapturingEncoder<E> implements Encoder<E> {
    final Encoder<E> delegate;
    private final String appender;
    private final Sink sink;
    private final Charset charset;
    private volatile boolean enabled = true;

    CapturingEncoder(Encoder<E> delegate, String appender, Sink sink) {
      this.delegate = delegate;
      this.appender = appender;
      this.sink = sink;
      Charset configured = delegate instanceof LayoutWrappingEncoder
          ? ((LayoutWrappingEncoder<?>) delegate).getCharset() : null;
      this.charset = configured != null ? configured
          : delegate instanceof LayoutWrappingEncoder ? Charset.defaultCharset()
          : StandardCharsets.UTF_8;
    }

    void disable() {
      enabled = false;
    }

    @Override
    public byte[] encode(E event) {
      byte[] bytes = delegate.encode(event);
      capture(event instanceof ILoggingEvent ? ((ILoggingEvent) event).getLoggerName() : null,
          bytes);
      return bytes;
    }

    @Override
    public byte[] headerBytes() {
      byte[] bytes = delegate.headerBytes();
      capture(null, bytes);
      return bytes;
    }

    @Override
    public byte[] footerBytes() {
      byte[] bytes = delegate.footerBytes();
      capture(null, bytes);
      return bytes;
    }

    private void capture(String logger, byte[] bytes) {
      if (enabled && bytes != null && bytes.length > 0) {
        sink.accept(appender, logger, new String(bytes, charset));
      }
    }

    @Override
    public void start() {
      delegate.start();
    }

    @Override
    public void stop() {
      delegate.stop();
    }

    @Override
    public boolean isStarted() {
      return delegate.isStarted();
    }

    @Override
    public void setContext(Context context) {
      delegate.setContext(context);
    }

    @Override
    public Context getContext() {
      return delegate.getContext();
    }

    @Override
    public void addStatus(Status status) {
      delegate.addStatus(status);
    }

    @Override
    public void addInfo(String msg) {
      delegate.addInfo(msg);
    }

    @Override
    public void addInfo(String msg, Throwable ex) {
      delegate.addInfo(msg, ex);
    }

    @Override
    public void addWarn(String msg) {
      delegate.addWarn(msg);
    }

    @Override
    public void addWarn(String msg, Throwable ex) {
      delegate.addWarn(msg, ex);
    }

    @Override
    public void addError(String msg) {
      delegate.addError(msg);
    }

    @Override
    public void addError(String msg, Throwable ex) {
      delegate.addError(msg, ex);
    }
  }
}
