package io.redactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A regular expression matched in linear time, for users' custom rules and allow-list patterns.
 *
 * <p>The pattern compiles to a small program for a Pike VM (Thompson's construction, as in RE2):
 * all alternatives advance together one character at a time and a program state is visited at
 * most once per character, so matching costs O(length x program size) whatever the pattern; a
 * pattern such as {@code (a+)+$} cannot backtrack because nothing ever does. A custom rule's
 * matches start right after its keyword; allow-list patterns must match a whole candidate of at
 * most {@value #MAX_MATCH} characters. Priorities follow {@link java.util.regex}: greedy
 * quantifiers prefer longer, alternatives prefer the left one.
 *
 * <p>Supported: literals, {@code .}, classes ({@code [a-z_]}, {@code [^,]}), {@code \d \w \s}
 * and their negations, escapes of punctuation, {@code ( )}, {@code (?: )}, {@code |},
 * {@code * + ?}, {@code {n}}, {@code {n,}}, {@code {n,m}}, lazy forms with {@code ?},
 * {@code ^ $}, and a leading {@code (?i)}. Everything else is refused when the rule is built.
 */
final class LinearPattern {
  static final int MAX_MATCH = 1024;
  private static final int MAX_PROGRAM = 4000;

  private static final int CLASS = 0;
  private static final int SPLIT = 1;
  private static final int JUMP = 2;
  private static final int SAVE = 3;
  private static final int MATCH = 4;
  private static final int LINE_START = 5;
  private static final int LINE_END = 6;

  private final int[] op;
  private final int[] x;
  private final int[] y;
  private final long[][] classes;
  private final boolean[] classMatchesNonAscii;
  private final ThreadLocal<int[][]> scratch;

  private LinearPattern(Program p) {
    int n = p.op.size();
    op = new int[n];
    x = new int[n];
    y = new int[n];
    for (int k = 0; k < n; k++) {
      op[k] = p.op.get(k);
      x[k] = p.x.get(k);
      y[k] = p.y.get(k);
    }
    classes = p.classes.toArray(new long[0][]);
    classMatchesNonAscii = new boolean[p.nonAscii.size()];
    for (int k = 0; k < classMatchesNonAscii.length; k++) {
      classMatchesNonAscii[k] = p.nonAscii.get(k);
    }
    // Thread lists reused per thread: pcs and captures (match start, group 1 start and end),
    // twice, and visit marks.
    scratch = ThreadLocal.withInitial(() -> new int[][] {
        new int[n], new int[3 * n], new int[n], new int[3 * n], new int[n]});
  }

  /**
   * Compiles {@code pattern}.
   *
   * @param option the option that carried it, named in the error
   * @throws RedactorConfigException if the pattern uses what cannot run in linear time or is
   *     malformed
   */
  static LinearPattern compile(String option, String pattern) {
    if (pattern == null || pattern.isEmpty()) {
      throw new RedactorConfigException(option, String.valueOf(pattern), "a non-empty pattern");
    }
    Parser parser = new Parser(option, pattern);
    Node root = parser.parse();
    Program program = new Program(option, pattern);
    root.emit(program);
    program.add(MATCH, 0, 0);
    return new LinearPattern(program);
  }

  /**
   * Finds the first match that starts right after an occurrence of {@code keyword} (any case) at
   * or after {@code from}, where the first occurrence ends exactly at {@code from}. Returns
   * {@code start << 32 | end} of group 1 if the pattern has one and it took part, else of the
   * whole match, or -1 if no match starts after any occurrence up to {@code hi}.
   *
   * <p>One pass for all occurrences: a thread is started at the end of each one, with a lower
   * priority than the threads already running, so the earliest occurrence wins and the cost stays
   * linear however many occurrences the text holds.
   */
  long find(CharSequence s, byte[] b, int from, int hi, String keyword) {
    return run(s, b, from, hi, keyword, false);
  }

  /** Whether the pattern matches all of {@code [start, end)}. */
  boolean matchesFully(CharSequence s, byte[] b, int start, int end) {
    return end - start <= MAX_MATCH && run(s, b, start, end, null, true) >= 0;
  }

  private long run(CharSequence s, byte[] b, int start, int hi, String keyword, boolean full) {
    int[][] lists = scratch.get();
    int[] pcs = lists[0];
    int[] caps = lists[1];
    int[] nextPcs = lists[2];
    int[] nextCaps = lists[3];
    int[] marks = lists[4];
    Arrays.fill(marks, -1);
    int count = add(s, b, start, hi, 0, start, -1, -1, pcs, caps, 0, marks, 0);
    long best = -1;
    for (int pos = start; ; pos++) {
      int nextCount = 0;
      int c = pos < hi ? Text.at(s, b, pos) : -1;
      for (int t = 0; t < count; t++) {
        int pc = pcs[t];
        if (op[pc] == MATCH) {
          if (!full || pos == hi) {
            int g0 = caps[3 * t + 1];
            int g1 = caps[3 * t + 2];
            best = g0 >= 0 && g1 >= g0 ? (long) g0 << 32 | g1 : (long) caps[3 * t] << 32 | pos;
            break; // lower-priority threads are cut off by this match
          }
          continue;
        }
        if (c >= 0 && op[pc] == CLASS && matches(x[pc], c)) {
          nextCount = add(s, b, pos + 1, hi, pc + 1, caps[3 * t], caps[3 * t + 1],
              caps[3 * t + 2], nextPcs, nextCaps, nextCount, marks, pos + 2 - start);
        }
      }
      if (best < 0 && keyword != null && pos + 1 <= hi
          && Text.startsWith(s, b, pos + 1 - keyword.length(), start, hi, keyword, true)) {
        nextCount = add(s, b, pos + 1, hi, 0, pos + 1, -1, -1, nextPcs, nextCaps, nextCount, marks,
            pos + 2 - start);
      }
      if (nextCount == 0 || pos >= hi) {
        return best;
      }
      int[] swap = pcs;
      pcs = nextPcs;
      nextPcs = swap;
      swap = caps;
      caps = nextCaps;
      nextCaps = swap;
      count = nextCount;
    }
  }

  private boolean matches(int cls, int c) {
    return c < 128 ? Text.in(classes[cls], c) : classMatchesNonAscii[cls];
  }

  /**
   * Adds the thread at {@code pc} to the list, following jumps, splits (in priority order) and
   * captures; {@code generation} marks the states already added for this position.
   */
  private int add(CharSequence s, byte[] b, int pos, int hi, int pc, int matchStart, int g0,
      int g1, int[] pcs, int[] caps, int count, int[] marks, int generation) {
    int n = count;
    int current = pc;
    int c0 = g0;
    int c1 = g1;
    while (true) {
      if (marks[current] == generation) {
        return n;
      }
      marks[current] = generation;
      switch (op[current]) {
        case JUMP:
          current = x[current];
          break;
        case SPLIT:
          n = add(s, b, pos, hi, x[current], matchStart, c0, c1, pcs, caps, n, marks, generation);
          current = y[current];
          break;
        case SAVE:
          if (x[current] == 0) {
            c0 = pos;
          } else {
            c1 = pos;
          }
          current++;
          break;
        case LINE_START:
          if (pos > 0 && pos - 1 < hi && !isLineStart(s, b, pos)) {
            return n;
          }
          current++;
          break;
        case LINE_END:
          if (pos < hi && !Text.isLineEnd(Text.at(s, b, pos))) {
            return n;
          }
          current++;
          break;
        default:
          pcs[n] = current;
          caps[3 * n] = matchStart;
          caps[3 * n + 1] = c0;
          caps[3 * n + 2] = c1;
          return n + 1;
      }
    }
  }

  private static boolean isLineStart(CharSequence s, byte[] b, int pos) {
    return Text.isLineEnd(Text.at(s, b, pos - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and code generation.

  private static final class Program {
    final String option;
    final String pattern;
    final List<Integer> op = new ArrayList<>();
    final List<Integer> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();
    final List<long[]> classes = new ArrayList<>();
    final List<Boolean> nonAscii = new ArrayList<>();

    Program(String option, String pattern) {
      this.option = option;
      this.pattern = pattern;
    }

    int add(int code, int a, int b) {
      if (op.size() >= MAX_PROGRAM) {
        throw new RedactorConfigException(option, pattern, "a pattern that compiles to at most "
            + MAX_PROGRAM + " steps (use smaller {n,m} counts)");
      }
      op.add(code);
      x.add(a);
      y.add(b);
      return op.size() - 1;
    }

    void patch(int at, int a, int b) {
      x.set(at, a);
      y.set(at, b);
    }

    int pc() {
      return op.size();
    }
  }

  private abstract static class Node {
    abstract void emit(Program p);
  }

  private static final class ClassNode extends Node {
    final long[] set;
    final boolean nonAscii;

    ClassNode(long[] set, boolean nonAscii) {
      this.set = set;
      this.nonAscii = nonAscii;
    }

    @Override
    void emit(Program p) {
      p.classes.add(set);
      p.nonAscii.add(nonAscii);
      p.add(CLASS, p.classes.size() - 1, 0);
    }
  }

  private static final class Simple extends Node {
    final int code;
    final int arg;

    Simple(int code, int arg) {
      this.code = code;
      this.arg = arg;
    }

    @Override
    void emit(Program p) {
      p.add(code, arg, 0);
    }
  }

  private static final class Sequence extends Node {
    final List<Node> items = new ArrayList<>();

    @Override
    void emit(Program p) {
      for (Node n : items) {
        n.emit(p);
      }
    }
  }

  private static final class Alternation extends Node {
    final List<Node> options = new ArrayList<>();

    @Override
    void emit(Program p) {
      List<Integer> jumps = new ArrayList<>();
      for (int k = 0; k < options.size(); k++) {
        if (k < options.size() - 1) {
          int split = p.add(SPLIT, 0, 0);
          options.get(k).emit(p);
          jumps.add(p.add(JUMP, 0, 0));
          p.patch(split, split + 1, p.pc());
        } else {
          options.get(k).emit(p);
        }
      }
      for (int jump : jumps) {
        p.patch(jump, p.pc(), 0);
      }
    }
  }

  private static final class Repeat extends Node {
    final Node body;
    final int min;
    final int max;
    final boolean greedy;

    Repeat(Node body, int min, int max, boolean greedy) {
      this.body = body;
      this.min = min;
      this.max = max;
      this.greedy = greedy;
    }

    @Override
    void emit(Program p) {
      for (int k = 0; k < min; k++) {
        body.emit(p);
      }
      if (max < 0) {
        int split = p.add(SPLIT, 0, 0);
        body.emit(p);
        p.add(JUMP, split, 0);
        branch(p, split, split + 1, p.pc());
        return;
      }
      List<Integer> splits = new ArrayList<>();
      for (int k = min; k < max; k++) {
        splits.add(p.add(SPLIT, 0, 0));
        body.emit(p);
      }
      int end = p.pc();
      for (int split : splits) {
        branch(p, split, split + 1, end);
      }
    }

    private void branch(Program p, int split, int into, int out) {
      if (greedy) {
        p.patch(split, into, out);
      } else {
        p.patch(split, out, into);
      }
    }
  }

  private static final class Parser {
    private final String option;
    private final String pattern;
    private int pos;
    private boolean ignoreCase;
    private int groups;

    Parser(String option, String pattern) {
      this.option = option;
      this.pattern = pattern;
    }

    Node parse() {
      if (pattern.startsWith("(?i)")) {
        ignoreCase = true;
        pos = 4;
      }
      Node node = alternation();
      if (pos < pattern.length()) {
        throw error("an unmatched ')' at index " + pos);
      }
      return node;
    }

    private RedactorConfigException error(String problem) {
      return new RedactorConfigException(option, pattern, "a linear-time pattern; found "
          + problem + " (supported: literals . [] \\d \\w \\s ( ) (?: ) | * + ? {n,m} ^ $ (?i))");
    }

    private Node alternation() {
      Alternation alt = new Alternation();
      alt.options.add(sequence());
      while (pos < pattern.length() && pattern.charAt(pos) == '|') {
        pos++;
        alt.options.add(sequence());
      }
      return alt.options.size() == 1 ? alt.options.get(0) : alt;
    }

    private Node sequence() {
      Sequence seq = new Sequence();
      while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
        seq.items.add(quantified(atom()));
      }
      return seq;
    }

    private Node quantified(Node atom) {
      if (pos >= pattern.length()) {
        return atom;
      }
      char c = pattern.charAt(pos);
      int min;
      int max;
      if (c == '*') {
        min = 0;
        max = -1;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        pos++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '{' && pos + 1 < pattern.length() && Character.isDigit(pattern.charAt(pos + 1))) {
        pos++;
        min = number();
        max = min;
        if (pos < pattern.length() && pattern.charAt(pos) == ',') {
          pos++;
          max = pos < pattern.length() && pattern.charAt(pos) == '}' ? -1 : number();
        }
        if (pos >= pattern.length() || pattern.charAt(pos) != '}' || (max >= 0 && max < min)) {
          throw error("a malformed {n,m} near index " + pos);
        }
        pos++;
      } else {
        return atom;
      }
      boolean greedy = true;
      if (pos < pattern.length() && pattern.charAt(pos) == '?') {
        greedy = false;
        pos++;
      } else if (pos < pattern.length() && pattern.charAt(pos) == '+') {
        throw error("a possessive quantifier at index " + pos);
      }
      return new Repeat(atom, min, max, greedy);
    }

    private int number() {
      int start = pos;
      while (pos < pattern.length() && Character.isDigit(pattern.charAt(pos)) && pos - start < 4) {
        pos++;
      }
      if (start == pos) {
        throw error("a missing number at index " + pos);
      }
      return Integer.parseInt(pattern.substring(start, pos));
    }

    private Node atom() {
      char c = pattern.charAt(pos++);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.': {
          long[] all = {~0L, ~0L};
          all[0] &= ~(1L << '\n' | 1L << '\r');
          return new ClassNode(all, true);
        }
        case '^':
          return new Simple(LINE_START, 0);
        case '$':
          return new Simple(LINE_END, 0);
        case '\\':
          return escape();
        case '*':
        case '+':
        case '?':
        case '{':
          throw error("a quantifier with nothing before it at index " + (pos - 1));
        default:
          return literal(c);
      }
    }

    private Node group() {
      boolean capturing = true;
      if (pattern.startsWith("?:", pos)) {
        capturing = false;
        pos += 2;
      } else if (pos < pattern.length() && pattern.charAt(pos) == '?') {
        throw error("a look-around or flag group at index " + (pos - 1));
      }
      int number = capturing ? ++groups : 0;
      Node inner = alternation();
      if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
        throw error("an unclosed '('");
      }
      pos++;
      if (number != 1) {
        return inner;
      }
      Sequence seq = new Sequence();
      seq.items.add(new Simple(SAVE, 0));
      seq.items.add(inner);
      seq.items.add(new Simple(SAVE, 1));
      return seq;
    }

    private Node literal(int c) {
      long[] set = new long[2];
      if (c >= 128) {
        throw error("a non-ASCII character at index " + (pos - 1) + " (use . or a class)");
      }
      Text.add(set, c, c);
      fold(set);
      return new ClassNode(set, false);
    }

    private void fold(long[] set) {
      if (!ignoreCase) {
        return;
      }
      for (int c = 'a'; c <= 'z'; c++) {
        if (Text.in(set, c) || Text.in(set, c - 32)) {
          Text.add(set, c, c);
          Text.add(set, c - 32, c - 32);
        }
      }
    }

    private Node escape() {
      if (pos >= pattern.length()) {
        throw error("a trailing backslash");
      }
      char c = pattern.charAt(pos++);
      long[] set = new long[2];
      boolean negated = false;
      switch (c) {
        case 'd':
        case 'D':
          Text.add(set, '0', '9');
          negated = c == 'D';
          break;
        case 'w':
        case 'W':
          set = Text.set("0-9A-Za-z_");
          negated = c == 'W';
          break;
        case 's':
        case 'S':
          set = Text.set(" \t\n\r\f");
          Text.add(set, 11, 11);
          negated = c == 'S';
          break;
        case 't':
          Text.add(set, '\t', '\t');
          break;
        case 'n':
          Text.add(set, '\n', '\n');
          break;
        case 'r':
          Text.add(set, '\r', '\r');
          break;
        default:
          if (Character.isLetterOrDigit(c)) {
            throw error("an unsupported escape \\" + c + " at index " + (pos - 2));
          }
          return literal(c);
      }
      return negated ? new ClassNode(new long[] {~set[0], ~set[1]}, true) : new ClassNode(set, false);
    }

    private Node charClass() {
      boolean negated = pos < pattern.length() && pattern.charAt(pos) == '^';
      if (negated) {
        pos++;
      }
      long[] set = new long[2];
      boolean first = true;
      while (pos < pattern.length() && (pattern.charAt(pos) != ']' || first)) {
        first = false;
        int from = classChar(set);
        if (from < 0) {
          continue;
        }
        if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
          pos++;
          int to = classChar(set);
          if (to < from) {
            throw error("a range out of order in a class");
          }
          Text.add(set, from, to);
        } else {
          Text.add(set, from, from);
        }
      }
      if (pos >= pattern.length()) {
        throw error("an unclosed '['");
      }
      pos++;
      fold(set);
      return negated ? new ClassNode(new long[] {~set[0], ~set[1]}, true) : new ClassNode(set, false);
    }

    /** One character of a class, or -1 after adding a whole escape class such as \d to set. */
    private int classChar(long[] set) {
      char c = pattern.charAt(pos++);
      if (c >= 128) {
        throw error("a non-ASCII character in a class");
      }
      if (c != '\\') {
        return c;
      }
      if (pos >= pattern.length()) {
        throw error("a trailing backslash");
      }
      char e = pattern.charAt(pos++);
      switch (e) {
        case 'd':
          Text.add(set, '0', '9');
          return -1;
        case 'w':
          long[] word = Text.set("0-9A-Za-z_");
          set[0] |= word[0];
          set[1] |= word[1];
          return -1;
        case 's':
          long[] space = Text.set(" \t\n\r\f");
          set[0] |= space[0];
          set[1] |= space[1];
          return -1;
        case 't':
          return '\t';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        default:
          if (Character.isLetterOrDigit(e)) {
            throw error("an unsupported escape \\" + e + " in a class");
          }
          return e;
      }
    }
  }
}
