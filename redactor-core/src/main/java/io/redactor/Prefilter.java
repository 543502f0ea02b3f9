package io.redactor;

/**
 * The engine's hot loop: finds, in order, the positions whose bigram (the character before and
 * the one at the position) may be flagged in the engine's 128 x 128 table, and hands each to
 * {@link Engine#probeFlags}, which looks the bigram up again in the real characters and asks the
 * detectors. An implementation may flag more positions than the table does, never fewer, so
 * every implementation finds the same hits.
 *
 * <p>Two implementations, chosen once per JVM by {@link Prefilters}: {@link ScalarPrefilter},
 * everywhere, and {@code VectorPrefilter} (in the jar's Java 21 part, through
 * {@code jdk.incubator.vector}) where the JDK has it.
 */
interface Prefilter {
  /**
   * The first hit at a flagged bigram ending in {@code [from, limit)} of a string or a builder,
   * never reading before {@code lo}, or {@link Engine#NO_HIT}. Each character is read as its low
   * byte: a character above U+00FF may flag a bigram where there is none, never hide one, as no
   * anchor holds a non-ASCII character.
   */
  long scan(Engine engine, CharSequence s, int from, int lo, int limit);

  /** The first hit at a flagged bigram ending in {@code [from, limit)} of UTF-8 bytes. */
  long scan(Engine engine, byte[] s, int from, int limit);
}
