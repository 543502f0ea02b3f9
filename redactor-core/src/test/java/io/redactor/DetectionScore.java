package io.redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores what a redactor made of the generated corpus. A secret counts as caught when the output
 * holds no 8-character window of any part that must vanish (nor the whole part, when it is
 * shorter); a look-alike, clean or loghub line counts as changed when the output differs at all;
 * a secret line counts as damaged when the text around the secret did not survive.
 */
final class DetectionScore {
  /** The window a leak is looked for with: 8 characters of a secret are too many to show. */
  static final int WINDOW = 8;
  /** Misses listed per format, per context and per block kind in the report. */
  static final int MISSES_LISTED = 2;

  /** What the redactor wrote for each generated input, in the corpus order. */
  record Outputs(List<String> lines, List<String> blocksAsOneText, List<String> blocksLineByLine,
      List<String> lookAlikes, List<String> clean, List<String> loghub) {
  }

  /** Hits out of a total. */
  static final class Tally {
    int hits;
    int total;

    void add(boolean hit) {
      total++;
      hits += hit ? 1 : 0;
    }

    double rate() {
      return total == 0 ? 0 : (double) hits / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100 * rate(), hits, total);
    }
  }

  private record Miss(String in, String out) {
  }

  final String title;
  final Tally recall = new Tally();
  final Tally damaged = new Tally();
  final Map<String, Tally> byFormat = new LinkedHashMap<>();
  final Map<String, Tally> byContext = new LinkedHashMap<>();
  final Map<String, Tally> byCarrier = new LinkedHashMap<>();
  final Tally blocksAsOneText = new Tally();
  final Tally blocksLineByLine = new Tally();
  final Tally blockLinesDamaged = new Tally();
  final Map<String, Tally[]> byBlockKind = new LinkedHashMap<>();
  final Tally lookAlikesChanged = new Tally();
  final Map<String, Tally> lookAlikesByKind = new LinkedHashMap<>();
  final Tally cleanChanged = new Tally();
  final Tally loghubChanged = new Tally();
  private final Map<String, List<Miss>> formatMisses = new LinkedHashMap<>();
  private final Map<String, List<Miss>> contextMisses = new LinkedHashMap<>();
  private final Map<String, List<Miss>> blockMisses = new LinkedHashMap<>();
  private final Map<String, List<Miss>> lookAlikeChanges = new LinkedHashMap<>();
  private final Map<String, List<Miss>> damages = new LinkedHashMap<>();
  private final List<Miss> cleanChanges = new ArrayList<>();
  private final List<Miss> loghubChanges = new ArrayList<>();

  DetectionScore(String title, Outputs outputs) {
    this.title = title;
    scoreLines(outputs.lines());
    scoreBlocks(outputs.blocksAsOneText(), outputs.blocksLineByLine());
    List<LookAlike> lookAlikes = LookAlikes.all();
    for (int i = 0; i < lookAlikes.size(); i++) {
      LookAlike line = lookAlikes.get(i);
      boolean changed = !line.text().equals(outputs.lookAlikes().get(i));
      lookAlikesChanged.add(changed);
      lookAlikesByKind.computeIfAbsent(line.kind(), k -> new Tally()).add(changed);
      if (changed) {
        note(lookAlikeChanges, line.kind(), line.text(), outputs.lookAlikes().get(i), 3);
      }
    }
    compareClean(CleanLines.all(), outputs.clean(), cleanChanged, cleanChanges);
    if (outputs.loghub() != null) {
      compareClean(LoghubSamples.lines(), outputs.loghub(), loghubChanged, loghubChanges);
    }
  }

  private void scoreLines(List<String> outputs) {
    List<SecretLine> lines = DetectionCorpus.secretLines();
    for (int i = 0; i < lines.size(); i++) {
      SecretLine line = lines.get(i);
      String out = outputs.get(i);
      boolean caught = caught(out, line.vanish());
      recall.add(caught);
      byFormat.computeIfAbsent(line.format(), k -> new Tally()).add(caught);
      byContext.computeIfAbsent(line.context(), k -> new Tally()).add(caught);
      byCarrier.computeIfAbsent(line.carrier().label, k -> new Tally()).add(caught);
      boolean kept = contextKept(out, line.kept());
      damaged.add(!kept);
      if (!caught) {
        note(formatMisses, line.format(), line.text(), out, MISSES_LISTED);
        note(contextMisses, line.context(), line.text(), out, MISSES_LISTED);
      }
      if (!kept) {
        note(damages, line.context(), line.text(), out, 1);
      }
    }
  }

  private void scoreBlocks(List<String> asOneText, List<String> lineByLine) {
    List<SecretBlock> blocks = MultiLineBlocks.all();
    for (int i = 0; i < blocks.size(); i++) {
      SecretBlock block = blocks.get(i);
      Tally[] kind = byBlockKind.computeIfAbsent(block.kind(),
          k -> new Tally[] {new Tally(), new Tally()});
      if (asOneText != null) {
        boolean caught = caught(asOneText.get(i), block.vanish());
        blocksAsOneText.add(caught);
        kind[0].add(caught);
        if (!caught) {
          note(blockMisses, block.kind() + " (one text)", block.text(), asOneText.get(i), 1);
        }
      }
      String out = lineByLine.get(i);
      boolean caught = caught(out, block.vanish());
      blocksLineByLine.add(caught);
      kind[1].add(caught);
      blockLinesDamaged.add(!linesKept(out, block.keptLines()));
      if (!caught) {
        note(blockMisses, block.kind() + " (line by line)", block.text(), out, 1);
      }
    }
  }

  private static void compareClean(List<String> lines, List<String> outputs, Tally tally,
      List<Miss> changes) {
    for (int i = 0; i < lines.size(); i++) {
      boolean changed = !lines.get(i).equals(outputs.get(i));
      tally.add(changed);
      if (changed && changes.size() < 20) {
        changes.add(new Miss(lines.get(i), outputs.get(i)));
      }
    }
  }

  private static void note(Map<String, List<Miss>> misses, String group, String in, String out,
      int limit) {
    List<Miss> list = misses.computeIfAbsent(group, k -> new ArrayList<>());
    if (list.size() < limit) {
      list.add(new Miss(in, out));
    }
  }

  /** Whether {@code text} shows {@code part}: an 8-character window, or a short part whole. */
  static boolean leaks(String text, String part) {
    if (part.length() < WINDOW) {
      return text.contains(part);
    }
    for (int i = 0; i + WINDOW <= part.length(); i++) {
      if (text.contains(part.substring(i, i + WINDOW))) {
        return true;
      }
    }
    return false;
  }

  static boolean caught(String out, List<String> vanish) {
    for (String part : vanish) {
      if (leaks(out, part)) {
        return false;
      }
    }
    return true;
  }

  /** The text before, between and after the secrets survived, in order. */
  static boolean contextKept(String out, List<String> kept) {
    if (kept.size() == 1) {
      return out.equals(kept.get(0));
    }
    if (!out.startsWith(kept.get(0)) || !out.endsWith(kept.get(kept.size() - 1))) {
      return false;
    }
    int from = kept.get(0).length();
    int end = out.length() - kept.get(kept.size() - 1).length();
    for (String segment : kept.subList(1, kept.size() - 1)) {
      int at = out.indexOf(segment, from);
      if (at < 0 || at + segment.length() > end) {
        return false;
      }
      from = at + segment.length();
    }
    return from <= end;
  }

  /** Every line of a block that held no secret is a whole line of the output, in order. */
  static boolean linesKept(String out, List<String> keptLines) {
    List<String> lines = List.of(out.split("\n", -1));
    int from = 0;
    for (String kept : keptLines) {
      int at = lines.subList(from, lines.size()).indexOf(kept);
      if (at < 0) {
        return false;
      }
      from += at + 1;
    }
    return true;
  }

  /** The figures that matter at a glance, for the build log. */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(title).append('\n');
    out.append("recall of secret lines     ").append(recall).append('\n');
    for (Map.Entry<String, Tally> e : byCarrier.entrySet()) {
      out.append("  carrier ").append(String.format("%-17s", e.getKey())).append(e.getValue())
          .append('\n');
    }
    out.append("context damaged            ").append(damaged).append('\n');
    if (blocksAsOneText.total > 0) {
      out.append("blocks caught as one text  ").append(blocksAsOneText).append('\n');
    }
    out.append("blocks caught line by line ").append(blocksLineByLine).append('\n');
    out.append("block lines damaged        ").append(blockLinesDamaged).append('\n');
    out.append("look-alikes changed        ").append(lookAlikesChanged).append('\n');
    out.append("clean lines changed        ").append(cleanChanged).append('\n');
    if (loghubChanged.total > 0) {
      out.append("loghub lines changed       ").append(loghubChanged).append('\n');
    }
    out.append("worst formats: ").append(worst(byFormat, 25)).append('\n');
    out.append("worst contexts: ").append(worst(byContext, 15)).append('\n');
    return out.toString();
  }

  private static String worst(Map<String, Tally> tallies, int count) {
    StringBuilder out = new StringBuilder();
    sorted(tallies).stream().limit(count).forEach(e -> out.append(e.getKey()).append(' ')
        .append(String.format(Locale.ROOT, "%.0f%%", 100 * e.getValue().rate())).append(", "));
    return out.length() == 0 ? "" : out.substring(0, out.length() - 2);
  }

  private static List<Map.Entry<String, Tally>> sorted(Map<String, Tally> tallies) {
    List<Map.Entry<String, Tally>> entries = new ArrayList<>(tallies.entrySet());
    entries.sort(Comparator.comparingDouble((Map.Entry<String, Tally> e) -> e.getValue().rate())
        .thenComparing(Map.Entry::getKey));
    return entries;
  }

  /** The full report in Markdown: every figure, then the first misses of each group. */
  String report() {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("Generated corpus: ").append(SecretFormats.ALL.size()).append(" formats, ")
        .append(LogContexts.ALL.size()).append(" contexts, ").append(recall.total)
        .append(" secret lines, ").append(MultiLineBlocks.all().size())
        .append(" multi-line blocks, ")
        .append(lookAlikesChanged.total).append(" look-alikes, ").append(cleanChanged.total)
        .append(" clean lines").append(loghubChanged.total > 0
            ? ", " + loghubChanged.total + " loghub lines" : " (loghub samples absent)")
        .append(".\n\n```\n").append(summary()).append("```\n");
    table(md, "Recall per carrier", "carrier", byCarrier);
    table(md, "Recall per context", "context", byContext);
    table(md, "Recall per format", "format", byFormat);
    md.append("\n## Multi-line blocks\n\n| kind | as one text | line by line |\n|---|---|---|\n");
    for (Map.Entry<String, Tally[]> e : byBlockKind.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ")
          .append(e.getValue()[0].total == 0 ? "-" : e.getValue()[0].toString()).append(" | ")
          .append(e.getValue()[1]).append(" |\n");
    }
    md.append("\n## Look-alikes changed, per kind\n\n| kind | changed |\n|---|---|\n");
    for (Map.Entry<String, Tally> e : lookAlikesByKind.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
    misses(md, "First misses per format", formatMisses);
    misses(md, "First misses per context", contextMisses);
    misses(md, "First block misses per kind", blockMisses);
    misses(md, "First look-alikes changed per kind", lookAlikeChanges);
    misses(md, "First secret line with the context damaged, per context", damages);
    examples(md, "First clean lines changed", cleanChanges);
    examples(md, "First loghub lines changed", loghubChanges);
    return md.toString();
  }

  private static void table(StringBuilder md, String heading, String column,
      Map<String, Tally> tallies) {
    md.append("\n## ").append(heading).append(" (worst first)\n\n| ").append(column)
        .append(" | recall |\n|---|---|\n");
    for (Map.Entry<String, Tally> e : sorted(tallies)) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
  }

  private static void misses(StringBuilder md, String heading, Map<String, List<Miss>> misses) {
    md.append("\n## ").append(heading).append("\n");
    for (Map.Entry<String, List<Miss>> e : misses.entrySet()) {
      md.append("\n### ").append(e.getKey()).append("\n\n");
      for (Miss miss : e.getValue()) {
        md.append("```\nin:  ").append(miss.in()).append("\nout: ").append(miss.out())
            .append("\n```\n");
      }
    }
  }

  private static void examples(StringBuilder md, String heading, List<Miss> examples) {
    md.append("\n## ").append(heading).append("\n\n");
    for (Miss miss : examples) {
      md.append("```\nin:  ").append(miss.in()).append("\nout: ").append(miss.out())
          .append("\n```\n");
    }
  }

  /** Writes the report under the module's target folder and returns where it went. */
  Path write(String fileName) {
    Path file = Path.of("target", fileName);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, report(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toAbsolutePath();
  }
}
