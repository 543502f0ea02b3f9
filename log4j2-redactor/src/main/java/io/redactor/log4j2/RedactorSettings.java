package io.redactor.log4j2;

import io.redactor.Redactor;
import io.redactor.RedactorConfigException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Turns what a {@code log4j2.xml} element says (an option string, attributes, nested properties)
 * into one option string and builds the {@link Redactor} from it, so that every setting is
 * validated, and reported, by the core in the same words.
 */
final class RedactorSettings {
  private static final Logger LOGGER = StatusLogger.getLogger();

  /** A value whose key every default rule set treats as sensitive, to learn the mask text. */
  private static final String MASK_PROBE_KEY = "password=";
  private static final String MASK_PROBE = MASK_PROBE_KEY + "probe-value-1234";

  /** The prefilter is chosen once per JVM, so it is reported once, by the first component. */
  private static final AtomicBoolean PREFILTER_REPORTED = new AtomicBoolean();

  private final StringBuilder options = new StringBuilder();

  /** Appends a whole option string as the user wrote it. */
  RedactorSettings options(String optionString) {
    if (optionString != null && !optionString.trim().isEmpty()) {
      separate();
      options.append(optionString);
    }
    return this;
  }

  /** Appends one option; a missing or blank value is ignored. */
  RedactorSettings option(String name, String value) {
    if (value != null && !value.trim().isEmpty()) {
      separate();
      options.append(name).append('=');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == ';') {
          options.append('\\');
        }
        options.append(c);
      }
    }
    return this;
  }

  private void separate() {
    if (options.length() > 0) {
      options.append(';');
    }
  }

  /**
   * Builds the redactor, or reports why it cannot be built through Log4j's status logger and
   * returns {@code null}.
   */
  Redactor build(String component, FailureReporter failures) {
    try {
      Redactor redactor = Redactor.builder().options(options.toString()).onFailure(failures)
          .build();
      if (PREFILTER_REPORTED.compareAndSet(false, true)) {
        LOGGER.info("Redactor prefilter: {}", Redactor.prefilter());
      }
      return redactor;
    } catch (RedactorConfigException e) {
      // The core's message names the option, the value and what is allowed.
      LOGGER.error("{} is not configured. {}. It writes {} for every event until the"
          + " configuration is fixed.", component, e.getMessage(), Redactor.FAILURE_MARKER);
      return null;
    } catch (RuntimeException e) {
      LOGGER.error("{} is not configured: {}. It writes {} for every event until the configuration"
          + " is fixed.", component, e.getMessage(), Redactor.FAILURE_MARKER, e);
      return null;
    }
  }

  /**
   * The text that {@code redactor} writes for a secret found by key, used where a whole value is
   * masked outside the engine (a parameter whose text the engine masked inside the message).
   */
  static String maskOf(Redactor redactor) {
    String probed = redactor.redact(MASK_PROBE);
    if (probed != MASK_PROBE && probed.startsWith(MASK_PROBE_KEY)
        && probed.length() > MASK_PROBE_KEY.length()) {
      return probed.substring(MASK_PROBE_KEY.length());
    }
    return Redactor.DEFAULT_MASK;
  }
}
