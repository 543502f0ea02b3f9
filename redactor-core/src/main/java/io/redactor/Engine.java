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
 * 128 x 128 flags indexed by two consecutive characters, and into a 64 KB copy of it indexed by
 * two bytes as they lie in memory. The scan copies a string's or a builder's characters out as
 * bytes, 256 at a time (a string's with an intrinsic copy, at about the speed of memory), reads
 * them eight per load, and looks up each of the eight byte pairs whole: eight loads, seven ors
 * and one branch per eight characters, and no folding of characters into 0..127. UTF-8 bytes are
 * read the same way without the copy. Only in an eight-character block with a flagged pair are
 * the flags taken one per bit, and each flagged bigram is looked up again in its real characters
 * and asked of the detectors registered for it; each reads a bounded stretch of text (or
 * consumes what it matched), so the cost of a text stays linear in its length whatever it holds.
 * No regex, no allocation and no lock on the way. When a detector reports a span,
 * the scan goes on after it, so spans come out in order and never overlap.
 *
 * <p>Results travel as one {@code long} ({@link #hit}) to keep the detectors allocation-free.
 */
final class Engine {
  static final byte[] FAILURE_MARKER_BYTES =
      Redactor.FAILURE_MARKER.getBytes(StandardCharsets.US_ASCII);

  static final long NO_HIT = -1L;

  /** Up to this many secrets, a builder is edited in place; beyond, its tail is copied once. */
  private static final int IN_PLACE_HITS = 8;

  /** The highest limit of {@link #maxScan}, set by the 28 bits of a position in a hit. */
  static final int MAX_SCAN = (1 << 28) - 1;

  private final byte[] filter;
  /** The scan over bytes of {@link #filter}: vector or scalar, chosen once per JVM. */
  private final Prefilter prefilter;
  /** Whether no anchor holds a non-ASCII character, so that strings may be scanned as bytes. */
  private final boolean pairsOfBytes;
  private final char[] slots;
  private final long[] neighbours;
  private final Detector[][] detectors;
  private final String[] ruleIds;
  private final String[] masks;
  private final MaskStyle style;
  private final String maskText;
  private final String maskPrefix;
  private final int longestMask;
  private final long fingerprintKey0;
  private final long fingerprintKey1;
  private final String[] allowValues;
  private final LinearPattern[] allowPatterns;
  private final Consumer<? super Throwable> failureListener;
  private final int unscannedRule;
  /** Texts are scanned up to this many characters; the rest is masked or cut, never passed on. */
  private final int maxScan;
  private final boolean cutBeyondMaxScan;
  private final String description;
  /** Custom rules known to have no further match in the text being scanned, per thread. */
  private final ThreadLocal<long[]> exhausted;
  private final Templates templates = new Templates(this);
  private final ThreadLocal<Hits> hitLists = ThreadLocal.withInitial(Hits::new);

  Engine(Anchors anchors, String[] ruleIds, MaskStyle style, String maskText, long[] fingerprintKey,
      String[] allowValues, LinearPattern[] allowPatterns, Consumer<? super Throwable> listener,
      String description, boolean customRules, int maxScan, boolean cutBeyondMaxScan) {
    this.maxScan = maxScan;
    this.cutBeyondMaxScan = cutBeyondMaxScan;
    this.exhausted = customRules ? ThreadLocal.withInitial(() -> new long[4]) : null;
    anchors.seal();
    this.filter = anchors.filter;
    boolean ascii = true;
    for (int c = 0; c < 128; c++) {
      ascii &= filter[127 << 7 | c] == 0 && filter[c << 7 | 127] == 0;
    }
    this.pairsOfBytes = ascii;
    this.prefilter = Prefilters.of(filter);
    this.slots = anchors.slots;
    this.neighbours = anchors.neighbourArray();
    this.detectors = anchors.detectorArray();
    this.ruleIds = ruleIds;
    this.style = style;
    this.maskText = maskText;
    this.maskPrefix = maskText.endsWith("]") ? maskText.substring(0, maskText.length() - 1)
        : maskText;
    this.masks = new String[ruleIds.length];
    int longest = labelled("00000000").length();
    for (int r = 0; r < ruleIds.length; r++) {
      masks[r] = style == MaskStyle.LABEL ? labelled(ruleIds[r]) : maskText;
      longest = Math.max(longest, masks[r].length());
    }
    this.longestMask = longest;
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

  /** The end of {@code hit} in a text of {@code length}: unscanned text runs to the end. */
  private int end(long hit, int length) {
    return rule(hit) == unscannedRule ? length : end(hit);
  }

  /**
   * Where the scan of a text starting at {@code lo} and ending at {@code hi} stops: never inside
   * a surrogate pair or a UTF-8 sequence, so that what is kept stays well-formed.
   */
  private int scanLimit(CharSequence s, byte[] b, int lo, int hi) {
    int limit = (int) Math.min(hi, Math.min((long) lo + maxScan, MAX_SCAN));
    if (limit == hi) {
      return limit;
    }
    if (b != null) {
      for (int k = 0; k < 3 && limit > lo && (b[limit] & 0xC0) == 0x80; k++) {
        limit--;
      }
    } else if (limit > lo && Character.isLowSurrogate(s.charAt(limit))
        && Character.isHighSurrogate(s.charAt(limit - 1))) {
      limit--;
    }
    return limit;
  }

  /** The hit for what lies beyond the scan limit, if the scan from {@code from} reached it. */
  private long beyondLimit(int from, int limit, int hi) {
    return limit < hi && from <= limit ? hit(Math.max(from, limit), limit, unscannedRule) : NO_HIT;
  }

  static int rule(long hit) {
    return (int) hit & 0xFF;
  }

  // ---------------------------------------------------------------------------------------------
  // The scan.

  /** The first secret found at or after {@code from} in {@code s}, never reading before {@code lo}. */
  private long next(CharSequence s, int from, int lo, int hi) {
    int limit = scanLimit(s, null, lo, hi);
    byte[] f = filter;
    int prev = from > lo ? Math.min(s.charAt(from - 1), 127) : 0;
    // Flags of 64 characters are gathered into one word without a branch, then only the set
    // bits are visited: no unpredictable branch per character on the way.
    for (int base = from; base < limit; base += 64) {
      int end = Math.min(base + 64, limit);
      long flagged = 0;
      for (int i = base; i < end; i++) {
        int c = Math.min(s.charAt(i), 127);
        flagged |= (long) f[prev << 7 | c] << (i - base);
        prev = c;
      }
      for (; flagged != 0; flagged &= flagged - 1) {
        int i = base + Long.numberOfTrailingZeros(flagged);
        int before = i > lo ? Math.min(s.charAt(i - 1), 127) : 0;
        long hit = probe(s, null, slots[before << 7 | Math.min(s.charAt(i), 127)], i, lo, limit);
        if (hit != NO_HIT) {
          return hit;
        }
      }
    }
    return beyondLimit(from, limit, hi);
  }

  /**
   * {@link #next(CharSequence, int, int, int)} for a string or a builder, through a copy of its
   * characters as bytes that the {@link Prefilter} reads (for a string, the JDK's copy, at nearly
   * the speed of memory). Only the scans of the three forms use the copy, never a detector's look
   * further, so a nested scan cannot overwrite it.
   */
  private long nextCopied(CharSequence s, int from, int lo, int hi) {
    if (!pairsOfBytes || !(s instanceof String || s instanceof StringBuilder)) {
      return next(s, from, lo, hi);
    }
    int limit = scanLimit(s, null, lo, hi);
    long hit = prefilter.scan(this, s, from, lo, limit);
    return hit != NO_HIT ? hit : beyondLimit(from, limit, hi);
  }

  /**
   * Probes the bigrams ending at {@code at + j} for each bit {@code j} of {@code flags}. A flag
   * of a copied byte may stand for a character above U+00FF, so each bigram is looked up again
   * in its real characters first.
   */
  long probeFlags(CharSequence s, byte[] b, int at, int flags, int lo, int limit) {
    return probeFlags(s, b, at, flags & 0xFFFFFFFFL, lo, limit);
  }

  /** {@link #probeFlags(CharSequence, byte[], int, int, int, int)} of up to 64 flags. */
  long probeFlags(CharSequence s, byte[] b, int at, long flags, int lo, int limit) {
    for (; flags != 0; flags &= flags - 1) {
      int i = at + Long.numberOfTrailingZeros(flags);
      int before = i > lo ? Math.min(Text.at(s, b, i - 1), 127) : 0;
      int bigram = before << 7 | Math.min(Text.at(s, b, i), 127);
      if (filter[bigram] != 0) {
        long hit = probe(s, b, slots[bigram], i, lo, limit);
        if (hit != NO_HIT) {
          return hit;
        }
      }
    }
    return NO_HIT;
  }

  /**
   * The first secret in {@code [from, hi)} of either form: for a detector whose span starts after
   * text that the scan, going on after the span, will not read again.
   */
  long firstIn(CharSequence s, byte[] b, int from, int lo, int hi) {
    return b != null ? next(b, from, hi) : next(s, from, lo, hi);
  }

  /** {@link #next(CharSequence, int, int, int)} over UTF-8 bytes, through the {@link Prefilter}. */
  private long next(byte[] s, int from, int hi) {
    int limit = scanLimit(null, s, 0, hi);
    long hit = prefilter.scan(this, s, from, limit);
    return hit != NO_HIT ? hit : beyondLimit(from, limit, hi);
  }

  /** Probes the flagged bigrams ending in {@code [from, to)} of UTF-8 bytes, one at a time. */
  long step(byte[] s, int from, int to, int before, int limit) {
    int prev = before;
    for (int i = from; i < to; i++) {
      int c = Math.min(s[i] & 0xFF, 127);
      int bigram = prev << 7 | c;
      prev = c;
      if (filter[bigram] != 0) {
        long hit = probe(null, s, slots[bigram], i, 0, limit);
        if (hit != NO_HIT) {
          return hit;
        }
      }
    }
    return NO_HIT;
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
        return start(hit) > i + 1 ? earlierFirst(s, b, i, lo, hit) : hit;
      }
    }
    return NO_HIT;
  }

  /**
   * A span that starts further on than its anchor (a value under a key that holds a token, a
   * credential announced on the next line) must not hide a secret in between, which the scan,
   * going on after the span, would never read: that one is returned first, and the span is
   * kept for the text's hit list.
   */
  private long earlierFirst(CharSequence s, byte[] b, int i, int lo, long hit) {
    long earlier = firstIn(s, b, i + 1, lo, start(hit));
    if (earlier == NO_HIT || start(earlier) >= start(hit)) {
      return hit;
    }
    hitLists.get().defer(b != null ? b : s, hit);
    return earlier;
  }

  /** Keeps {@code hit}, found beside the one a detector returns, for the text's hit list. */
  void defer(CharSequence s, byte[] b, long hit) {
    hitLists.get().defer(b != null ? b : s, hit);
  }

  /** Whether {@code hit} stands for the text beyond the scan limit rather than a secret. */
  boolean isUnscanned(long hit) {
    return rule(hit) == unscannedRule;
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

  /**
   * {@link #redact(String)} of a message formatted from {@code template}: a message that is its
   * template, as one without arguments is, gets the template's remembered redaction.
   */
  String redact(String s, String template) {
    if (s.length() == template.length()) {
      String redacted = templates.redactionOf(template);
      if (redacted != null && (s == template || s.equals(template))) {
        return redacted == template ? s : redacted;
      }
    }
    return redact(s);
  }

  String redact(String s) {
    begin();
    int n = s.length();
    long hit = nextCopied(s, 0, 0, n);
    if (hit == NO_HIT) {
      return s;
    }
    Hits hits = hitList();
    for (int pos = 0; hit != NO_HIT; hit = pos < n ? nextCopied(s, pos, 0, n) : NO_HIT) {
      hits.add(hit(Math.max(start(hit), pos), end(hit, n), rule(hit)));
      pos = end(hit, n);
    }
    hits.addDeferred(this, s, 0, n);
    hits.addRepeats(this, s, null, 0, n);
    StringBuilder out = new StringBuilder(n + 16);
    int copied = 0;
    for (int k = 0; k < hits.count; k++) {
      int start = start(hits.at[k]);
      int end = end(hits.at[k], n);
      out.append(s, copied, start).append(mask(rule(hits.at[k]), s, null, start, end));
      copied = end;
    }
    hits.count = 0;
    return out.append(s, copied, n).toString();
  }

  /** {@link #redact(String, String)} for text from {@code from} on in a builder. */
  boolean redact(StringBuilder s, int from, String template) {
    if (s.length() - from == template.length()) {
      String redacted = templates.redactionOf(template);
      // Only a match at from fits in what is left: the JDK's search compares it with vector
      // instructions where it can.
      if (redacted != null && s.indexOf(template, from) == from) {
        if (redacted == template) {
          return false;
        }
        s.setLength(from);
        s.append(redacted);
        return true;
      }
    }
    return redact(s, from);
  }

  boolean redact(StringBuilder s, int from) {
    begin();
    // All hits are found before the first mask is written: a detector that reads back (a key
    // before its value, a bot id before its token) must see the text as given, not a mask, or
    // this form would leave secrets that the other two mask.
    int n = s.length();
    long hit = nextCopied(s, from, from, n);
    if (hit == NO_HIT) {
      return false;
    }
    Hits hits = hitList();
    for (int pos = from; hit != NO_HIT; hit = pos < n ? nextCopied(s, pos, from, n) : NO_HIT) {
      hits.add(hit(Math.max(start(hit), pos), end(hit, n), rule(hit)));
      pos = end(hit, n);
    }
    hits.addDeferred(this, s, from, n);
    hits.addRepeats(this, s, null, from, n);
    int count = hits.count;
    long[] at = hits.at;
    if (count <= IN_PLACE_HITS) {
      // From the last, so that the spans before stay where they were found: no copy.
      for (int k = count - 1; k >= 0; k--) {
        int start = start(at[k]);
        int end = end(at[k], n);
        s.replace(start, end, mask(rule(at[k]), s, null, start, end));
      }
      hits.count = 0;
      return true;
    }
    // One copy of the text after the first hit, not one shift of it per hit: a long line with
    // many secrets stays linear.
    int first = start(at[0]);
    StringBuilder tail = new StringBuilder(n - first + 16 * Math.min(count, 1 << 16));
    int copied = first;
    for (int k = 0; k < count; k++) {
      int start = start(at[k]);
      int end = end(at[k], n);
      tail.append(s, copied, start).append(mask(rule(at[k]), s, null, start, end));
      copied = end;
    }
    tail.append(s, copied, n);
    s.setLength(first);
    s.append(tail);
    hits.count = 0;
    return true;
  }

  byte[] redact(byte[] s) {
    return redact(s, 0);
  }

  /**
   * {@link #redact(byte[])} of {@code s[from, s.length)}, reading {@code s[0, from)} as the
   * lines before it: a detector may read back into them (a {@code value:} line after its
   * {@code - name: API_KEY} line), and when the last of them that is not blank ends in a colon,
   * the scan starts at that line, so that a credential it announces is found. Only text at or
   * after {@code from} is masked; the bytes before stay as they are.
   */
  byte[] redact(byte[] s, int from) {
    begin();
    int n = s.length;
    int scanFrom = from == 0 ? 0 : announcingLineStart(s, from);
    long hit = next(s, scanFrom, n);
    while (hit != NO_HIT && end(hit, n) <= from) {
      hit = end(hit, n) < n ? next(s, Math.max(end(hit, n), scanFrom), n) : NO_HIT;
    }
    if (hit == NO_HIT) {
      return s;
    }
    Hits hits = hitList();
    for (int pos = from; hit != NO_HIT; hit = pos < n ? next(s, pos, n) : NO_HIT) {
      hits.add(hit(Math.max(start(hit), pos), end(hit, n), rule(hit)));
      pos = end(hit, n);
    }
    hits.addDeferred(this, s, from, n);
    hits.addRepeats(this, null, s, from, n);
    int grown = 0;
    byte[][] masks = new byte[hits.count][];
    for (int k = 0; k < hits.count; k++) {
      int start = start(hits.at[k]);
      int end = end(hits.at[k], n);
      masks[k] = mask(rule(hits.at[k]), null, s, start, end).getBytes(StandardCharsets.UTF_8);
      grown += masks[k].length - (end - start);
    }
    byte[] out = new byte[n + grown];
    int size = 0;
    int copied = 0;
    for (int k = 0; k < hits.count; k++) {
      int start = start(hits.at[k]);
      System.arraycopy(s, copied, out, size, start - copied);
      size += start - copied;
      System.arraycopy(masks[k], 0, out, size, masks[k].length);
      size += masks[k].length;
      copied = end(hits.at[k], n);
    }
    System.arraycopy(s, copied, out, size, n - copied);
    hits.count = 0;
    return out;
  }

  /** How far back {@link #redact(byte[], int)} looks for a line that announces a credential. */
  private static final int MAX_ANNOUNCING_LINE = 512;

  /**
   * Where the scan of {@code s[from, ...)} starts: {@code from}, or the start of an earlier line
   * that may give it its meaning: the last line before it that is not blank, when that line ends
   * in a colon (an announcement) or a YAML block indicator ({@code key: >-}); or, for a line of
   * a YAML block, the line with the block's key above the lines as indented as it.
   */
  private static int announcingLineStart(byte[] s, int from) {
    int limit = Math.max(0, from - MAX_ANNOUNCING_LINE);
    int indent = indentation(s, from, s.length);
    int lineEnd = from;
    while (lineEnd > limit) {
      int k = lineEnd;
      while (k > limit && (s[k - 1] == '\n' || s[k - 1] == '\r' || s[k - 1] == ' '
          || s[k - 1] == '\t')) {
        k--;
      }
      int start = k;
      while (start > limit && s[start - 1] != '\n' && s[start - 1] != '\r') {
        start--;
      }
      if (k == limit || start == limit && limit > 0) {
        return from;
      }
      if (s[k - 1] == ':' || KeyValueDetector.endsWithBlockIndicator(null, s, start, k)
          || isStartTagLine(s, start, k)) {
        return start;
      }
      if (indent == 0 || indentation(s, start, k) < indent) {
        return from;
      }
      lineEnd = start;
    }
    return from;
  }

  /**
   * Whether {@code [start, end)} is an XML start tag alone on its line ({@code <apiToken>}),
   * whose text may follow on the next lines.
   */
  private static boolean isStartTagLine(byte[] s, int start, int end) {
    int k = start + indentation(s, start, end);
    return end - k >= 3 && s[k] == '<' && s[end - 1] == '>' && s[k + 1] != '/'
        && s[k + 1] != '!' && s[k + 1] != '?' && s[end - 2] != '/';
  }

  private static int indentation(byte[] s, int start, int end) {
    int k = start;
    while (k < end && (s[k] == ' ' || s[k] == '\t')) {
      k++;
    }
    return k - start;
  }

  List<Finding> findings(CharSequence s) {
    begin();
    List<Finding> found = new ArrayList<>();
    int n = s.length();
    long hit = nextCopied(s, 0, 0, n);
    if (hit == NO_HIT) {
      return found;
    }
    Hits hits = hitList();
    for (int pos = 0; hit != NO_HIT; hit = pos < n ? nextCopied(s, pos, 0, n) : NO_HIT) {
      hits.add(hit(Math.max(start(hit), pos), end(hit, n), rule(hit)));
      pos = end(hit, n);
    }
    hits.addDeferred(this, s, 0, n);
    hits.addRepeats(this, s, null, 0, n);
    for (int k = 0; k < hits.count; k++) {
      found.add(new Finding(ruleIds[rule(hits.at[k])], start(hits.at[k]), end(hits.at[k], n)));
    }
    hits.count = 0;
    return found;
  }

  private Hits hitList() {
    Hits hits = hitLists.get();
    hits.clear();
    return hits;
  }

  /**
   * Where the last span found so far in the text being scanned ends, when it ends at or before
   * {@code v}, else {@code lo}: what lies before it is masked on this pass, so a look back for
   * an opening bracket stops there, as it does on a second pass, which sees only the mask.
   */
  int maskedUpTo(int lo, int v) {
    Hits hits = hitLists.get();
    int end = hits.count == 0 ? lo : end(hits.at[hits.count - 1]);
    return end > lo && end <= v ? end : lo;
  }

  /**
   * A thread's list of the hits in one text, in order. Once every secret of a text is found,
   * every other occurrence of each one is masked too ({@code token='abc' | 'abc'}).
   */
  private static final class Hits {
    /** Values shorter than this are not looked for again: they could be ordinary words. */
    static final int MIN_REPEATED = 8;
    /** Nor longer ones: a PEM body is not repeated on a line, and the search stays cheap. */
    static final int MAX_REPEATED = 256;
    /** The most distinct values looked for again, so that a text is read a bounded number of times. */
    static final int MAX_VALUES = 8;

    long[] at = new long[IN_PLACE_HITS];
    int count;
    /**
     * Spans a probe kept back while it returned an earlier one, each with the text it lies in:
     * a detector's own scan of another text (decoded from the one being redacted) keeps spans
     * too, and must not drop those of the outer text.
     */
    private long[] deferred = new long[2];
    private Object[] deferredIn = new Object[2];
    private int deferredCount;

    void defer(Object text, long hit) {
      if (deferredCount == deferred.length) {
        deferred = Arrays.copyOf(deferred, deferredCount * 2);
        deferredIn = Arrays.copyOf(deferredIn, deferredCount * 2);
      }
      deferredIn[deferredCount] = text;
      deferred[deferredCount++] = hit;
    }

    /**
     * Adds the spans kept back for {@code text} that lie at or after {@code lo}, in order, and
     * forgets every span kept back.
     */
    void addDeferred(Engine engine, Object text, int lo, int n) {
      if (deferredCount == 0) {
        return;
      }
      int found = count;
      for (int k = 0; k < deferredCount; k++) {
        if (deferredIn[k] == text && start(deferred[k]) >= lo && engine.end(deferred[k], n) <= n) {
          add(deferred[k]);
        }
        deferredIn[k] = null;
      }
      deferredCount = 0;
      if (count > found) {
        sortAndJoin(engine, n);
      }
    }

    void clear() {
      if (at.length > 1024) {
        at = new long[IN_PLACE_HITS]; // a thread keeps no more than a small list
      }
      count = 0;
    }

    void add(long hit) {
      if (count == at.length) {
        at = Arrays.copyOf(at, count * 2);
      }
      at[count++] = hit;
    }

    /** Adds a hit for each other occurrence of up to {@link #MAX_VALUES} masked values. */
    void addRepeats(Engine engine, CharSequence s, byte[] b, int lo, int n) {
      int found = count;
      int values = 0;
      for (int k = 0; k < found && values < MAX_VALUES; k++) {
        int start = start(at[k]);
        int end = engine.end(at[k], n);
        int length = end - start;
        // Only ASCII values, whose length is the same however the text is decoded.
        if (length < MIN_REPEATED || length > MAX_REPEATED || !isAscii(s, b, start, end)
            || !Shapes.looksRandom(s, b, start, end)
            || rule(at[k]) == engine.unscannedRule
            || repeatsEarlier(s, b, k, start, end, n)) {
          continue;
        }
        values++;
        int first = Text.at(s, b, start);
        boolean gluedStart = Text.in(Text.ALNUM, first);
        boolean gluedEnd = Text.in(Text.ALNUM, Text.at(s, b, end - 1));
        for (int i = lo; i + length <= n; i++) {
          if (Text.at(s, b, i) != first || i == start || !sameText(s, b, start, i, length)) {
            continue;
          }
          if (gluedStart && i > lo && Text.in(Text.ALNUM, Text.at(s, b, i - 1))
              || gluedEnd && i + length < n && Text.in(Text.ALNUM, Text.at(s, b, i + length))) {
            continue; // part of a longer word
          }
          add(hit(i, i + length, rule(at[k])));
          i += length - 1;
        }
      }
      if (count > found) {
        sortAndJoin(engine, n);
      }
    }

    /** Puts the hits in order and joins overlapping ones: an added span may overlap another. */
    private void sortAndJoin(Engine engine, int n) {
      Arrays.sort(at, 0, count);
      int kept = 0;
      for (int k = 0; k < count; k++) {
        int previousEnd = kept == 0 ? -1 : engine.end(at[kept - 1], n);
        if (start(at[k]) >= previousEnd) {
          at[kept++] = at[k];
        } else if (engine.end(at[k], n) > previousEnd) {
          at[kept - 1] = hit(start(at[kept - 1]), engine.end(at[k], n), rule(at[kept - 1]));
        }
      }
      count = kept;
    }

    /** Whether hit {@code k}'s value is that of an earlier hit, already looked for. */
    private boolean repeatsEarlier(CharSequence s, byte[] b, int k, int start, int end, int n) {
      for (int j = 0; j < k; j++) {
        int other = start(at[j]);
        if (end(at[j]) - other == end - start && sameText(s, b, other, start, end - start)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isAscii(CharSequence s, byte[] b, int start, int end) {
      for (int k = start; k < end; k++) {
        if (Text.at(s, b, k) >= 128) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameText(CharSequence s, byte[] b, int a, int c, int length) {
      for (int k = 0; k < length; k++) {
        if (Text.at(s, b, a + k) != Text.at(s, b, c + k)) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers for detectors.

  /**
   * The hit for {@code [start, end)}, or {@link #NO_HIT} when that span is empty, already masked,
   * glued to a mask after it, or allowed by the configuration.
   */
  long accept(CharSequence s, byte[] b, int start, int end, int rule) {
    if (end <= start) {
      return NO_HIT;
    }
    // A span running into a mask ran into a secret on the first pass, where it read on and was
    // turned down (too long a token): turned down again, redacting twice changes nothing more.
    if (isMasked(s, b, start, end) || isMasked(s, b, end, b != null ? b.length : s.length())) {
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

  /**
   * Whether one of our masks ends right before {@code pos}. Text glued to a mask was glued to the
   * secret under it, so it is no more a token start than it was before the first pass.
   */
  boolean endsMask(CharSequence s, byte[] b, int pos, int lo) {
    if (pos - 1 < lo || Text.at(s, b, pos - 1) != maskText.charAt(maskText.length() - 1)) {
      return false;
    }
    // Exactly a mask before pos, [REDACTED] or [REDACTED:label] with a rule id or fingerprint:
    // text of any other shape in between, non-ASCII included, is no mask.
    int end = maskText.length() == maskPrefix.length() ? pos : pos - 1;
    int k = end;
    while (k > lo && end - k < longestMask && isLabelCharacter(Text.at(s, b, k - 1))) {
      k--;
    }
    int labelled = k - 1 - maskPrefix.length();
    if (k < end && k > lo && Text.at(s, b, k - 1) == ':' && labelled >= lo
        && isMasked(s, b, labelled, pos)) {
      return true;
    }
    return end - maskPrefix.length() >= lo && isMasked(s, b, end - maskPrefix.length(), pos);
  }

  private static boolean isLabelCharacter(int c) {
    return c >= 'a' && c <= 'z' || Text.isDigit(c) || c == '-';
  }

  /** Whether a mask of ours starts in {@code [from, to]}, reading nothing at or after {@code hi}. */
  boolean masksIn(CharSequence s, byte[] b, int from, int to, int hi) {
    return Text.indexOf(s, b, from, Math.min(hi, to + maskPrefix.length()), maskPrefix) >= 0;
  }

  private String mask(int rule, CharSequence s, byte[] b, int start, int end) {
    if (rule == unscannedRule && cutBeyondMaxScan) {
      return "";
    }
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
      int listed = rank < 0 ? 0 : 2000 - rank;
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

    /** The 1,200 most frequent bigrams of the loghub sample logs (4.4 M characters), most first. */
    private static final String COMMON_BIGRAMS = ""
        + "  er 1001020: orte11 2in.10 01ated05onta-1ro1 entiree  s17 0 cec0.se12d 16- :0:19 t "
        + "costnt18 -n es] om I t0:15adr 5-, an:5lo0922nelecage-0 fto1.1307et.2ace.02nd [alceme"
        + "de a31 b.0nout8 7 chss25081423INit30un6 otling i40 RilapNF4 veckO FO:3ke3: d5 2 033 "
        + "th047-24o 06:435as p nag-256ni0-s ioct2: ooc50]:Re41heicul2919 r54is1::2rafor:l 7027"
        + "a-624:vaarpaStaius21.covshouea e64daem93oo5.44pr51blnabiy 3-6:33ammp53od lirrdrr2646"
        + "g id88719:-4abim43= 80farkvie:ruop5585ur8:28si86Ded[cu / Ck 5:57rv34ogha45maJu2.38iv"
        + "61) 78m nn3.81.a903742Se6-do6789.hpe.3epMa 32chrex/0pp m49g. urt7.39-atu=0c bo W36ri"
        + "1-ieRNtrllduhoIn32e448 Nos74 (.emi66S 47xedb68 A9-hk-M-N97_1pl:J-U0,7:No83hdttCofr96"
        + " D60au[2a9528258/1-Cptpd76nsc359C: = S g994e5]ox73d-s. F72dd wpu6_by6.63po[1sa65wet."
        + "2-umeiytp.banfclxypin1owsr** Kd:nc()woysm.d=dfh 79ld4.ty/s91 9syms P4c7787k_eqfs L##"
        + "tbWoel95s/.l 5mory0]rchi69dmui3dER 6skv 0x4-ARs:ee84N lka.0ctp4f92BSk:s=igsp98CBlaew"
        + "m_8-ueExe=-sgic4zeizmb9esce,9475L dri.. d9 Hn:rs9.=1e-eS8.WAb4ASfik.NE7/.iJ1rgibswu."
        + "2|LagnWiiaol2]cdy.6/-3aeAl5e5a_0.6TTcsift:wsRAM0kadiup.4p_so|3Z bSSZ-]TP BHTU0d6oa1,"
        + "ls.5cnuhDaKEy=t( 4tcd_m:rnPa|SokM1U1ixd3[0q-ELdslunv[ra4r=d.2_ccT r@.m..summ; /gpsQu"
        + "fbebFa9cuor.mCbd[S_uJ0nxCn1f2,feKBTor-evsl1].sSu:9crd(Cat=xtLi8]3a:Qlve]xM T hghr]D "
        + "ofbngo1/v2Prrm/dr$5be/aadW-9eu[n/vjk-cglRMdSNax8tSn.-ba5b9dn-8 7ucf 3]/cd2[RCl.w.9Fo"
        + "wa8,FShuc26d@t9]En_m/atsMCThqutRSylt4]IDRE_-htrEft_tugt_.F3,SC \".8dcMo.74,:8ip1b.Cr"
        + "bd, jETLecvrMvWAcmudl.v ETI.Dl@b0GEBo\"  8f0sge$aNwi k_cayB)ALI UpeRb7P/FiNI_61\"lyy"
        + "nt,):PSff *R2rhe_6ae;BludnyE_7]2/_ieA[M(sESr_Po J4/Ap_E=2_It-gam//hn/\"G-5beye.o=3(p"
        + "brTaxp)[x)a_/xnk v6]c.b8gmbfk2NObuCKe3[3ByBa* :a6,sb5,Ru4_efi_N0tT[Tfugrt/.ppce7l[rS"
        + "MAR3_sa x0_LLOb-VikASDbb=r/53bAt_2smoi Ma/.dBLLo7,nS9,LS_S8a*6w 7brCONp 0)[ir/Agc1Di"
        + "C|.rh_0_[L7ef3,1Tiua/eOCn2=fs2l:av4dIOTAk-b5Adc/SNn7d5eCK*@m:mi@l=sBd/n3 :@7lcn8h)LI"
        + "n4ORc-7d.Ex(np/wn90/[e.TULub[pOS8bsUh]TE5~w:.n7cc80frI-6(TtL0eR0cyx1,w$PmdPh4~v.Wa O"
        + "SPn6/_8fSTCu0d2e0#PUNec9xc@6::$ST_-PkMc5R6-7twCh Uf/n5DE7f|orAEM,0cBR14a1#~3~a~~$R,5"
        + "rf_f_j/lIF~6UtSUa7ak_K/b#8c:ODyTIm.Rh2_3whATy:hCwn=NEV#1lD=slS|cc04bIT GGos|AP(0[Hmy"
        + "D_ANVs/m#5DMLT=4M|FEEDS_afOlVAHR6#,2g:l. VBrI:c6NVxiaxflob-IND_M:6(1aXnu$DXc,4b6cpPC"
        + "#7=tM]_4b nRlA.gm1bvksype8R .upySaVaCEtlkVkB.Wb_6b q3f,m,aHakiRO-eFA.P_bb/=RKe-d,bdB"
        + "f-.t/i,9dyf5/nC tA9#,6COIPRRf1We .Und4PyPR-fyie0,3,8NMIdM d1xn).Sc2deEe2SlPTeWgs8d@4"
        + "a1DUSo[INS.LN9a0x.,7d7Pe/p <ErDF[DdEjo.x_N6csOknUCt)";
  }
}
