package io.redactor;

import java.util.Random;
import java.util.function.Predicate;

/**
 * A way a real library or tool prints a credential: a template that renders a key (or header,
 * parameter) and a value into one log line, the encoding the value gets there, and the slot that
 * says which formats fit.
 */
record LogContext(String id, Slot slot, Encoding encoding, KeyStyle style, Template template,
    Predicate<SecretFormat> filter, Predicate<SecretFormat.Header> headerFilter) {
  /** Stands in a rendered template where the (encoded) secret goes. */
  static final String VALUE = "QQVALUEQQ";
  /** Where a second secret of the same format goes, in contexts with two. */
  static final String SECOND = "QQSECONDQQ";

  /** What a context needs from a format. */
  enum Slot {
    /** The value alone in text: formats that say what they are. */
    BARE,
    /** After one of the format's key names. */
    KEY,
    /** In one of the format's headers, scheme included. */
    HEADER,
    /** As one of the format's query or form parameters. */
    QUERY,
    /** Where only a password goes: curl -u, mysql -p, wsse:Password. */
    PASSWORD,
    /** In the sentence with which software announces a credential it generated, or names it. */
    ANNOUNCED
  }

  /** Renders a line; {@code value} holds {@link #VALUE} (after a header's scheme, if any). */
  interface Template {
    String render(String key, String value, Random random);
  }

  boolean fits(SecretFormat format) {
    boolean slotFits = switch (slot) {
      case BARE -> format.standsAlone;
      case KEY -> !format.keys.isEmpty();
      case HEADER -> format.headers.stream().anyMatch(headerFilter);
      case QUERY -> !format.params.isEmpty();
      case PASSWORD -> format.password;
      case ANNOUNCED -> format.announcements.stream().anyMatch(a -> !a.contains("\n"));
    };
    return slotFits && filter.test(format);
  }

  /** The same context, for the formats {@code formats} accepts only. */
  LogContext only(Predicate<SecretFormat> formats) {
    return new LogContext(id, slot, encoding, style, template, formats, headerFilter);
  }

  /** The same context, in the headers {@code headers} accepts only. */
  LogContext onlyHeaders(Predicate<SecretFormat.Header> headers) {
    return new LogContext(id, slot, encoding, style, template, filter, headers);
  }
}
