package io.redactor;

/** What a detector has to go by to recognise a secret format: the tag of each format. */
enum Carrier {
  /** Only the key name in front of it says that the value is a secret. */
  KEY_VALUE("key/value"),
  /** The header (and scheme) it travels in. */
  HEADER("header"),
  /** Its own shape: a provider prefix, length, alphabet, checksum. */
  BARE("bare token"),
  /** A URL or connection string that embeds it. */
  URL("URL"),
  /** A query or form parameter. */
  QUERY("query string");

  final String label;

  Carrier(String label) {
    this.label = label;
  }
}
