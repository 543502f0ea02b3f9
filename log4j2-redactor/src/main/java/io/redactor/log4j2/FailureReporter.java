package io.redactor.log4j2;

import io.redactor.Redactor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Reports the first failure to redact an event through Log4j's status logger. Later failures of
 * the same component are counted out: a failure that repeats on every event must not flood the
 * status output, and each failed event already carries {@link Redactor#FAILURE_MARKER}.
 */
final class FailureReporter implements Consumer<Throwable> {
  private static final Logger LOGGER = StatusLogger.getLogger();

  private final String component;
  private final AtomicBoolean reported = new AtomicBoolean();

  FailureReporter(String component) {
    this.component = component;
  }

  @Override
  public void accept(Throwable failure) {
    if (reported.compareAndSet(false, true)) {
      LOGGER.error("{} could not redact an event and wrote {} in its place; later failures are not"
          + " reported", component, Redactor.FAILURE_MARKER, failure);
    }
  }
}
