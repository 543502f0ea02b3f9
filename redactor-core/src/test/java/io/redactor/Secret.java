package io.redactor;

import java.util.List;

/**
 * One generated credential: the text that stands where the value goes, and the parts of it that
 * must not survive redaction (a provider prefix such as {@code ghp_} may stay visible, the random
 * body must go).
 */
record Secret(String value, List<String> vanish) {
  Secret {
    for (String part : vanish) {
      if (!value.contains(part) || part.isEmpty()) {
        throw new IllegalArgumentException("'" + part + "' is not a part of '" + value + "'");
      }
    }
    vanish = List.copyOf(vanish);
  }

  /** A prefix that may stay and a body that must vanish. */
  static Secret visible(String prefix, String body) {
    return new Secret(prefix + body, List.of(body));
  }

  /** A value that must vanish as a whole. */
  static Secret whole(String value) {
    return new Secret(value, List.of(value));
  }

  /** A value of which only the given parts must vanish (the rest is an id, a host, a scheme). */
  static Secret parts(String value, String... vanish) {
    return new Secret(value, List.of(vanish));
  }
}
