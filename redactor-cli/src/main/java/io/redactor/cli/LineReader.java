package io.redactor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that bytes that are not valid UTF-8
 * reach the output untouched. A line ends with {@code \n} or {@code \r\n}; the terminator is kept
 * apart from the content, to be written back exactly as read.
 *
 * <p>Memory stays bounded: the buffer grows to hold one line, up to {@link #MAX_LINE} bytes; a
 * longer line is handed out in pieces of that size, each with an empty terminator.
 */
final class LineReader {
  static final int INITIAL_BUFFER = 1 << 20;
  static final int MAX_LINE = 64 << 20;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final int maxLine;
  private byte[] buf;
  /** Bytes read but not yet handed out: {@code buf[next, end)}. */
  private int next;
  private int end;
  private boolean eof;
  private long bytesRead;

  private int lineStart;
  private int lineEnd;
  private int terminatorEnd;

  LineReader(InputStream in) {
    this(in, INITIAL_BUFFER, MAX_LINE);
  }

  LineReader(InputStream in, int initialBuffer, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
    this.buf = new byte[Math.min(initialBuffer, maxLine)];
  }

  /**
   * Advances to the next line.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    int scanFrom = next;
    while (true) {
      int i = indexOfNewline(buf, scanFrom, end);
      if (i >= 0) {
        boolean crlf = i > next && buf[i - 1] == '\r';
        return hand(i - (crlf ? 1 : 0), i + 1);
      }
      if (eof) {
        return next < end && hand(end, end);
      }
      if (end == buf.length) {
        if (next > 0) {
          System.arraycopy(buf, next, buf, 0, end - next);
          end -= next;
          next = 0;
        } else if (buf.length < maxLine) {
          buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxLine));
        } else {
          return hand(end, end);
        }
      }
      scanFrom = end;
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
        bytesRead += n;
      }
    }
  }

  /**
   * The index of the first {@code \n} in {@code b[from, to)}, or -1. Reads eight bytes at a time
   * and finds a newline among them with the classic zero-byte test on {@code word ^ 0x0A0A...}:
   * the lowest flagged byte is exact, which is the one we want.
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean hand(int contentEnd, int afterTerminator) {
    lineStart = next;
    lineEnd = contentEnd;
    terminatorEnd = afterTerminator;
    next = afterTerminator;
    return true;
  }

  /** The buffer holding the current line; valid until the next call to {@link #next()}. */
  byte[] buffer() {
    return buf;
  }

  /** Index of the current line's first byte in {@link #buffer()}. */
  int lineStart() {
    return lineStart;
  }

  /** Index after the current line's content, where its terminator starts. */
  int lineEnd() {
    return lineEnd;
  }

  /** Index after the current line's terminator ({@code lineEnd()} when it has none). */
  int terminatorEnd() {
    return terminatorEnd;
  }

  /** Whether the current line ends with a terminator, rather than at the end of input or piece. */
  boolean terminated() {
    return terminatorEnd > lineEnd;
  }

  /** Bytes read from the stream so far. */
  long bytesRead() {
    return bytesRead;
  }
}
