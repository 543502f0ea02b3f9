package io.redactor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compiled scanner behind {@link Redactor}.
 *
 * <p>Algorithm: every rule names one or more anchors, short literals that must stand in any text
 * it can match (a key/value separator after a letter, {@code p_} of {@code ghp_}, {@code yJ} of a
 * JWT's {@code eyJ}, a bigram of a known secret...). All anchors are folded into one table of
 * 128 x 128 flags indexed by two consecutive characters. The scan reads each character once,
 * forms the bigram with the previous one and tests its flag: a shift, an or, one load from a
 * 16 KB table that stays in L1, and a branch that is almost never taken. No regex, no allocation and no
 * lock on the way. Only where a bit is set does the engine ask the detectors registered for that
 * bigram to look further; each reads a bounded stretch of text (or consumes what it matched), so
 * the cost of a text stays linear in its length whatever it holds. When a detector reports a span,
 * the scan goes on after it, so spans come out in order and never overlap.
 *
 * <p>Results travel as one {@code long} ({@link #hit}) to keep the detectors allocation-free.
 */
final class Engine {
  static final byte[] FAILURE_MARKER_BYTES =
      Redactor.FAILURE_MARKER.getBytes(StandardCharsets.US_ASCII);

  static final long NO_HIT = -1L;

  /** Texts are scanned up to this many characters; the rest is masked as unscanned. */
  static final int MAX_SCAN = (1 << 28) - 1;

  private final byte[] filter;
  private final char[] slots;
  private final long[] neighbours;
  private final Detector[][] detectors;
  private final String[] ruleIds;
  private final String[] masks;
  private final MaskStyle style;
  private final String maskText;
  private final String maskPrefix;
  private final long fingerprintKey0;
  private final long fingerprintKey1;
  private final String[] allowValues;
  private final LinearPattern[] allowPatterns;
  private final Consumer<? super Throwable> failureListener;
  private final int unscannedRule;
  private final String description;
  /** Custom rules known to have no further match in the text being scanned, per thread. */
  private final ThreadLocal<long[]> exhausted;

  Engine(Anchors anchors, String[] ruleIds, MaskStyle style, String maskText, long[] fingerprintKey,
      String[] allowValues, LinearPattern[] allowPatterns, Consumer<? super Throwable> listener,
      String description, boolean customRules) {
    this.exhausted = customRules ? ThreadLocal.withInitial(() -> new long[4]) : null;
    anchors.seal();
    this.filter = anchors.filter;
    this.slots = anchors.slots;
    this.neighbours = anchors.neighbourArray();
    this.detectors = anchors.detectorArray();
    this.ruleIds = ruleIds;
    this.style = style;
    this.maskText = maskText;
    this.maskPrefix = maskText.endsWith("]") ? maskText.substring(0, maskText.length() - 1)
        : maskText;
    this.masks = new String[ruleIds.length];
    for (int r = 0; r < ruleIds.length; r++) {
      masks[r] = style == MaskStyle.LABEL ? labelled(ruleIds[r]) : maskText;
    }
    this.fingerprintKey0 = fingerprintKey[0];
    this.fingerprintKey1 = fingerprintKey[1];
    this.allowValues = allowValues;
    this.allowPatterns = allowPatterns;
    this.failureListener = listener;
    this.unscannedRule = Arrays.asList(ruleIds).indexOf(Catalog.UNSCANNED);
    this.description = description;
  }

  static Engine compile(Redactor.Builder builder) {
    return Compiler.compile(builder);
  }

  String describe() {
    return description;
  }

  void reportFailure(Throwable t) {
    try {
      failureListener.accept(t);
    } catch (RuntimeException ignored) {
      // A failing listener must not turn a contained failure into a thrown one.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Packed results: start (28 bits) | end (28 bits) | rule (8 bits).

  static long hit(int start, int end, int rule) {
    return (long) start << 36 | (long) end << 8 | rule;
  }

  static int start(long hit) {
    return (int) (hit >>> 36);
  }

  static int end(long hit) {
    return (int) (hit >>> 8) & MAX_SCAN;
  }

  static int rule(long hit) {
    return (int) hit & 0xFF;
  }

  // ---------------------------------------------------------------------------------------------
  // The scan.

  /** The first secret found at or after {@code from} in {@code s}, never reading before {@code lo}. */
  private long next(CharSequence s, int from, int lo, int hi) {
    int limit = Math.min(hi, MAX_SCAN);
    byte[] f = filter;
    int prev = from > lo ? Math.min(s.charAt(from - 1), 127) : 0;
    for (int i = from; i < limit; i++) {
      int c = Math.min(s.charAt(i), 127);
      int bigram = prev << 7 | c;
      prev = c;
      if (f[bigram] != 0) {
        long hit = probe(s, null, slots[bigram], i, lo, limit);
        if (hit != NO_HIT) {
          return hit;
        }
      }
    }
    return limit < hi && from <= limit ? hit(Math.max(from, limit), hi, unscannedRule) : NO_HIT;
  }

  /** {@link #next(CharSequence, int, int, int)} over UTF-8 bytes. */
  private long next(byte[] s, int from, int hi) {
    int limit = Math.min(hi, MAX_SCAN);
    byte[] f = filter;
    int prev = from > 0 ? Math.min(s[from - 1] & 0xFF, 127) : 0;
    for (int i = from; i < limit; i++) {
      int c = Math.min(s[i] & 0xFF, 127);
      int bigram = prev << 7 | c;
      prev = c;
      if (f[bigram] != 0) {
        long hit = probe(null, s, slots[bigram], i, 0, limit);
        if (hit != NO_HIT) {
          return hit;
        }
      }
    }
    return limit < hi && from <= limit ? hit(Math.max(from, limit), hi, unscannedRule) : NO_HIT;
  }

  /**
   * The slow path, taken at about one character in fifty of ordinary text. First the characters
   * around the bigram are checked against what its anchors allow there (the character before a
   * token prefix must not be a letter, the one after {@code gh} of {@code ghp_} must be {@code p}),
   * which rejects most stops in a few instructions; only then are the detectors asked.
   */
  private long probe(CharSequence s, byte[] b, int slot, int i, int lo, int hi) {
    int n = slot << 2;
    if (i - 2 >= lo && !inSet(neighbours, n, Math.min(Text.at(s, b, i - 2), 127))) {
      return NO_HIT;
    }
    if (i + 1 < hi && !inSet(neighbours, n + 2, Math.min(Text.at(s, b, i + 1), 127))) {
      return NO_HIT;
    }
    for (Detector d : detectors[slot]) {
      long hit = d.detect(this, s, b, i, lo, hi);
      if (hit != NO_HIT) {
        return hit;
      }
    }
    return NO_HIT;
  }

  private static boolean inSet(long[] sets, int at, int c) {
    return (sets[at + (c >>> 6)] & 1L << c) != 0;
  }

  // ---------------------------------------------------------------------------------------------
  // The three forms.

  /** Starts a call: forgets what custom rules learnt about the previous text. */
  private void begin() {
    if (exhausted != null) {
      Arrays.fill(exhausted.get(), 0);
    }
  }

  boolean isExhausted(int rule) {
    return (exhausted.get()[rule >>> 6] & 1L << rule) != 0;
  }

  void markExhausted(int rule) {
    exhausted.get()[rule >>> 6] |= 1L << rule;
  }

  String redact(String s) {
    begin();
    int n = s.length();
    long hit = next(s, 0, 0, n);
    if (hit == NO_HIT) {
      return s;
    }
    StringBuilder out = new StringBuilder(n + 16);
    int copied = 0;
    while (hit != NO_HIT) {
      int start = Math.max(start(hit), copied);
      int end = end(hit);
      out.append(s, copied, start).append(mask(rule(hit), s, null, start, end));
      copied = end;
      hit = end < n ? next(s, end, 0, n) : NO_HIT;
    }
    return out.append(s, copied, n).toString();
  }

  boolean redact(StringBuilder s, int from) {
    begin();
    boolean changed = false;
    int pos = from;
    long hit;
    while (pos < s.length() && (hit = next(s, pos, from, s.length())) != NO_HIT) {
      int start = Math.max(start(hit), pos);
      String mask = mask(rule(hit), s, null, start, end(hit));
      s.replace(start, end(hit), mask);
      pos = start + mask.length();
      changed = true;
    }
    return changed;
  }

  byte[] redact(byte[] s) {
    begin();
    int n = s.length;
    long hit = next(s, 0, n);
    if (hit == NO_HIT) {
      return s;
    }
    byte[] out = new byte[n + 32];
    int size = 0;
    int copied = 0;
    while (hit != NO_HIT) {
      int start = Math.max(start(hit), copied);
      int end = end(hit);
      byte[] mask = mask(rule(hit), null, s, start, end).getBytes(StandardCharsets.UTF_8);
      int needed = size + (start - copied) + mask.length + (n - end);
      if (needed > out.length) {
        out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
      }
      System.arraycopy(s, copied, out, size, start - copied);
      size += start - copied;
      System.arraycopy(mask, 0, out, size, mask.length);
      size += mask.length;
      copied = end;
      hit = end < n ? next(s, end, n) : NO_HIT;
    }
    if (size + n - copied > out.length) {
      out = Arrays.copyOf(out, size + n - copied);
    }
    System.arraycopy(s, copied, out, size, n - copied);
    return Arrays.copyOf(out, size + n - copied);
  }

  List<Finding> findings(CharSequence s) {
    begin();
    List<Finding> found = new ArrayList<>();
    int n = s.length();
    int pos = 0;
    long hit;
    while (pos < n && (hit = next(s, pos, 0, n)) != NO_HIT) {
      int start = Math.max(start(hit), pos);
      found.add(new Finding(ruleIds[rule(hit)], start, end(hit)));
      pos = end(hit);
    }
    return found;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers for detectors.

  /**
   * The hit for {@code [start, end)}, or {@link #NO_HIT} when that span is empty, already masked
   * or allowed by the configuration.
   */
  long accept(CharSequence s, byte[] b, int start, int end, int rule) {
    if (end <= start) {
      return NO_HIT;
    }
    if (isMasked(s, b, start, end)) {
      return NO_HIT;
    }
    for (String allowed : allowValues) {
      if (allowed.length() == end - start
          && Text.startsWith(s, b, start, start, end, allowed, false)) {
        return NO_HIT;
      }
    }
    for (LinearPattern allowed : allowPatterns) {
      if (allowed.matchesFully(s, b, start, end)) {
        return NO_HIT;
      }
    }
    return hit(start, end, rule);
  }

  /** Whether a mask of ours starts at {@code pos}, so that redacting twice changes nothing. */
  boolean isMasked(CharSequence s, byte[] b, int pos, int hi) {
    return Text.startsWith(s, b, pos, pos, hi, maskPrefix, false);
  }

  private String mask(int rule, CharSequence s, byte[] b, int start, int end) {
    if (style != MaskStyle.FINGERPRINT || rule == unscannedRule) {
      return masks[rule];
    }
    byte[] secret = b != null ? Arrays.copyOfRange(b, start, end)
        : s.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8);
    long h = SipHash.hash(fingerprintKey0, fingerprintKey1, secret);
    return labelled(String.format("%08x", h >>> 32));
  }

  private String labelled(String label) {
    return maskText.endsWith("]")
        ? maskText.substring(0, maskText.length() - 1) + ":" + label + "]"
        : maskText + ":" + label;
  }

  /**
   * The anchor table under construction: the bigram filter and, per bigram, the detectors that
   * look further where it occurs.
   */
  static final class Anchors {
    final byte[] filter = new byte[128 * 128];
    final char[] slots = new char[128 * 128];
    private final Detector[][] perBigram = new Detector[128 * 128][];
    private final long[][] aroundBigram = new long[128 * 128][];
    private final List<Detector[]> slotDetectors = new ArrayList<>();
    private final List<long[]> slotNeighbours = new ArrayList<>();

    /**
     * Registers {@code detector} for the bigram {@code (first, second)}, where the character
     * before it must be in {@code before} and the one after it in {@code after} (sets over
     * 0..127, 127 standing for any non-ASCII character).
     */
    void add(int first, int second, Detector detector, long[] before, long[] after) {
      int bigram = Math.min(first, 127) << 7 | Math.min(second, 127);
      filter[bigram] = 1;
      Detector[] list = perBigram[bigram];
      long[] around = aroundBigram[bigram];
      if (list == null) {
        perBigram[bigram] = new Detector[] {detector};
        aroundBigram[bigram] = new long[] {before[0], before[1], after[0], after[1]};
        return;
      }
      if (!Arrays.asList(list).contains(detector)) {
        Detector[] longer = Arrays.copyOf(list, list.length + 1);
        longer[list.length] = detector;
        perBigram[bigram] = longer;
      }
      around[0] |= before[0];
      around[1] |= before[1];
      around[2] |= after[0];
      around[3] |= after[1];
    }

    /**
     * Registers {@code detector} for the bigram at {@code offset} (its second character's index)
     * of {@code literal}, in every case if {@code ignoreCase}. The characters around the bigram
     * come from the literal, or from {@code before} and {@code after} at its ends.
     */
    void add(String literal, int offset, boolean ignoreCase, Detector detector, long[] before,
        long[] after) {
      long[] preceding = offset >= 2 ? charSet(literal.charAt(offset - 2), ignoreCase) : before;
      long[] following = offset + 1 < literal.length()
          ? charSet(literal.charAt(offset + 1), ignoreCase) : after;
      int first = literal.charAt(offset - 1);
      int second = literal.charAt(offset);
      for (int a : ignoreCase ? cases(first) : new int[] {first}) {
        for (int c : ignoreCase ? cases(second) : new int[] {second}) {
          add(a, c, detector, preceding, following);
        }
      }
    }

    private static long[] charSet(int c, boolean ignoreCase) {
      long[] set = new long[2];
      for (int variant : ignoreCase ? cases(c) : new int[] {c}) {
        Text.add(set, Math.min(variant, 127), Math.min(variant, 127));
      }
      return set;
    }

    /** Numbers the distinct (detectors, neighbours) combinations: the slots. */
    void seal() {
      if (!slotDetectors.isEmpty()) {
        return;
      }
      slotDetectors.add(new Detector[0]);
      slotNeighbours.add(new long[4]);
      java.util.Map<List<Object>, Integer> numbers = new java.util.HashMap<>();
      for (int bigram = 0; bigram < perBigram.length; bigram++) {
        if (perBigram[bigram] == null) {
          continue;
        }
        List<Object> key = List.of(Arrays.asList(perBigram[bigram]),
            Arrays.toString(aroundBigram[bigram]));
        Integer number = numbers.get(key);
        if (number == null) {
          number = slotDetectors.size();
          if (number > Character.MAX_VALUE) {
            throw new RedactorConfigException("secret", slotDetectors.size() + " anchors",
                "fewer known secrets and custom rules");
          }
          slotDetectors.add(perBigram[bigram]);
          slotNeighbours.add(aroundBigram[bigram]);
          numbers.put(key, number);
        }
        slots[bigram] = (char) (int) number;
      }
    }

    Detector[][] detectorArray() {
      return slotDetectors.toArray(new Detector[0][]);
    }

    long[] neighbourArray() {
      long[] all = new long[slotNeighbours.size() * 4];
      for (int k = 0; k < slotNeighbours.size(); k++) {
        System.arraycopy(slotNeighbours.get(k), 0, all, k * 4, 4);
      }
      return all;
    }

    private static int[] cases(int c) {
      int lower = Character.toLowerCase(c);
      int upper = Character.toUpperCase(c);
      return lower == upper ? new int[] {c} : new int[] {lower, upper};
    }

    /**
     * The index of the second character of the bigram of {@code literal} least likely to occur
     * in ordinary log text, so that the prefilter stops as rarely as possible.
     */
    static int rarestBigram(String literal) {
      int best = 1;
      int bestScore = Integer.MAX_VALUE;
      for (int k = 1; k < literal.length(); k++) {
        int score = commonness(literal.charAt(k - 1), literal.charAt(k));
        if (score < bestScore) {
          best = k;
          bestScore = score;
        }
      }
      return best;
    }

    private static int commonness(char first, char second) {
      int rank = -1;
      for (int k = 0; k < COMMON_BIGRAMS.length(); k += 2) {
        if (COMMON_BIGRAMS.charAt(k) == first && COMMON_BIGRAMS.charAt(k + 1) == second) {
          rank = k / 2;
          break;
        }
      }
      int listed = rank < 0 ? 0 : 1000 - rank;
      return listed * 100 + commonness(first) + commonness(second);
    }

    /** For bigrams outside the list: lower case, digits and blanks are common, the rest rarer. */
    private static int commonness(char c) {
      if (c >= 128 || (c >= 'a' && c <= 'z') || Text.isDigit(c) || " .-_/".indexOf(c) >= 0) {
        return 6; // every non-ASCII character folds into one filter slot
      }
      if ((c >= 'A' && c <= 'Z') || c == ':' || c == '=') {
        return 4;
      }
      return 2;
    }

    /** The 300 most frequent bigrams of the loghub sample logs (4.4 M characters), most first. */
    private static final String COMMON_BIGRAMS = ""
        + "  er 1001020: orte11 2in.10 01ated05onta-1ro1 entiree  s17 0 cec0.se12d 16- :0:1"
        + "9 t costnt18 -n es] om I t0:15adr 5-, an:5lo0922nelecage-0 fto1.1307et.2ace.02nd"
        + " [alcemede a31 b.0nout8 7 chss25081423INit30un6 otling i40 RilapNF4 veckO FO:3ke"
        + "3: d5 2 033 th047-24o 06:435as p nag-256ni0-s ioct2: ooc50]:Re41heicul2919 r54is"
        + "1::2rafor:l 7027a-624:vaarpaStaius21.covshouea e64daem93oo5.44pr51blnabiy 3-6:33"
        + "ammp53od lirrdrr2646g id88719:-4abim43= 80farkvie:ruop5585ur8:28si86Ded[cu / Ck "
        + "5:57rv34ogha45maJu2.38iv61) 78m nn3.81.a903742Se6-do6789.hpe.3epMa 32chrex/0pp m"
        + "49g. urt7.39-atu=0c bo W36ri1-ieRNtrlldu";
  }
}
