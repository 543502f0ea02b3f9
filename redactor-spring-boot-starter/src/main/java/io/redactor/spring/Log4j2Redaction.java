package io.redactor.spring;

import io.redactor.log4j2.RedactingRewritePolicy;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.rewrite.RewriteAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Makes every appender of Log4j 2's configuration redact: each logger that refers to an appender
 * refers instead, with the same level and filter, to a {@code Rewrite} appender whose
 * {@link RedactingRewritePolicy} hands it redacted copies of the events (message, parameters,
 * context data, throwable chain), whatever its layout: Spring Boot's pattern, its
 * {@code StructuredLogLayout}, a JSON template. The appender itself, its layout and its filters
 * ({@code logging.threshold.*}) are not changed.
 *
 * <p>An appender that redacts already (a {@code Rewrite} appender with a
 * {@code RedactingRewritePolicy}) is left alone, so nothing is masked twice. One whose pattern
 * uses {@code %redact{...}} is not trusted to cover every part: it is put behind the policy too.
 *
 * <p>A reload of the configuration ({@code monitorInterval}, {@code LoggerContext.reconfigure()})
 * replaces every appender and logger configuration: the new configuration is redacted as soon as
 * Log4j reports it in force, on the thread that reloaded it.
 */
final class Log4j2Redaction {
  /** The name of the rewrite appender put in front of appender {@code X}. */
  static final String SUFFIX = ".redacted";

  /** The contexts whose reloads are watched. */
  private static final Set<LoggerContext> WATCHED =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private Log4j2Redaction() {
  }

  /** Whether the Log4j API logs through Log4j's own core. */
  static boolean inUse() {
    return LogManager.getContext(false) instanceof LoggerContext;
  }

  /**
   * Redacts the appenders (when {@code modify}) and returns each that still writes unredacted,
   * with the reason.
   */
  static List<String> redact(String options, boolean modify) {
    return redact((LoggerContext) LogManager.getContext(false), options, modify);
  }

  /** Has every configuration the context switches to from now on redacted. */
  static void watchReloads() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    if (WATCHED.add(context)) {
      context.addPropertyChangeListener(new ReloadWatch(context));
    }
  }

  /**
   * Redacts each configuration the context switches to, with the current properties; those
   * Spring Boot sets itself are left to the listener.
   */
  private static final class ReloadWatch implements PropertyChangeListener {
    private final LoggerContext context;

    ReloadWatch(LoggerContext context) {
      this.context = context;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      RedactorProperties properties = RedactorLoggingListener.forReload();
      if (!LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName()) || properties == null) {
        return;
      }
      try {
        for (String problem : redact(context, properties.optionString(), true)) {
          StatusLogger.getLogger().error("Redactor: after a reload, {}", problem);
        }
      } catch (RuntimeException e) {
        // Never into Log4j's reload: said through its status logger instead.
        StatusLogger.getLogger().error("Redactor: the appenders of a reload could not be"
            + " redacted", e);
      }
    }
  }

  private static List<String> redact(LoggerContext context, String options, boolean modify) {
    Configuration config = context.getConfiguration();
    List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
    if (!loggers.contains(config.getRootLogger())) {
      loggers.add(config.getRootLogger());
    }
    Map<String, Appender> wrappers = new LinkedHashMap<>();
    List<String> unredacted = new ArrayList<>();
    boolean changed = false;
    for (LoggerConfig logger : loggers) {
      for (AppenderRef ref : new ArrayList<>(logger.getAppenderRefs())) {
        Appender appender = logger.getAppenders().get(ref.getRef());
        if (appender == null || redacts(appender, config)) {
          continue;
        }
        if (!modify) {
          if (!unredacted.contains(describe(appender))) {
            unredacted.add(describe(appender));
          }
          continue;
        }
        Appender wrapper = wrappers.computeIfAbsent(appender.getName(),
            name -> rewriteAppender(name, options, config));
        logger.removeAppender(appender.getName());
        logger.addAppender(wrapper, ref.getLevel(), ref.getFilter());
        changed = true;
      }
    }
    if (changed) {
      context.updateLoggers();
    }
    return unredacted;
  }

  private static Appender rewriteAppender(String name, String options, Configuration config) {
    RewriteAppender rewrite = RewriteAppender.createAppender(name + SUFFIX, "true",
        new AppenderRef[] {AppenderRef.createAppenderRef(name, null, null)}, config,
        RedactingRewritePolicy.newBuilder().setOptions(options).build(), null);
    rewrite.start();
    config.addAppender(rewrite);
    return rewrite;
  }

  /**
   * Only a rewrite appender with the redacting policy counts: a pattern that uses
   * {@code %redact{...}} may leave out a part, or the stack trace Log4j appends on its own.
   */
  private static boolean redacts(Appender appender, Configuration config) {
    return appender instanceof RewriteAppender
        && policyOf((RewriteAppender) appender) instanceof RedactingRewritePolicy;
  }

  /** The rewrite policy of an appender, which Log4j keeps in a private field with no getter. */
  private static Object policyOf(RewriteAppender appender) {
    try {
      Field field = RewriteAppender.class.getDeclaredField("rewritePolicy");
      field.setAccessible(true);
      return field.get(appender);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Unreadable: the appender is wrapped, and its events are redacted once more.
      return null;
    }
  }

  private static String describe(Appender appender) {
    return "Log4j 2 appender " + appender.getName() + " (" + appender.getClass().getName()
        + "): it is not behind a RedactingRewritePolicy";
  }
}
