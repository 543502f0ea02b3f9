package io.redactor;

/**
 * The redaction of message templates ({@code "Server started"}, {@code "User {} logged in"}),
 * remembered per template instance. A log statement passes the same string literal at every
 * call, so a message without arguments, which is its template, is redacted once; it is looked up
 * by identity, without reading it.
 *
 * <p>The cache is bounded: eight ways per bucket and no eviction, so that templates taking turns in
 * a bucket never cost an allocation each. A template enters it the second time it is seen, so
 * that messages built at run time, seen once, never cost an allocation. Entries are immutable:
 * racing threads see a whole entry or none.
 */
final class Templates {
  private static final int SLOTS = 8192;
  /** With eight ways, about 36 of 4,096 templates find their bucket full; with four, 154. */
  private static final int WAYS = 8;
  /** Longer templates are rare and not worth holding on to. */
  private static final int MAX_LENGTH = 1024;

  private final Engine engine;
  /**
   * Per way, the template itself when it holds no secret, so that the usual hit compares
   * references in one cache line and reads nothing more; else its {@link Redacted} entry.
   */
  private final Object[] cache = new Object[SLOTS];
  /**
   * The identity hash of each entry's template, beside it: a template with a secret is found by
   * comparing eight ints in one cache line, and only the entry that matches is read.
   */
  private final int[] hashes = new int[SLOTS];
  /** Identity hashes of templates seen once, twice as many as entries: admitted when seen again. */
  private final int[] seen = new int[2 * SLOTS];

  Templates(Engine engine) {
    this.engine = engine;
  }

  /**
   * The redaction of {@code template}: the same instance when it holds no secret; null while it
   * is not (or cannot be) cached.
   */
  String redactionOf(String template) {
    int hash = System.identityHashCode(template);
    int mixed = hash ^ hash >>> 12;
    int bucket = mixed & (SLOTS - WAYS);
    for (int way = bucket; way < bucket + WAYS; way++) {
      if (cache[way] == template) {
        return template;
      }
    }
    int free = -1;
    for (int way = bucket; way < bucket + WAYS; way++) {
      Object entry = cache[way];
      if (hashes[way] == hash && entry instanceof Redacted
          && ((Redacted) entry).template == template) {
        return ((Redacted) entry).redacted;
      }
      if (free < 0 && entry == null) {
        free = way;
      }
    }
    if (!seenBefore(hash, mixed)) {
      return null;
    }
    if (free < 0 || template.length() > MAX_LENGTH) {
      return null;
    }
    String redacted = engine.redact(template);
    // The hash before the entry: a racing reader that sees the hash but no entry yet just misses.
    hashes[free] = hash;
    cache[free] = redacted == template ? template : new Redacted(template, redacted);
    return redacted;
  }

  /**
   * Whether {@code hash} was seen before, remembering it if not: eight ways per bucket too, so that
   * two templates meeting in a bucket do not keep erasing each other's first sighting.
   */
  private boolean seenBefore(int hash, int mixed) {
    int bucket = (mixed >>> 3) & (2 * SLOTS - WAYS);
    int replace = bucket + (hash >>> 28 & (WAYS - 1));
    for (int way = bucket; way < bucket + WAYS; way++) {
      if (seen[way] == hash) {
        return true;
      }
      if (seen[way] == 0) {
        replace = way;
      }
    }
    seen[replace] = hash;
    return false;
  }

  /** A template that holds a secret, and its redaction. */
  private static final class Redacted {
    final String template;
    final String redacted;

    Redacted(String template, String redacted) {
      this.template = template;
      this.redacted = redacted;
    }
  }
}
