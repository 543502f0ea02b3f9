package io.redactor;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The prefilter through {@code jdk.incubator.vector}, 64 positions per step: the bytes at a
 * position and the bytes before it are loaded as two vectors, each byte is looked up in two
 * 128-entry tables of buckets per side ({@link PairBuckets}: two permutations of 64 lanes and a
 * blend per table), and a position is a candidate when a bucket of its first byte is the bucket
 * of its second, and both are ASCII. A 64-bit mask of candidates comes out of each step without a
 * branch; only a block with one goes on to {@link Engine#probeFlags}, which checks each candidate
 * against the engine's own table. Strings and builders are read through a copy of their
 * characters as bytes, as in {@link ScalarPrefilter}.
 *
 * <p>Built only into the jar's Java 21 part and loaded by {@link Prefilters} when the JDK has the
 * module; it needs vectors of 64 bytes (AVX-512 on x86), on which {@code selectFrom} is one
 * permutation instruction.
 */
final class VectorPrefilter implements Prefilter {
  private static final VectorSpecies<Byte> SPECIES = ByteVector.SPECIES_PREFERRED;
  private static final int LANES = 64;
  /** Characters copied out at a time from a string or a builder. */
  private static final int CHUNK = 256;

  /** The eight halves of the four tables: first0, first1, second0, second1, 64 bytes each. */
  private final byte[] tables = new byte[8 * LANES];
  /** A thread's copy: the byte before at 0, then up to {@value #CHUNK} bytes, then slack. */
  private final ThreadLocal<byte[]> chunks =
      ThreadLocal.withInitial(() -> new byte[1 + CHUNK + LANES]);

  VectorPrefilter(byte[] filter) {
    PairBuckets buckets = PairBuckets.of(filter);
    System.arraycopy(buckets.first0, 0, tables, 0, 128);
    System.arraycopy(buckets.first1, 0, tables, 128, 128);
    System.arraycopy(buckets.second0, 0, tables, 256, 128);
    System.arraycopy(buckets.second1, 0, tables, 384, 128);
  }

  /** Why this JVM cannot use the vector prefilter, or null when it can. */
  static String unsupported() {
    if (SPECIES.length() != LANES) {
      return "the preferred vector size of this machine is " + SPECIES.vectorBitSize()
          + " bits; the vector prefilter needs 512";
    }
    return null;
  }

  static String describe() {
    return "vector (" + Prefilters.VECTOR_MODULE + ", " + SPECIES.vectorBitSize() + "-bit, "
        + PairBuckets.BUCKETS + " buckets)";
  }

  @Override
  public long scan(Engine engine, CharSequence s, int from, int lo, int limit) {
    byte[] t = tables;
    byte[] bytes = chunks.get();
    byte prev = from > lo ? (byte) s.charAt(from - 1) : 0;
    for (int base = from; base < limit; base += CHUNK) {
      int end = Math.min(base + CHUNK, limit);
      bytes[0] = prev;
      copy(s, base, end, bytes);
      int n = end - base;
      for (int k = 0; k < n; k += LANES) {
        long candidates = candidates(t, bytes, k + 1);
        if (n - k < LANES) {
          candidates &= (1L << n - k) - 1;
        }
        if (candidates != 0) {
          long hit = engine.probeFlags(s, null, base + k, candidates, lo, limit);
          if (hit != Engine.NO_HIT) {
            return hit;
          }
        }
      }
      prev = bytes[n];
    }
    return Engine.NO_HIT;
  }

  @Override
  public long scan(Engine engine, byte[] s, int from, int limit) {
    byte[] t = tables;
    byte[] window = null;
    for (int i = from; i < limit; i += LANES) {
      long candidates;
      if (i >= 1 && i + LANES <= s.length) {
        candidates = candidates(t, s, i);
      } else {
        // The first byte of the text, or its last few: read through a copy with room around.
        if (window == null) {
          window = chunks.get();
        }
        window[0] = i > 0 ? s[i - 1] : 0;
        System.arraycopy(s, i, window, 1, Math.min(LANES, s.length - i));
        candidates = candidates(t, window, 1);
      }
      if (limit - i < LANES) {
        candidates &= (1L << limit - i) - 1;
      }
      if (candidates != 0) {
        long hit = engine.probeFlags(null, s, i, candidates, 0, limit);
        if (hit != Engine.NO_HIT) {
          return hit;
        }
      }
    }
    return Engine.NO_HIT;
  }

  /**
   * The candidates among the 64 bigrams ending at {@code a[k, k + 64)}, bit {@code j} for the one
   * ending at {@code k + j}; {@code a[k - 1]} is the byte before. The tables are loaded here, from
   * the first level cache, at every step: a vector still live across the call to the engine's
   * probe is boxed on the heap (768 bytes per scan when the eight were loaded once per scan).
   */
  private static long candidates(byte[] t, byte[] a, int k) {
    ByteVector f0 = ByteVector.fromArray(SPECIES, t, 0);
    ByteVector f0h = ByteVector.fromArray(SPECIES, t, LANES);
    ByteVector f1 = ByteVector.fromArray(SPECIES, t, 2 * LANES);
    ByteVector f1h = ByteVector.fromArray(SPECIES, t, 3 * LANES);
    ByteVector s0 = ByteVector.fromArray(SPECIES, t, 4 * LANES);
    ByteVector s0h = ByteVector.fromArray(SPECIES, t, 5 * LANES);
    ByteVector s1 = ByteVector.fromArray(SPECIES, t, 6 * LANES);
    ByteVector s1h = ByteVector.fromArray(SPECIES, t, 7 * LANES);
    ByteVector x = ByteVector.fromArray(SPECIES, a, k - 1);
    ByteVector y = ByteVector.fromArray(SPECIES, a, k);
    ByteVector xi = x.and((byte) (LANES - 1));
    ByteVector yi = y.and((byte) (LANES - 1));
    VectorMask<Byte> xHigh = x.compare(VectorOperators.GE, (byte) LANES);
    VectorMask<Byte> yHigh = y.compare(VectorOperators.GE, (byte) LANES);
    ByteVector first0 = xi.selectFrom(f0).blend(xi.selectFrom(f0h), xHigh);
    ByteVector first1 = xi.selectFrom(f1).blend(xi.selectFrom(f1h), xHigh);
    ByteVector second0 = yi.selectFrom(s0).blend(yi.selectFrom(s0h), yHigh);
    ByteVector second1 = yi.selectFrom(s1).blend(yi.selectFrom(s1h), yHigh);
    ByteVector both = first0.and(second0).or(first1.and(second1));
    // A byte of 0x80 or more is negative here: no anchor holds one, and its lookup is cut.
    return both.compare(VectorOperators.NE, (byte) 0)
        .and(x.compare(VectorOperators.GE, (byte) 0))
        .and(y.compare(VectorOperators.GE, (byte) 0))
        .toLong();
  }

  /** Copies {@code [from, to)} of a string or a builder to {@code bytes[1...]}, as low bytes. */
  @SuppressWarnings("deprecation") // the only copy of a string's bytes that allocates nothing
  private static void copy(CharSequence s, int from, int to, byte[] bytes) {
    if (s instanceof String) {
      ((String) s).getBytes(from, to, bytes, 1);
      return;
    }
    StringBuilder builder = (StringBuilder) s;
    for (int k = from; k < to; k++) {
      bytes[k - from + 1] = (byte) builder.charAt(k);
    }
  }
}
