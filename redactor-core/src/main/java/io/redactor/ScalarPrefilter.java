package io.redactor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The prefilter of every JVM: bytes read eight per load, and each of the eight byte pairs looked
 * up whole in a 64 KB copy of the engine's table indexed by two bytes as they lie in memory:
 * eight loads, seven ors and one branch per eight characters, and no folding of characters into
 * 0..127. Only in an eight-byte block with a flagged pair are the flags taken one per bit.
 */
final class ScalarPrefilter implements Prefilter {
  /** Characters copied out at a time from a string or a builder. */
  private static final int CHUNK = 256;

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The engine's table indexed by two bytes as a little-endian 16-bit word, non-ASCII unfolded. */
  private final byte[] pairs = new byte[1 << 16];
  private final ThreadLocal<Chunk> chunks = ThreadLocal.withInitial(Chunk::new);

  ScalarPrefilter(byte[] filter) {
    for (int first = 0; first < 256; first++) {
      for (int second = 0; second < 256; second++) {
        pairs[first | second << 8] = filter[Math.min(first, 127) << 7 | Math.min(second, 127)];
      }
    }
  }

  /**
   * Through a copy of the characters as bytes, {@value #CHUNK} at a time (for a string, the JDK's
   * intrinsic copy), read eight per load.
   */
  @Override
  public long scan(Engine engine, CharSequence s, int from, int lo, int limit) {
    Chunk chunk = chunks.get();
    byte[] bytes = chunk.bytes;
    byte[] p = pairs;
    int prev = from > lo ? s.charAt(from - 1) & 0xFF : 0;
    for (int base = from; base < limit; base += CHUNK) {
      int end = Math.min(base + CHUNK, limit);
      chunk.copy(s, base, end);
      int n = end - base;
      int k = 0;
      for (; k + 8 <= n; k += 8) {
        long w = (long) LONG.get(bytes, k);
        if (flagged(p, prev, w)) {
          long hit = engine.probeFlags(s, null, base + k, flags(p, prev, w), lo, limit);
          if (hit != Engine.NO_HIT) {
            return hit;
          }
        }
        prev = (int) (w >>> 56) & 0xFF;
      }
      if (k < n) {
        // The last word runs past the copy, into bytes of an earlier one: their flags are cut.
        int last = flags(p, prev, (long) LONG.get(bytes, k)) & (1 << n - k) - 1;
        if (last != 0) {
          long hit = engine.probeFlags(s, null, base + k, last, lo, limit);
          if (hit != Engine.NO_HIT) {
            return hit;
          }
        }
        prev = bytes[n - 1] & 0xFF;
      }
    }
    return Engine.NO_HIT;
  }

  /**
   * Eight bytes at a time: one load of a little-endian word gives the eight characters, and one
   * branch tells whether any of their bigrams is flagged; the last few bytes one at a time.
   */
  @Override
  public long scan(Engine engine, byte[] s, int from, int limit) {
    int prev = from > 0 ? s[from - 1] & 0xFF : 0;
    int i = from;
    byte[] p = pairs;
    for (; i + 8 <= limit; i += 8) {
      long w = (long) LONG.get(s, i);
      if (flagged(p, prev, w)) {
        long hit = engine.probeFlags(null, s, i, flags(p, prev, w), 0, limit);
        if (hit != Engine.NO_HIT) {
          return hit;
        }
      }
      prev = (int) (w >>> 56) & 0xFF;
    }
    return engine.step(s, i, limit, Math.min(prev, 127), limit);
  }

  /**
   * Whether a bigram ending in the eight bytes of {@code w} is flagged in {@code pairs}, the
   * byte before them being {@code prev}: eight loads and no branch.
   */
  private static boolean flagged(byte[] pairs, int prev, long w) {
    return (pairs[prev | ((int) w & 0xFF) << 8] | pairs[(int) w & 0xFFFF]
        | pairs[(int) (w >>> 8) & 0xFFFF] | pairs[(int) (w >>> 16) & 0xFFFF]
        | pairs[(int) (w >>> 24) & 0xFFFF] | pairs[(int) (w >>> 32) & 0xFFFF]
        | pairs[(int) (w >>> 40) & 0xFFFF] | pairs[(int) (w >>> 48) & 0xFFFF]) != 0;
  }

  /**
   * The flags of {@link #flagged} one per bit, bit {@code j} for the bigram ending in byte
   * {@code j}: computed again only for a block that has one.
   */
  private static int flags(byte[] pairs, int prev, long w) {
    return pairs[prev | ((int) w & 0xFF) << 8] | pairs[(int) w & 0xFFFF] << 1
        | pairs[(int) (w >>> 8) & 0xFFFF] << 2 | pairs[(int) (w >>> 16) & 0xFFFF] << 3
        | pairs[(int) (w >>> 24) & 0xFFFF] << 4 | pairs[(int) (w >>> 32) & 0xFFFF] << 5
        | pairs[(int) (w >>> 40) & 0xFFFF] << 6 | pairs[(int) (w >>> 48) & 0xFFFF] << 7;
  }

  /** A thread's buffer for the scan of a string or a builder. */
  private static final class Chunk {
    final byte[] bytes = new byte[CHUNK];

    /** Copies {@code [from, to)} of a string or a builder, each character as its low byte. */
    @SuppressWarnings("deprecation") // the only copy of a string's bytes that allocates nothing
    void copy(CharSequence s, int from, int to) {
      if (s instanceof String) {
        ((String) s).getBytes(from, to, bytes, 0);
        return;
      }
      // A builder has no such copy. In a timing loop over a line of 140 characters, its getChars
      // and a narrowing loop (not vectorized) took 44 ns, this loop 15; in ScanBenchmark the
      // whole scan of the two did not differ beyond noise.
      StringBuilder builder = (StringBuilder) s;
      byte[] out = bytes;
      for (int k = from; k < to; k++) {
        out[k - from] = (byte) builder.charAt(k);
      }
    }
  }
}
