package io.redactor;

import java.util.Objects;

/**
 * One secret found in a text: the id of the rule that found it and the half-open span
 * {@code [start, end)} of the characters that {@link Redactor#redact(String)} would mask.
 *
 * <p>The span covers only what is masked: a kept scheme ({@code Bearer }) or public prefix
 * ({@code ghp_}) lies before {@code start}. Findings never carry the secret itself, so they can be
 * printed and stored.
 */
public final class Finding {
  private final String ruleId;
  private final int start;
  private final int end;

  /**
   * Creates a finding.
   *
   * @param ruleId the kebab-case id of the rule, such as {@code github-token}
   * @param start index of the first masked character
   * @param end index after the last masked character
   */
  public Finding(String ruleId, int start, int end) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid span");
    }
    this.start = start;
    this.end = end;
  }

  /** The kebab-case id of the rule that found the secret. */
  public String ruleId() {
    return ruleId;
  }

  /** Index of the first masked character. */
  public int start() {
    return start;
  }

  /** Index after the last masked character. */
  public int end() {
    return end;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) o;
    return start == that.start && end == that.end && ruleId.equals(that.ruleId);
  }

  @Override
  public int hashCode() {
    return (ruleId.hashCode() * 31 + start) * 31 + end;
  }

  @Override
  public String toString() {
    return ruleId + "[" + start + ", " + end + ")";
  }
}
