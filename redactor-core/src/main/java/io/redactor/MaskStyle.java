package io.redactor;

/**
 * How a masked secret is written. The option string names them {@code style=plain},
 * {@code style=label} and {@code style=fingerprint}.
 */
public enum MaskStyle {
  /** The mask text alone: {@code [REDACTED]}. */
  PLAIN,
  /** The mask text with the id of the rule that fired: {@code [REDACTED:github-token]}. */
  LABEL,
  /**
   * The mask text with a keyed fingerprint of the secret: {@code [REDACTED:3f9a1c02]}. Equal
   * secrets get equal fingerprints, so a leaked credential can be followed across lines without
   * being written. The fingerprint is a SipHash-2-4 of the secret under a secret key: an unkeyed
   * hash of a short password could be reversed by hashing guesses until one matches.
   */
  FINGERPRINT
}
