package io.redactor.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The process-wide hooks on the logging frameworks' appenders, shared by every open
 * {@link LogCapture}: the appenders are hooked when the first capture opens and restored when the
 * last one closes; what they write goes to every open capture.
 */
final class Hooks implements FrameworkHook.Sink {
  private static final Hooks INSTANCE = new Hooks();

  private final List<FrameworkHook> frameworks = detect();
  private final List<LogCapture> open = new CopyOnWriteArrayList<>();

  private Hooks() {
  }

  static Hooks get() {
    return INSTANCE;
  }

  /**
   * Opens {@code capture} and hooks the appenders configured now.
   *
   * @throws IllegalStateException if a capture opened by another thread is still open: both
   *     would see each other's output
   */
  synchronized void open(LogCapture capture) {
    for (LogCapture other : open) {
      if (other.owner() != capture.owner()) {
        throw new IllegalStateException("A LogCapture opened by thread '" + other.owner().getName()
            + "' is still open. Captures see every appender of the process, so captures of tests"
            + " that run concurrently would mix their output. Use @TokenFreeLogs, which makes its"
            + " tests run alone under parallel execution, or make capturing tests run alone"
            + " with @Isolated or @ResourceLock(value = Resources.GLOBAL, mode = READ_WRITE).");
      }
    }
    open.add(capture);
    try {
      hookAll();
    } catch (RuntimeException | Error e) {
      close(capture);
      throw e;
    }
  }

  /** Hooks appenders configured since the captures opened, such as in a {@code @BeforeEach}. */
  synchronized void refresh() {
    if (!open.isEmpty()) {
      hookAll();
    }
  }

  /** Closes {@code capture}; the last one to close restores every appender. */
  synchronized void close(LogCapture capture) {
    open.remove(capture);
    if (open.isEmpty()) {
      RuntimeException failure = null;
      for (FrameworkHook framework : frameworks) {
        try {
          framework.unhookAll();
        } catch (RuntimeException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  @Override
  public void accept(String appender, String logger, String text) {
    for (LogCapture capture : open) {
      capture.add(appender, logger, text);
    }
  }

  private void hookAll() {
    for (FrameworkHook framework : frameworks) {
      framework.hook(this);
    }
  }

  /** The frameworks on the class path, found by name so that an absent one is never linked. */
  private static List<FrameworkHook> detect() {
    List<FrameworkHook> found = new ArrayList<>(2);
    ClassLoader loader = Hooks.class.getClassLoader();
    if (present(loader, "ch.qos.logback.classic.LoggerContext", "org.slf4j.LoggerFactory")) {
      found.add(load(loader, "io.redactor.junit.LogbackHook"));
    }
    if (present(loader, "org.apache.logging.log4j.core.LoggerContext",
        "org.apache.logging.log4j.LogManager")) {
      found.add(load(loader, "io.redactor.junit.Log4j2Hook"));
    }
    return List.copyOf(found);
  }

  private static boolean present(ClassLoader loader, String... classNames) {
    try {
      for (String name : classNames) {
        Class.forName(name, false, loader);
      }
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static FrameworkHook load(ClassLoader loader, String className) {
    try {
      return Class.forName(className, true, loader).asSubclass(FrameworkHook.class)
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + className, e);
    }
  }
}
