package io.redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the option string documented on {@link Redactor} into a builder. */
final class Options {
  static final String NAMES = "rules, keys, rule, secret, env-secrets, allow, allow-pattern, mask, "
      + "style, fingerprint-key, max-scan, beyond-max-scan";

  private Options() {
  }

  static void apply(String options, Redactor.Builder builder) {
    if (options == null) {
      return;
    }
    for (String option : split(options)) {
      if (option.isBlank()) {
        continue;
      }
      int eq = option.indexOf('=');
      if (eq < 0) {
        throw new RedactorConfigException(option.trim(), "", "name=value; option names are "
            + NAMES);
      }
      String name = option.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = option.substring(eq + 1).trim();
      set(builder, name, value);
    }
  }

  private static void set(Redactor.Builder builder, String name, String value) {
    switch (name) {
      case "rules":
        for (String item : value.split(",")) {
          if (!item.isBlank()) {
            builder.ruleSwitches.add(item.trim());
          }
        }
        break;
      case "keys":
        for (String key : value.split(",")) {
          if (!key.isBlank()) {
            builder.sensitiveKey(key.trim());
          }
        }
        break;
      case "rule":
        builder.customRules.add(value);
        break;
      case "secret":
        builder.addSecret(value);
        break;
      case "env-secrets":
        builder.envSecrets(bool(name, value));
        break;
      case "allow":
        builder.allowValue(value);
        break;
      case "allow-pattern":
        builder.allowPattern(value);
        break;
      case "mask":
        builder.mask(value);
        break;
      case "style":
        builder.style(style(value));
        break;
      case "fingerprint-key":
        builder.fingerprintKey(value);
        break;
      case "max-scan":
        builder.maxScan(count(name, value));
        break;
      case "beyond-max-scan":
        if (!value.equalsIgnoreCase("mask") && !value.equalsIgnoreCase("cut")) {
          throw new RedactorConfigException(name, value, "mask or cut");
        }
        builder.cutBeyondMaxScan(value.equalsIgnoreCase("cut"));
        break;
      default:
        throw new RedactorConfigException(name, value, "a known option name: " + NAMES);
    }
  }

  static MaskStyle style(String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "plain":
        return MaskStyle.PLAIN;
      case "label":
        return MaskStyle.LABEL;
      case "fingerprint":
        return MaskStyle.FINGERPRINT;
      default:
        throw new RedactorConfigException("style", value, "plain, label or fingerprint");
    }
  }

  private static int count(String name, String value) {
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new RedactorConfigException(name, value, "a number of characters from 1 to "
          + Engine.MAX_SCAN);
    }
  }

  private static boolean bool(String name, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new RedactorConfigException(name, value, "true or false");
  }

  /** Splits on {@code ;}, where {@code \;} stands for a literal semicolon. */
  private static List<String> split(String options) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int k = 0; k < options.length(); k++) {
      char c = options.charAt(k);
      if (c == '\\' && k + 1 < options.length() && options.charAt(k + 1) == ';') {
        current.append(';');
        k++;
      } else if (c == ';') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
