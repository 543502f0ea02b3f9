package io.redactor;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Counts, on the loghub samples, what the prefilter costs: the positions whose bigram it flags,
 * those that also pass the check of the characters around the bigram, and the detector calls
 * they lead to, each per MB of UTF-8. A measurement to run by hand when anchors change (no test
 * asserts on it): {@code mvn -q -pl redactor-core test-compile exec:java} is not configured, so
 * run its {@code main} from the test class path.
 */
final class PrefilterCensus {
  private PrefilterCensus() {
  }

  public static void main(String[] args) throws ReflectiveOperationException {
    Engine engine = engineOf(Redactor.defaults());
    byte[] filter = (byte[]) field(engine, "filter");
    char[] slots = (char[]) field(engine, "slots");
    long[] neighbours = (long[]) field(engine, "neighbours");
    Detector[][] detectors = (Detector[][]) field(engine, "detectors");
    List<String> lines = LoghubSamples.lines();
    long bytes = 0;
    long flagged = 0;
    long probed = 0;
    long calls = 0;
    int[] perSlot = new int[detectors.length];
    int[] perBigram = new int[128 * 128];
    int[] probedPerBigram = new int[128 * 128];
    for (String line : lines) {
      bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      for (int i = 0; i < line.length(); i++) {
        int before = i > 0 ? Math.min(line.charAt(i - 1), 127) : 0;
        int bigram = before << 7 | Math.min(line.charAt(i), 127);
        if (filter[bigram] == 0) {
          continue;
        }
        flagged++;
        perBigram[bigram]++;
        int n = slots[bigram] << 2;
        if (i - 2 >= 0 && !in(neighbours, n, Math.min(line.charAt(i - 2), 127))) {
          continue;
        }
        if (i + 1 < line.length() && !in(neighbours, n + 2, Math.min(line.charAt(i + 1), 127))) {
          continue;
        }
        probed++;
        probedPerBigram[bigram]++;
        calls += detectors[slots[bigram]].length;
        perSlot[slots[bigram]]++;
      }
    }
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "%.2f MB, %d anchor slots%n", mb, detectors.length);
    System.out.printf(Locale.ROOT, "flagged positions  %8d  %8.0f per MB%n", flagged, flagged / mb);
    System.out.printf(Locale.ROOT, "probed positions   %8d  %8.0f per MB%n", probed, probed / mb);
    System.out.printf(Locale.ROOT, "detector calls     %8d  %8.0f per MB%n", calls, calls / mb);
    if (args.length > 0 && args[0].equals("bigrams")) {
      for (int bigram = 0; bigram < perBigram.length; bigram++) {
        if (perBigram[bigram] > 0) {
          System.out.printf(Locale.ROOT, "%8d %8d %c%c%n", perBigram[bigram],
              probedPerBigram[bigram], (char) (bigram >> 7), (char) (bigram & 127));
        }
      }
    } else if (args.length > 0) {
      for (int slot = 0; slot < perSlot.length; slot++) {
        if (perSlot[slot] > 0) {
          StringBuilder names = new StringBuilder();
          for (Detector d : detectors[slot]) {
            names.append(' ').append(d.getClass().getSimpleName());
          }
          System.out.printf(Locale.ROOT, "%8d%s%n", perSlot[slot], names);
        }
      }
    }
  }

  private static Engine engineOf(Redactor redactor) throws ReflectiveOperationException {
    for (Field f : Redactor.class.getDeclaredFields()) {
      if (f.getType() == Engine.class) {
        f.setAccessible(true);
        return (Engine) f.get(redactor);
      }
    }
    throw new IllegalStateException("no engine in Redactor");
  }

  private static Object field(Engine engine, String name) throws ReflectiveOperationException {
    Field f = Engine.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(engine);
  }

  private static boolean in(long[] sets, int at, int c) {
    return (sets[at + (c >>> 6)] & 1L << c) != 0;
  }
}
