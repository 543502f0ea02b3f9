package io.redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How a context spells a key name: as the format lists it, or restyled the way env dumps,
 * properties files, code and command lines write it. Keys that are not plain words (an npmrc
 * path, a quoted registry) are left alone.
 */
enum KeyStyle {
  AS_IS,
  /** {@code DATADOG_API_KEY} */
  ENV,
  /** {@code datadog.api.key}, dotted keys kept */
  DOTTED,
  /** {@code datadogApiKey} */
  CAMEL,
  /** {@code datadog-api-key} */
  KEBAB,
  /** {@code DaTaDoG_aPi_KeY} or all upper or all lower: casing nobody expects. */
  ODD_CASE,
  /** The key inside a longer name: {@code password_super_secure}, {@code myApiKeyString}. */
  EMBEDDED;

  String apply(String key, Random random) {
    if (!key.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
      return key;
    }
    List<String> words = words(key);
    switch (this) {
      case ENV:
        return String.join("_", words).toUpperCase(Locale.ROOT);
      case DOTTED:
        return key.contains(".") ? key : String.join(".", words).toLowerCase(Locale.ROOT);
      case CAMEL:
        return camel(words);
      case KEBAB:
        return String.join("-", words).toLowerCase(Locale.ROOT);
      case ODD_CASE:
        return oddCase(key, random);
      case EMBEDDED:
        return embedded(words, random);
      default:
        return key;
    }
  }

  static List<String> words(String key) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean boundary =
          Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || boundary) {
        if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
        if (!Character.isLetterOrDigit(c)) {
          continue;
        }
      }
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static String camel(List<String> words) {
    StringBuilder out = new StringBuilder(words.get(0));
    for (String word : words.subList(1, words.size())) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }

  private static String oddCase(String key, Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return key.toUpperCase(Locale.ROOT);
      case 1:
        return key.toLowerCase(Locale.ROOT);
      default:
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
          char c = key.charAt(i);
          out.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }
  }

  private static String embedded(List<String> words, Random random) {
    String snake = String.join("_", words);
    switch (random.nextInt(4)) {
      case 0:
        return snake + "_super_secure";
      case 1:
        return "my" + Character.toUpperCase(camel(words).charAt(0)) + camel(words).substring(1)
            + "String";
      case 2:
        return snake + "_2";
      default:
        return "legacy_" + snake + "_value";
    }
  }
}
