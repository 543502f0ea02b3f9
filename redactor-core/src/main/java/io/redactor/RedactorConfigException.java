package io.redactor;

/**
 * A configuration that cannot be built. The message names the option, the value given and what is
 * allowed, ready to be shown as is by a framework's status reporting.
 */
public final class RedactorConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final String value;

  RedactorConfigException(String option, String value, String allowed) {
    super("Redactor option '" + option + "' has invalid value '" + value + "': " + allowed);
    this.option = option;
    this.value = value;
  }

  /** The option that was wrong, as named in the option string ({@code rules}, {@code mask}...). */
  public String option() {
    return option;
  }

  /** The value that was given for it. */
  public String value() {
    return value;
  }
}
