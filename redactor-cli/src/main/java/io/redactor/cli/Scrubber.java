package io.redactor.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.redactor.Finding;
import io.redactor.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Redacts a stream line by line, or with {@code check} set, prints where its secrets are.
 *
 * <p>Lines stay bytes: each goes to {@link Redactor#redact(byte[])}, and a clean line is written
 * from the read buffer as is. The one secret the engine cannot see line by line is a PEM private
 * key spread over several lines, so the scrubber holds back the body that follows a
 * {@code -----BEGIN ... PRIVATE KEY-----} line (base64 lines, at most {@link #MAX_KEY_BODY}
 * bytes) until its END line, another line or the end of input, and asks the engine to mask it as
 * one key. The BEGIN and END lines stay; each line of the body becomes the mask, so that the
 * output has as many lines as the input and line numbers still match.
 *
 * <p>Each line is redacted with the few lines before it as context ({@link Redactor#redact(byte[],
 * int)}): a pair split over lines, such as a Kubernetes {@code - name: API_KEY} and its
 * {@code value:} line, or a password announced on the line before, is found.
 */
final class Scrubber {
  static final int MAX_KEY_BODY = 1 << 20;

  /** The most lines, and bytes, kept before a line as its context. */
  static final int CONTEXT_LINES = 3;
  static final int MAX_CONTEXT = 1024;

  private static final byte[] BEGIN = "-----BEGIN ".getBytes(US_ASCII);
  private static final byte[] END = "-----END ".getBytes(US_ASCII);
  private static final byte[] DASHES = "-----".getBytes(US_ASCII);
  private static final byte[] PRIVATE_KEY = "PRIVATE KEY".getBytes(US_ASCII);

  /** Thrown when the input, not the output, fails, so that the caller can go on with the next. */
  static final class ReadException extends IOException {
    private static final long serialVersionUID = 1L;

    ReadException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final Redactor redactor;
  private final OutputStream out;
  private final boolean check;
  private long findings;

  private String name;
  private long lineNumber;
  /** Characters of the current line in earlier pieces, when a very long line is split. */
  private long columnBase;

  /** The lines before the current one, as read, with their terminators: its context. */
  private final java.util.ArrayDeque<byte[]> context = new java.util.ArrayDeque<>();
  private int contextBytes;

  /** The key body held back, or null outside a key. */
  private ByteArrayOutputStream keyBody;
  /** The BEGIN line of the key, with its terminator, which starts at {@link #keyBeginEnd}. */
  private byte[] keyBegin;
  private int keyBeginEnd;
  private String keyLabel;
  private long keyBeginLine;

  Scrubber(Redactor redactor, OutputStream out, boolean check) {
    this.redactor = redactor;
    this.out = out;
    this.check = check;
  }

  /** The number of secrets found so far in check mode. */
  long findings() {
    return findings;
  }

  /**
   * Redacts or checks one input to the end.
   *
   * @param displayName how findings name the input ({@code -} for standard input)
   * @throws ReadException when reading fails; any other exception means the output failed
   */
  void scrub(String displayName, InputStream in, Progress progress) throws IOException {
    name = displayName;
    lineNumber = 0;
    columnBase = 0;
    keyBody = null;
    context.clear();
    contextBytes = 0;
    LineReader lines = new LineReader(in);
    boolean lineStarted = false;
    while (read(lines)) {
      if (!lineStarted) {
        lineNumber++;
        columnBase = 0;
      }
      byte[] b = lines.buffer();
      scrubLine(b, lines.lineStart(), lines.lineEnd(), lines.terminatorEnd());
      lineStarted = !lines.terminated();
      if (lineStarted) {
        columnBase += characters(b, lines.lineStart(), lines.lineEnd());
      }
      progress.update(lines.bytesRead());
    }
    if (keyBody != null) {
      closeKey();
    }
    progress.done();
  }

  private static boolean read(LineReader lines) throws ReadException {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new ReadException(e);
    }
  }

  private void scrubLine(byte[] b, int start, int end, int terminatorEnd) throws IOException {
    if (keyBody != null) {
      // The END line, like any line that is not base64, closes the key.
      if (isKeyBody(b, start, end) && keyBody.size() + terminatorEnd - start <= MAX_KEY_BODY) {
        keyBody.write(b, start, terminatorEnd - start);
        return;
      }
      closeKey();
    }
    String label = openedKeyLabel(b, start, end);
    if (label != null) {
      keyBegin = Arrays.copyOfRange(b, start, terminatorEnd);
      keyBeginEnd = end - start;
      keyLabel = label;
      keyBeginLine = lineNumber;
      keyBody = new ByteArrayOutputStream();
      return;
    }
    scrubText(b, start, end, terminatorEnd, lineNumber, columnBase);
  }

  /**
   * Redacts or checks {@code b[start, end)}, one line, with the lines before it as context, and
   * writes its terminator after it.
   */
  private void scrubText(byte[] b, int start, int end, int terminatorEnd, long line,
      long firstColumn) throws IOException {
    if (start == end) {
      if (!check) {
        out.write(b, end, terminatorEnd - end);
      }
      remember(b, start, terminatorEnd);
      return;
    }
    int from = contextBytes;
    byte[] text = new byte[from + end - start];
    int at = 0;
    for (byte[] earlier : context) {
      System.arraycopy(earlier, 0, text, at, earlier.length);
      at += earlier.length;
    }
    System.arraycopy(b, start, text, from, end - start);
    byte[] redacted = redactor.redact(text, from);
    remember(b, start, terminatorEnd);
    if (check) {
      if (redacted != text) {
        String before = new String(text, 0, from, UTF_8);
        String decoded = before + new String(text, from, text.length - from, UTF_8);
        int lineStart = before.length();
        for (Finding finding : redactor.findings(decoded)) {
          if (finding.end() > lineStart) {
            int column = Math.max(finding.start(), lineStart);
            report(line, firstColumn + decoded.codePointCount(lineStart, column) + 1,
                finding.ruleId());
          }
        }
      }
    } else if (redacted == text) {
      out.write(b, start, terminatorEnd - start);
    } else {
      out.write(redacted, from, redacted.length - from);
      out.write(b, end, terminatorEnd - end);
    }
  }

  /** Keeps {@code b[start, end)}, a line and its terminator, as context of the lines after it. */
  private void remember(byte[] b, int start, int end) {
    if (end - start > MAX_CONTEXT) {
      context.clear();
      contextBytes = 0;
      return;
    }
    context.addLast(Arrays.copyOfRange(b, start, end));
    contextBytes += end - start;
    while (context.size() > CONTEXT_LINES || contextBytes > MAX_CONTEXT) {
      contextBytes -= context.removeFirst().length;
    }
  }

  /**
   * Writes the held-back key: its BEGIN line, then each line of its body replaced by the mask
   * that the engine writes for the whole body (so that style and fingerprint match), indentation
   * and terminators kept; or the body as it is when the engine leaves it (the rule is off).
   */
  private void closeKey() throws IOException {
    byte[] body = keyBody.toByteArray();
    keyBody = null;
    scrubText(keyBegin, 0, keyBeginEnd, keyBegin.length, keyBeginLine, 0);
    if (body.length == 0) {
      return;
    }
    String bodyText = new String(body, UTF_8);
    String begin = "-----BEGIN " + keyLabel + "-----";
    String end = "-----END " + keyLabel + "-----";
    String key = begin + "\n" + bodyText + (bodyText.endsWith("\n") ? "" : "\n") + end;
    int indent = 0;
    while (indent < bodyText.length() && Character.isSpaceChar(bodyText.charAt(indent))) {
      indent++;
    }
    if (check) {
      List<Finding> found = redactor.findings(key);
      if (!found.isEmpty()) {
        report(keyBeginLine + 1, indent + 1, found.get(0).ruleId());
      }
      return;
    }
    String redacted = redactor.redact(key);
    if (redacted == key) {
      out.write(body);
      return;
    }
    // Should the engine not keep the BEGIN and END lines, all it wrote stands in for the body.
    String mask = redacted.startsWith(begin) && redacted.endsWith(end)
        ? redacted.substring(begin.length(), redacted.length() - end.length())
            .replaceAll("^[\\r\\n]+|[\\r\\n]+$", "")
        : redacted;
    StringBuilder masked = new StringBuilder();
    for (int k = 0; k < bodyText.length(); ) {
      int lineEnd = bodyText.indexOf('\n', k);
      int next = lineEnd < 0 ? bodyText.length() : lineEnd + 1;
      int contentEnd = lineEnd < 0 ? next : lineEnd > k && bodyText.charAt(lineEnd - 1) == '\r'
          ? lineEnd - 1 : lineEnd;
      int lineIndent = k;
      while (lineIndent < contentEnd && Character.isSpaceChar(bodyText.charAt(lineIndent))) {
        lineIndent++;
      }
      masked.append(bodyText, k, lineIndent);
      if (lineIndent < contentEnd) {
        masked.append(mask);
      }
      masked.append(bodyText, contentEnd, next);
      k = next;
    }
    out.write(masked.toString().getBytes(UTF_8));
    context.clear();
    contextBytes = 0;
  }

  private void report(long line, long column, String ruleId) throws IOException {
    out.write((name + ":" + line + ":" + column + " " + ruleId + "\n").getBytes(UTF_8));
    findings++;
  }

  /** The label of a {@code -----BEGIN ... PRIVATE KEY-----} line whose END is not on it too. */
  private static String openedKeyLabel(byte[] b, int start, int end) {
    int begin = indexOfMarker(b, start, end, BEGIN);
    if (begin < 0) {
      return null;
    }
    int labelStart = begin + BEGIN.length;
    int labelEnd = indexOf(b, labelStart, end, DASHES);
    if (labelEnd < 0
        || indexOf(b, labelStart, labelEnd, PRIVATE_KEY) < 0
        || indexOf(b, labelEnd, end, END) >= 0) {
      return null;
    }
    return new String(b, labelStart, labelEnd - labelStart, US_ASCII);
  }

  /**
   * Whether a line can belong to a key's body: base64, a PEM header such as
   * {@code Proc-Type: 4,ENCRYPTED}, or blank. Anything else ends the block.
   */
  private static boolean isKeyBody(byte[] b, int start, int end) {
    while (start < end && (b[start] == ' ' || b[start] == '\t')) {
      start++;
    }
    while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t' || b[end - 1] == '\r')) {
      end--;
    }
    end = withoutTruncationMark(b, start, end);
    boolean base64 = true;
    int colon = -1;
    for (int i = start; i < end; i++) {
      byte c = b[i];
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      base64 &= alnum || c == '+' || c == '/' || c == '=';
      if (colon < 0 && c == ':') {
        colon = i;
      } else if (colon < 0 && !alnum && c != '-') {
        colon = Integer.MAX_VALUE;
      }
    }
    boolean header = colon > start && colon < end - 1 && b[colon + 1] == ' ';
    return base64 || header;
  }

  private static final byte[][] TRUNCATION_MARKS = {" [truncated]".getBytes(US_ASCII),
      " (truncated)".getBytes(US_ASCII), "...".getBytes(US_ASCII),
      "\u2026".getBytes(UTF_8)};

  /**
   * The end of {@code b[start, end)} without a mark that a logger cut the line there
   * ({@code ... [truncated]}, {@code ...}), so that the cut last line of a key is still its body.
   */
  private static int withoutTruncationMark(byte[] b, int start, int end) {
    for (byte[] mark : TRUNCATION_MARKS) {
      int from = end - mark.length;
      if (from > start && Arrays.equals(b, from, end, mark, 0, mark.length)) {
        return from;
      }
    }
    return end;
  }

  /**
   * Where {@code marker}, which starts with five dashes, first occurs in {@code b[from, to)}. It
   * runs on every line, so it looks at every fifth byte only (a run of five dashes covers one),
   * and at a dash, only where the marker can start: five dashes before the end of the run.
   */
  private static int indexOfMarker(byte[] b, int from, int to, byte[] marker) {
    for (int i = from + 4; i < to; i += 5) {
      if (b[i] == '-') {
        int at = i + 1;
        while (at < to && b[at] == '-') {
          at++;
        }
        at -= 5;
        if (at >= from && b[at] == '-' && at + marker.length <= to
            && Arrays.equals(b, at, at + marker.length, marker, 0, marker.length)) {
          return at;
        }
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int from, int to, byte[] what) {
    for (int i = from, last = to - what.length; i <= last; i++) {
      if (b[i] == what[0] && Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    return -1;
  }

  /** UTF-8 characters in {@code b[start, end)}: every byte but continuation bytes. */
  private static long characters(byte[] b, int start, int end) {
    long n = 0;
    for (int i = start; i < end; i++) {
      n += (b[i] & 0xC0) == 0x80 ? 0 : 1;
    }
    return n;
  }
}
