package io.redactor;

/**
 * SipHash-2-4 (Aumasson and Bernstein, 2012), a keyed pseudo-random function. Fingerprints use it
 * because they must be keyed: an unkeyed hash of a short password can be reversed by hashing
 * guesses until one matches, a keyed one cannot without the key.
 */
final class SipHash {
  private SipHash() {
  }

  static long hash(long k0, long k1, byte[] data) {
    long[] v = {0x736f6d6570736575L ^ k0, 0x646f72616e646f6dL ^ k1, 0x6c7967656e657261L ^ k0,
        0x7465646279746573L ^ k1};
    int n = data.length;
    int full = n & ~7;
    for (int i = 0; i < full; i += 8) {
      compress(v, littleEndian(data, i, 8));
    }
    compress(v, littleEndian(data, full, n - full) | ((long) n << 56));
    v[2] ^= 0xff;
    for (int r = 0; r < 4; r++) {
      round(v);
    }
    return v[0] ^ v[1] ^ v[2] ^ v[3];
  }

  /** Two rounds over one 64-bit word of the message. */
  private static void compress(long[] v, long m) {
    v[3] ^= m;
    round(v);
    round(v);
    v[0] ^= m;
  }

  private static void round(long[] v) {
    v[0] += v[1];
    v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
    v[0] = Long.rotateLeft(v[0], 32);
    v[2] += v[3];
    v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
    v[2] = Long.rotateLeft(v[2], 32);
  }

  private static long littleEndian(byte[] data, int from, int count) {
    long m = 0;
    for (int k = 0; k < count; k++) {
      m |= (data[from + k] & 0xFFL) << (8 * k);
    }
    return m;
  }
}
