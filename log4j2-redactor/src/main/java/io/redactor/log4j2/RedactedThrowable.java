package io.redactor.log4j2;

/**
 * Stands in for a throwable whose class cannot be instantiated again with a redacted message (no
 * public {@code (String)} or {@code (String, Throwable)} constructor, or a message computed from
 * fields). It prints as the original: {@link #toString()}, and so {@code printStackTrace}, name
 * the original class; only renderers that ask {@code getClass()} see this class.
 */
final class RedactedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

  private final String className;

  RedactedThrowable(String className, String message) {
    super(message);
    this.className = className;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    // The stack trace is the original's, set by the copier.
    return this;
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return message == null ? className : className + ": " + message;
  }
}
