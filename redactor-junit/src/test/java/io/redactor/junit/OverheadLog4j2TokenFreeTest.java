package io.redactor.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The Log4j 2 overhead suite with {@code @TokenFreeLogs}: the same 200 tests as
 * {@link OverheadLog4j2PlainTest}, each one capturing and scanning its 50 lines. Not part of
 * the build; compare the two, on the class path of a Log4j 2 application, with
 *
 * <pre>
 * mvn -B -pl redactor-junit test-compile
 * mvn -B -pl redactor-junit surefire:test -Dtest=OverheadLog4j2PlainTest \
 *     -Dmaven.test.dependency.excludes=ch.qos.logback:logback-classic,ch.qos.logback:logback-core,io.redactor:logback-redactor
 * mvn -B -pl redactor-junit surefire:test -Dtest=OverheadLog4j2TokenFreeTest \
 *     -Dmaven.test.dependency.excludes=ch.qos.logback:logback-classic,ch.qos.logback:logback-core,io.redactor:logback-redactor
 * </pre>
 *
 * <p>and read "Time elapsed" of each run (or {@code target/surefire-reports}).
 */
@TokenFreeLogs
final class OverheadLog4j2TokenFreeTest {
  @BeforeAll
  static void configure() {
    OverheadLog4j2Workload.configure();
  }

  @RepeatedTest(200)
  void logsARequest(RepetitionInfo repetition) {
    OverheadLog4j2Workload.logOneRequest(repetition.getCurrentRepetition());
  }
}
