package io.redactor.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a throwable proxy chain with every message redacted: class names, frames and
 * {@code commonFrames} kept, causes and suppressed throwables copied the same way. It holds no
 * reference to the original {@link Throwable}, whose messages are not redacted.
 */
final class RedactedThrowableProxy implements IThrowableProxy {
  private final String className;
  private final String message;
  private final String overridingMessage;
  private final StackTraceElementProxy[] frames;
  private final int commonFrames;
  private final boolean cyclic;
  private IThrowableProxy cause;
  private IThrowableProxy[] suppressed;

  private RedactedThrowableProxy(IThrowableProxy original, Redaction redaction, Object event) {
    className = original.getClassName();
    message = redaction.redact(event, original.getMessage());
    overridingMessage = redaction.redact(event, LogbackCompatibility.overridingMessage(original));
    frames = original.getStackTraceElementProxyArray();
    commonFrames = original.getCommonFrames();
    cyclic = original.isCyclic();
  }

  static IThrowableProxy copy(IThrowableProxy original, Redaction redaction, Object event) {
    return original == null
        ? null
        : copy(original, redaction, event, new IdentityHashMap<>());
  }

  private static IThrowableProxy copy(IThrowableProxy original, Redaction redaction, Object event,
      Map<IThrowableProxy, IThrowableProxy> copies) {
    IThrowableProxy done = copies.get(original);
    if (done != null) {
      return done;
    }
    RedactedThrowableProxy copy = new RedactedThrowableProxy(original, redaction, event);
    copies.put(original, copy);
    if (original.getCause() != null) {
      copy.cause = copy(original.getCause(), redaction, event, copies);
    }
    IThrowableProxy[] originalSuppressed = original.getSuppressed();
    if (originalSuppressed != null) {
      copy.suppressed = new IThrowableProxy[originalSuppressed.length];
      for (int i = 0; i < originalSuppressed.length; i++) {
        copy.suppressed[i] = copy(originalSuppressed[i], redaction, event, copies);
      }
    }
    return copy;
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public String getOverridingMessage() {
    return overridingMessage;
  }

  @Override
  public String getClassName() {
    return className;
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return frames;
  }

  @Override
  public int getCommonFrames() {
    return commonFrames;
  }

  @Override
  public IThrowableProxy getCause() {
    return cause;
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    return suppressed;
  }

  @Override
  public boolean isCyclic() {
    return cyclic;
  }
}
