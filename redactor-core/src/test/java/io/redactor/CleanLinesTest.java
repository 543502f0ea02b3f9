package io.redactor;

import org.junit.jupiter.api.Test;

/**
 * The generated clean lines (application, framework, HTTP client and access logs, stack traces)
 * hold no secret: the guarantees of {@link LoghubCorpusTest}, kept in a checkout without the
 * loghub samples.
 */
final class CleanLinesTest {

  @Test
  void everyLineComesOutAsTheSameInstance() {
    LoghubCorpusTest.assertEveryLineComesOutAsTheSameInstance(CleanLines.all());
  }

  @Test
  void everyLineIsUnchangedInTheBuilderAndByteForms() {
    LoghubCorpusTest.assertEveryLineIsUnchangedInTheBuilderAndByteForms(CleanLines.all());
  }

  @Test
  void labelAndFingerprintStylesFindNothingEither() {
    LoghubCorpusTest.assertNothingIsFoundWithTheFingerprintStyle(CleanLines.all());
  }
}
