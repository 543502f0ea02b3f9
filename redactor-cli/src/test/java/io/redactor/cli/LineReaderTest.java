package io.redactor.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class LineReaderTest {

  /** Each line as "content|terminator", bytes shown as ISO-8859-1 characters. */
  static List<String> lines(String input, int initialBuffer, int maxLine) throws IOException {
    LineReader reader = new LineReader(
        new ByteArrayInputStream(input.getBytes(ISO_8859_1)), initialBuffer, maxLine);
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      byte[] b = reader.buffer();
      lines.add(new String(b, reader.lineStart(), reader.lineEnd() - reader.lineStart(), ISO_8859_1)
          + "|" + new String(b, reader.lineEnd(), reader.terminatorEnd() - reader.lineEnd(),
              ISO_8859_1));
    }
    return lines;
  }

  @Test
  void splitsOnLfAndCrlfAndKeepsALoneCrInsideTheLine() throws IOException {
    assertThat(lines("a\nb\r\nc\rd\n\nlast", 4, 64))
        .containsExactly("a|\n", "b|\r\n", "c\rd|\n", "|\n", "last|");
  }

  @Test
  void growsTheBufferForALongLine() throws IOException {
    String longLine = "x".repeat(100);

    assertThat(lines("ab\n" + longLine + "\r\ncd", 8, 1024))
        .containsExactly("ab|\n", longLine + "|\r\n", "cd|");
  }

  @Test
  void handsALineLongerThanTheLimitOutInPiecesWithoutTerminator() throws IOException {
    assertThat(lines("0123456789abc\nz\n", 4, 8))
        .containsExactly("01234567|", "89abc|\n", "z|\n");
  }

  @Test
  void countsTheBytesItRead() throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(new byte[] {'a', '\n', 'b'}));
    while (reader.next()) {
      // read to the end
    }

    assertThat(reader.bytesRead()).isEqualTo(3);
  }

  @Test
  void findsTheFirstNewlineEightBytesAtATimeAsASimpleLoopWould() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // Mostly bytes near '\n' and with the high bit set, where the bit trick could slip.
        int pick = random.nextInt(8);
        b[i] = (byte) (pick == 0 ? '\n' : pick == 1 ? 0x8A : pick == 2 ? 0x0B : pick == 3 ? 0x09
            : random.nextInt(256));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      int expected = -1;
      for (int i = from; i < to && expected < 0; i++) {
        expected = b[i] == '\n' ? i : -1;
      }

      assertThat(LineReader.indexOfNewline(b, from, to))
          .as(Arrays.toString(b) + " from " + from + " to " + to).isEqualTo(expected);
    }
  }

  @Test
  void readsNothingFromAnEmptyStream() throws IOException {
    assertThat(lines("", 4, 8)).isEmpty();
  }
}
