package io.redactor.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The overhead suite without {@code @TokenFreeLogs}: 200 tests that log 50 lines each. Not part
 * of the build; see {@link OverheadTokenFreeTest} for the command.
 */
final class OverheadPlainTest {
  @BeforeAll
  static void configure() {
    OverheadWorkload.configure();
  }

  @RepeatedTest(200)
  void logsARequest(RepetitionInfo repetition) {
    OverheadWorkload.logOneRequest(repetition.getCurrentRepetition());
  }
}
