package io.redactor;

import java.util.List;

/**
 * A multi-line event holding a secret (a PEM key, an env dump, a stack trace): the text with its
 * line breaks, what must vanish, and the lines without a secret that must survive.
 */
record SecretBlock(String text, String format, String kind, List<String> vanish,
    List<String> keptLines) {
}
