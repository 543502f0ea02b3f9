package io.redactor;

/** A line that resembles a secret (or its context) but holds none: it must stay byte-identical. */
record LookAlike(String text, String kind) {
}
