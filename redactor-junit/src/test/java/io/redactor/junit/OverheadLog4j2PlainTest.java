package io.redactor.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The Log4j 2 overhead suite without {@code @TokenFreeLogs}: 200 tests that log 50 lines each.
 * Not part of the build; see {@link OverheadLog4j2TokenFreeTest} for the command.
 */
final class OverheadLog4j2PlainTest {
  @BeforeAll
  static void configure() {
    OverheadLog4j2Workload.configure();
  }

  @RepeatedTest(200)
  void logsARequest(RepetitionInfo repetition) {
    OverheadLog4j2Workload.logOneRequest(repetition.getCurrentRepetition());
  }
}
