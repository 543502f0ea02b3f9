package io.redactor.junit;

import java.util.Objects;

/**
 * A secret found in captured log output: the rule that found it, where it was written, and the
 * line with every secret masked. Never holds the secret itself.
 *
 * <p>Canaries that leak are reported with the rule id {@code canary:<kind>}, such as
 * {@code canary:password}.
 */
public final class Leak {
  private final String ruleId;
  private final String appender;
  private final String logger;
  private final String maskedLine;

  Leak(String ruleId, String appender, String logger, String maskedLine) {
    this.ruleId = ruleId;
    this.appender = appender;
    this.logger = logger;
    this.maskedLine = maskedLine;
  }

  /** The id of the rule that found the secret, or {@code canary:<kind>} for a canary. */
  public String ruleId() {
    return ruleId;
  }

  /** The name of the appender that wrote the line. */
  public String appender() {
    return appender;
  }

  /** The name of the logger of the event, or {@code null} for a header or footer. */
  public String logger() {
    return logger;
  }

  /** The offending line, with every secret and every canary masked. */
  public String maskedLine() {
    return maskedLine;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Leak)) {
      return false;
    }
    Leak other = (Leak) o;
    return ruleId.equals(other.ruleId) && appender.equals(other.appender)
        && Objects.equals(logger, other.logger) && maskedLine.equals(other.maskedLine);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, appender, logger, maskedLine);
  }

  /** {@code rule github-token, appender FILE, logger com.example.Api: <masked line>}. */
  @Override
  public String toString() {
    return "rule " + ruleId + ", appender " + appender
        + (logger == null ? "" : ", logger " + logger) + ": " + maskedLine;
  }
}
