package io.redactor.junit;

/**
 * Hooks the configured appenders of one logging framework. Implementations refer to framework
 * classes; they are loaded by name only once the framework is known to be on the class path.
 */
interface FrameworkHook {

  /** Hooks every configured appender not hooked yet, sending what it writes to {@code sink}. */
  void hook(Sink sink);

  /** Removes every hook, restoring each appender as it was. */
  void unhookAll();

  /** Receives what a hooked appender wrote. */
  interface Sink {
    /**
     * @param appender the appender's name
     * @param logger the event's logger name, or {@code null} for a header or footer
     * @param text what the appender's encoder or layout produced for one event
     */
    void accept(String appender, String logger, String text);
  }
}
