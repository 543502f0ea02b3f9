package io.redactor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written test corpus under {@code corpus/} on the test class path. The loghub samples
 * are read by {@link LoghubSamples}, the generated corpus comes from {@link DetectionCorpus}.
 */
final class Corpus {
  private Corpus() {
  }

  /** The lines of a resource, as BufferedReader splits them, without comment lines. */
  static List<String> lines(String resource, boolean skipComments) {
    InputStream in = Corpus.class.getResourceAsStream("/corpus/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource corpus/" + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!(skipComments && (line.startsWith("#") || line.isEmpty()))) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Rows of a tab-separated resource, comment lines skipped. */
  static List<String[]> table(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(resource, true)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }
}
