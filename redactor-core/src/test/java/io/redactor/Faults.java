package io.redactor;

/**
 * Fault injection for the tests of every module: while the returned handle is open, each redactor
 * built (by a test or by an adapter starting from its configuration) holds one more rule, which
 * throws wherever {@code keyword} occurs in the text it scans. Shared through this module's test
 * jar.
 *
 * <pre>{@code
 * try (Faults.Injected fault = Faults.throwOn("BOOM", new IllegalStateException("rule failed"))) {
 *   // configure the framework, log "BOOM password=hunter2", expect the failure marker
 * }
 * }</pre>
 */
public final class Faults {
  private Faults() {
  }

  /** A rule that throws {@code failure} where {@code keyword} (2 characters or more) occurs. */
  public static Injected throwOn(String keyword, RuntimeException failure) {
    return inject(keyword, () -> {
      throw failure;
    });
  }

  /** A rule that throws {@code error} (an {@code OutOfMemoryError}, say) where {@code keyword} occurs. */
  public static Injected errorOn(String keyword, Error error) {
    return inject(keyword, () -> {
      throw error;
    });
  }

  private static Injected inject(String keyword, Runnable fail) {
    java.util.function.Function<Integer, Detector> factory = rule -> new Detector(rule) {
      @Override
      long detect(Engine engine, CharSequence s, byte[] b, int i, int lo, int hi) {
        if (Text.startsWith(s, b, i - 1, lo, hi, keyword, false)) {
          fail.run();
        }
        return Engine.NO_HIT;
      }

      @Override
      void register(Engine.Anchors anchors) {
        anchors.add(keyword, 1, false, this, Text.ANY, Text.ANY);
      }
    };
    Compiler.INJECTED.add(factory);
    return () -> Compiler.INJECTED.remove(factory);
  }

  /** Removes the injected rule from redactors built afterwards. */
  public interface Injected extends AutoCloseable {
    @Override
    void close();
  }
}
