package io.redactor.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs test classes through the JUnit Platform, as a build would, and reads their outcomes. */
final class Kit {
  private Kit() {
  }

  static EngineExecutionResults run(Class<?>... testClasses) {
    return run(Map.of(), testClasses);
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... testClasses) {
    EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
        .configurationParameters(configuration);
    for (Class<?> testClass : testClasses) {
      kit = kit.selectors(selectClass(testClass));
    }
    return kit.execute();
  }

  /** The failures of the tests that failed, in order. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream()
        .map(Kit::throwable)
        .collect(Collectors.toList());
  }

  /** The only failure: the test kit ran exactly one test and it failed. */
  static Throwable onlyFailure(EngineExecutionResults results) {
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    return failures(results).get(0);
  }

  /** Asserts that every test started and passed, showing the first failure if not. */
  static void assertAllPassed(EngineExecutionResults results, int tests) {
    List<Throwable> failures = failures(results);
    if (!failures.isEmpty()) {
      throw new AssertionError("expected every test to pass", failures.get(0));
    }
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
  }

  private static Throwable throwable(Event event) {
    return event.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .orElseThrow();
  }
}
