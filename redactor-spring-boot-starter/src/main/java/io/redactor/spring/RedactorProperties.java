package io.redactor.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The redactor.* properties of application.properties: the one option string of
 * the core library, the common options as properties of their own, and whether the starter
 * redacts and insists on it.
 *
 * <pre>{@code
 * redactor.keys=ssn,iban
 * redactor.style=label
 * redactor.options=rules=-jwt; max-scan=65536
 * redactor.require=true
 * }</pre>
 *
 * <p>The typed properties are appended to {@link #getOptions() options}, so that they win over
 * the same option there. The values are checked when the application starts, before anything is
 * logged through a redacting appender: a bad one fails the start with a message that names the
 * option, the value and what is allowed.
 */
@ConfigurationProperties(prefix = "redactor")
public class RedactorProperties {
  /**
   * Whether the starter makes the appenders Spring Boot configures redact. With false it changes
   * nothing; redactor.require still checks the appenders as they are.
   */
  private boolean enabled = true;

  /**
   * Whether start-up fails when an appender would write unredacted (one the starter could not
   * make redact, or every appender when redactor.enabled is false and none redacts).
   */
  private boolean require;

  /** The option string of the core library, such as rules=-jwt; keys=ssn; style=label. */
  private String options;

  /**
   * Rules to turn on or off, comma-separated, applied after all (or after none):
   * -jwt,-aws-access-key-id or none,+github-token.
   */
  private String rules;

  /** Extra sensitive key names, matched in every case style: ssn also masks userSsn. */
  private List<String> keys = new ArrayList<>();

  /** Known secret values, masked wherever they appear (each at least 4 characters). */
  private List<String> secrets = new ArrayList<>();

  /** Values that are never masked, such as test fixtures. */
  private List<String> allow = new ArrayList<>();

  /** The text written in place of a secret (1 to 64 characters); [REDACTED] by default. */
  private String mask;

  /** How a secret is masked: plain (the mask), label (the rule id) or fingerprint. */
  private String style;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isRequire() {
    return require;
  }

  public void setRequire(boolean require) {
    this.require = require;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public String getRules() {
    return rules;
  }

  public void setRules(String rules) {
    this.rules = rules;
  }

  public List<String> getKeys() {
    return keys;
  }

  public void setKeys(List<String> keys) {
    this.keys = keys;
  }

  public List<String> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<String> secrets) {
    this.secrets = secrets;
  }

  public List<String> getAllow() {
    return allow;
  }

  public void setAllow(List<String> allow) {
    this.allow = allow;
  }

  public String getMask() {
    return mask;
  }

  public void setMask(String mask) {
    this.mask = mask;
  }

  public String getStyle() {
    return style;
  }

  public void setStyle(String style) {
    this.style = style;
  }

  /**
   * The whole configuration as one option string, which every adapter reads: options
   * first, then the typed properties.
   */
  String optionString() {
    StringBuilder text = new StringBuilder();
    if (options != null && !options.isBlank()) {
      text.append(options.strip());
    }
    for (Map.Entry<String, List<String>> option : typedOptions().entrySet()) {
      for (String value : option.getValue()) {
        if (text.length() > 0) {
          text.append("; ");
        }
        text.append(option.getKey()).append('=').append(value.replace(";", "\\;"));
      }
    }
    return text.toString();
  }

  /** The option that each typed property sets, with its values. */
  Map<String, List<String>> typedOptions() {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    if (rules != null && !rules.isBlank()) {
      typed.put("rules", List.of(rules.strip()));
    }
    if (!keys.isEmpty()) {
      typed.put("keys", List.of(String.join(",", keys)));
    }
    if (!secrets.isEmpty()) {
      typed.put("secret", secrets);
    }
    if (!allow.isEmpty()) {
      typed.put("allow", allow);
    }
    if (mask != null) {
      typed.put("mask", List.of(mask));
    }
    if (style != null) {
      typed.put("style", List.of(style.strip()));
    }
    return typed;
  }

  /** The property that sets option: its typed property when set, else the string. */
  String propertyOf(String option) {
    Map<String, String> names = Map.of("rules", "rules", "keys", "keys", "secret", "secrets",
        "allow", "allow", "mask", "mask", "style", "style");
    String name = names.get(option);
    return name != null && typedOptions().containsKey(option)
        ? "redactor." + name
        : "redactor.options";
  }
}
