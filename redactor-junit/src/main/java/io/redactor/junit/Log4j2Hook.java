package io.redactor.junit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.filter.Filterable;
import org.apache.logging.log4j.core.impl.Log4jContextFactory;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/**
 * Hooks every appender that has a layout in every Log4j 2 {@link LoggerContext}: its filter is
 * replaced by one that asks the original filter first and, for every event the appender accepts,
 * renders it with the appender's own layout and hands the text to the sink. The filter sees the
 * event the appender gets, so behind a {@code Rewrite} appender it is the rewritten event, and
 * behind an {@code Async} appender it runs on the async thread.
 *
 * <p>The layout renders each accepted event a second time; a layout with a side effect (such as
 * a sequence number) sees it twice.
 */
final class Log4j2Hook implements FrameworkHook {
  private final Map<Appender, CapturingFilter> hooked = new IdentityHashMap<>();
  private boolean defaultContextStarted;

  @Override
  public void hook(Sink sink) {
    for (LoggerContext context : contexts()) {
      for (Appender appender : context.getConfiguration().getAppenders().values()) {
        hook(appender, sink);
      }
    }
  }

  private List<LoggerContext> contexts() {
    LoggerContextFactory factory = LogManager.getFactory();
    if (!(factory instanceof Log4jContextFactory)) {
      return List.of();
    }
    if (!defaultContextStarted) {
      // Creates and configures the default context now, as the application's first log call
      // would: a context first created during the test would not be hooked.
      LogManager.getContext(false);
      defaultContextStarted = true;
    }
    return ((Log4jContextFactory) factory).getSelector().getLoggerContexts();
  }

  private void hook(Appender appender, Sink sink) {
    if (hooked.containsKey(appender) || appender.getLayout() == null
        || !(appender instanceof Filterable)) {
      return;
    }
    Filterable filterable = (Filterable) appender;
    Filter original = filterable.getFilter();
    if (original instanceof CapturingFilter) {
      return;
    }
    CapturingFilter capturing = new CapturingFilter(original, appender, sink);
    capturing.start();
    // Both calls replace the whole filter (identity branch of AbstractFilterable), never compose.
    if (original != null) {
      filterable.removeFilter(original);
    }
    filterable.addFilter(capturing);
    hooked.put(appender, capturing);
  }

  @Override
  public void unhookAll() {
    for (Map.Entry<Appender, CapturingFilter> entry : hooked.entrySet()) {
      CapturingFilter capturing = entry.getValue();
      capturing.disable();
      Filterable filterable = (Filterable) entry.getKey();
      if (filterable.getFilter() == capturing) {
        filterable.removeFilter(capturing);
        if (capturing.original != null) {
          filterable.addFilter(capturing.original);
        }
      }
      capturing.stop();
    }
    hooked.clear();
  }

  /** Decides as the original filter does; renders what the appender will write. */
  static final class CapturingFilter extends AbstractFilter {
    final Filter original;
    private final Appender appender;
    private final Sink sink;
    private volatile boolean enabled = true;

    CapturingFilter(Filter original, Appender appender, Sink sink) {
      this.original = original;
      this.appender = appender;
      this.sink = sink;
    }

    void disable() {
      enabled = false;
    }

    @Override
    public Result filter(LogEvent event) {
      Result result = original == null ? Result.NEUTRAL : original.filter(event);
      if (enabled && result != Result.DENY) {
        Layout<?> layout = appender.getLayout();
        byte[] bytes = layout.toByteArray(event);
        if (bytes != null && bytes.length > 0) {
          String text = new String(bytes, charset(layout));
          sink.accept(appender.getName(), event.getLoggerName(), text);
        }
      }
      return result;
    }

    private static Charset charset(Layout<?> layout) {
      return layout instanceof AbstractStringLayout
          ? ((AbstractStringLayout) layout).getCharset() : StandardCharsets.UTF_8;
    }
  }
}
