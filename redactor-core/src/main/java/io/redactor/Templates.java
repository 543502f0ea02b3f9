package io.redactor;

/**
 * What the engine remembers of message templates ({@code "User {} logged in from {}"}): their
 * literal parts and, in each, the positions the scan must probe. A log statement's template is one
 * instance, used again at every call, so it is looked up by identity, without reading it.
 *
 * <p>The cache is direct-mapped and bounded. A template enters it the second time it is seen, so
 * that messages built at run time, which are seen once, cost a lookup and never an allocation.
 * Entries are immutable: racing threads see a whole entry or none.
 */
final class Templates {
  private static final int SLOTS = 4096;
  /** Longer templates are rare and not worth holding on to. */
  private static final int MAX_LENGTH = 4096;
  static final int MAX_PARTS = 32;

  private final Engine engine;
  private final Template[] cache = new Template[SLOTS];
  private final int[] seen = new int[SLOTS];
  private final ThreadLocal<int[]> positions = ThreadLocal.withInitial(() -> new int[MAX_PARTS]);

  Templates(Engine engine) {
    this.engine = engine;
  }

  /** The entry of {@code template}, or null while it is not (or cannot be) cached. */
  Template lookup(String template) {
    int hash = System.identityHashCode(template);
    int slot = (hash ^ hash >>> 12) & (SLOTS - 1);
    Template entry = cache[slot];
    if (entry != null && entry.template == template) {
      return entry;
    }
    if (seen[slot] != hash) {
      seen[slot] = hash;
      return null;
    }
    if (template.length() > MAX_LENGTH) {
      return null;
    }
    entry = Template.of(template, engine);
    if (entry != null) {
      cache[slot] = entry;
    }
    return entry;
  }

  /**
   * Where the parts of {@code t} stand in {@code s} from {@code from} on, in order, each searched
   * after the previous one; -1 for a part not found and for all after it.
   */
  int[] locate(CharSequence s, int from, Template t) {
    int[] at = positions.get();
    int pos = from;
    for (int k = 0; k < t.parts.length; k++) {
      int found = pos < 0 ? -1 : indexOf(s, t.parts[k], pos);
      at[k] = found;
      pos = found < 0 ? -1 : found + t.parts[k].length();
    }
    return at;
  }

  private static int indexOf(CharSequence s, String part, int from) {
    if (s instanceof String) {
      return ((String) s).indexOf(part, from);
    }
    return ((StringBuilder) s).indexOf(part, from);
  }

  /** A template's literal parts, the anchor offsets in each, and its own redaction. */
  static final class Template {
    final String template;
    final String[] parts;
    final int[][] anchors;
    /** {@code engine.redact(template)}: the result for a message without arguments. */
    final String redacted;

    private Template(String template, String[] parts, int[][] anchors, String redacted) {
      this.template = template;
      this.parts = parts;
      this.anchors = anchors;
      this.redacted = redacted;
    }

    /** The entry, or null for a template of more than {@link #MAX_PARTS} parts. */
    static Template of(String template, Engine engine) {
      String[] parts = new String[MAX_PARTS];
      int count = 0;
      int start = 0;
      while (start <= template.length()) {
        int placeholder = template.indexOf("{}", start);
        int end = placeholder < 0 ? template.length() : placeholder;
        if (end > start) {
          if (count == MAX_PARTS) {
            return null;
          }
          parts[count++] = template.substring(start, end);
        }
        if (placeholder < 0) {
          break;
        }
        start = placeholder + 2;
      }
      String[] literal = java.util.Arrays.copyOf(parts, count);
      int[][] anchors = new int[count][];
      for (int k = 0; k < count; k++) {
        anchors[k] = engine.anchorOffsets(literal[k]);
      }
      return new Template(template, literal, anchors, engine.redact(template));
    }
  }
}
