package io.redactor;

import java.util.List;

/**
 * One generated log line holding a secret: the text, where it came from, what must vanish from
 * it and the text around the secret that must survive, in order.
 */
record SecretLine(String text, String format, String context, Carrier carrier,
    List<String> vanish, List<String> kept) {
}
