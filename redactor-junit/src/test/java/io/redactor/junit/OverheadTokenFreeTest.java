package io.redactor.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The Logback overhead suite with {@code @TokenFreeLogs}: the same 200 tests as
 * {@link OverheadPlainTest}, each one capturing and scanning its 50 lines. Not part of the build;
 * compare the two, on the class path of a Logback application, with
 *
 * <pre>
 * mvn -B -pl redactor-junit test-compile
 * mvn -B -pl redactor-junit surefire:test -Dtest=OverheadPlainTest \
 *     -Dmaven.test.dependency.excludes=org.apache.logging.log4j:log4j-core,org.apache.logging.log4j:log4j-api,io.redactor:log4j2-redactor
 * mvn -B -pl redactor-junit surefire:test -Dtest=OverheadTokenFreeTest \
 *     -Dmaven.test.dependency.excludes=org.apache.logging.log4j:log4j-core,org.apache.logging.log4j:log4j-api,io.redactor:log4j2-redactor
 * </pre>
 *
 * <p>and read "Time elapsed" of each run (or {@code target/surefire-reports}).
 */
@TokenFreeLogs
final class OverheadTokenFreeTest {
  @BeforeAll
  static void configure() {
    OverheadWorkload.configure();
  }

  @RepeatedTest(200)
  void logsARequest(RepetitionInfo repetition) {
    OverheadWorkload.logOneRequest(repetition.getCurrentRepetition());
  }
}
