package io.redactor.log4j2;

import org.apache.logging.log4j.core.impl.Log4jLogEvent;

/**
 * The one place that works around differences between Log4j versions.
 *
 * <p>Up to at least 2.24, {@code Log4jLogEvent.Builder(LogEvent)} copied the source event's
 * {@code ThrowableProxy}, which {@code %xEx} renders, so a copy given a redacted throwable would
 * still print the original messages; 2.25.3 no longer copies it. Delete this class, and call
 * {@code setThrown} directly, once the oldest supported Log4j is one that does not.
 */
final class Log4jCompatibility {
  private Log4jCompatibility() {
  }

  /** Sets the copy's throwable and drops any proxy of the source's throwable. */
  @SuppressWarnings("deprecation")
  static void setThrown(Log4jLogEvent.Builder copy, Throwable thrown) {
    copy.setThrown(thrown).setThrownProxy(null);
  }
}
