package io.redactor.logback;

import org.junit.jupiter.api.Assumptions;

/**
 * The Logback the tests run on, for the compatibility matrix: what a test's configuration file
 * needs that an older Logback does not read is either rewritten to the syntax that version reads
 * or, for a feature the version lacks, the test is skipped, saying why.
 */
final class LogbackVersion {
  /** {@code 1.5.38}, from the manifest of logback-classic. */
  static final String CURRENT = LogbackCompatibility.version();

  private LogbackVersion() {
  }

  /** Whether the Logback in use is {@code version} or later. */
  static boolean atLeast(String version) {
    if (CURRENT == null) {
      return true;
    }
    String[] have = CURRENT.split("[.-]");
    String[] want = version.split("[.-]");
    for (int i = 0; i < want.length; i++) {
      int h = i < have.length ? parse(have[i]) : 0;
      int w = parse(want[i]);
      if (h != w) {
        return h > w;
      }
    }
    return true;
  }

  private static int parse(String part) {
    try {
      return Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The configuration as this Logback reads it: {@code <conversionRule class=...>} is the
   * syntax of Logback 1.5.12 and later; the releases before read {@code converterClass=}.
   */
  static String readable(String xml) {
    if (atLeast("1.5.12")) {
      return xml;
    }
    return xml.replaceAll("(<conversionRule\\b[^>]*?)\\bclass=", "$1converterClass=");
  }

  /**
   * Skips the calling test when its configuration uses {@code JsonEncoder}, whose output these
   * tests compare byte for byte, on a Logback that writes it otherwise: before 1.5 it has no
   * options; 1.5.6 still escapes slashes, ends some objects with a comma and leaves suppressed
   * throwables out.
   */
  static void assumeJsonEncoderOptions(String xml) {
    if (!xml.contains("ch.qos.logback.classic.encoder.JsonEncoder")) {
      return;
    }
    Assumptions.assumeTrue(atLeast("1.5.12"), "Logback " + CURRENT
        + " writes JsonEncoder's JSON otherwise than the 1.5.12 these tests compare with");
  }
}
