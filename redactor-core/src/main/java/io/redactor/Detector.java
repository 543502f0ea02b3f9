package io.redactor;

/**
 * Looks for one kind of secret where the engine's prefilter saw one of its anchor bigrams. A
 * detector reads only a bounded stretch of text around {@code i} (or a run that ends the scan of
 * the text when it matches), so that the whole scan stays linear in the length of the text.
 */
abstract class Detector {
  /** Index of the rule this detector reports, in the engine's rule table. */
  final int rule;

  Detector(int rule) {
    this.rule = rule;
  }

  /**
   * Looks at the text around position {@code i}, where the second character of an anchor
   * bigram stands, and returns {@link Engine#hit} of the span to mask, or {@link Engine#NO_HIT}.
   * A returned span always ends after {@code i}. Reads nothing outside {@code [lo, hi)}.
   */
  abstract long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi);

  /** The anchors this detector wants: (literal, offset in it of the bigram to watch). */
  abstract void register(Engine.Anchors anchors);
}
