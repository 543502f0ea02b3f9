package io.redactor;

/**
 * The redaction of message templates ({@code "Server started"}, {@code "User {} logged in"}),
 * remembered per template instance. A log statement passes the same string literal at every
 * call, so a message without arguments, which is its template, is redacted once; it is looked up
 * by identity, without reading it.
 *
 * <p>The cache is bounded: two ways per bucket and no eviction, so that templates taking turns in
 * a bucket never cost an allocation each. A template enters it the second time it is seen, so
 * that messages built at run time, seen once, never cost an allocation. Entries are immutable:
 * racing threads see a whole entry or none.
 */
final class Templates {
  private static final int SLOTS = 8192;
  /** Longer templates are rare and not worth holding on to. */
  private static final int MAX_LENGTH = 1024;

  private final Engine engine;
  private final Template[] cache = new Template[SLOTS];
  private final int[] seen = new int[SLOTS];

  Templates(Engine engine) {
    this.engine = engine;
  }

  /** The entry of {@code template}, or null while it is not (or cannot be) cached. */
  Template lookup(String template) {
    int hash = System.identityHashCode(template);
    int slot = (hash ^ hash >>> 12) & (SLOTS - 1);
    int way = slot & ~1;
    Template first = cache[way];
    if (first != null && first.template == template) {
      return first;
    }
    Template second = cache[way + 1];
    if (second != null && second.template == template) {
      return second;
    }
    if (seen[slot] != hash) {
      seen[slot] = hash;
      return null;
    }
    if ((first != null && second != null) || template.length() > MAX_LENGTH) {
      return null;
    }
    Template entry = new Template(template, engine.redact(template));
    cache[first == null ? way : way + 1] = entry;
    return entry;
  }

  /** A template and its redaction. */
  static final class Template {
    final String template;
    /** {@code engine.redact(template)}, the same instance when it holds no secret. */
    final String redacted;

    Template(String template, String redacted) {
      this.template = template;
      this.redacted = redacted;
    }

    /** Whether {@code s} from {@code from} on is the template's text. */
    boolean isTextOf(StringBuilder s, int from) {
      // Only a match at from fits in what is left: the JDK's search compares it with vector
      // instructions where it can.
      return s.length() - from == template.length() && s.indexOf(template, from) == from;
    }
  }
}
