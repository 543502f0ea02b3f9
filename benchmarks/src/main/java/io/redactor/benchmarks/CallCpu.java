package io.redactor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time of the calling thread during an iteration of the end-to-end benchmarks, reported
 * as {@code call:cpuNanos} (CPU nanoseconds per microsecond), beside {@code call} (calls per
 * microsecond): {@code 1000 * call:cpuNanos / call / 1000} is the calling thread's CPU time per
 * call in nanoseconds. On a machine shared with other work, wall time also counts the time the
 * thread waited for a core, which this leaves out. It covers the caller only: behind an
 * asynchronous appender or logger, the worker's time is not in it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CallCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public long cpuNanos;
  private long start;
  private int calls;

  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
    calls = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  /** Counts a call; reads the clock every 1,024 calls, so that reading it costs nothing. */
  void call() {
    if ((++calls & 1023) == 0) {
      cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
    }
  }
}
