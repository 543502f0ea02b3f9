package io.redactor.spring;

import io.redactor.Redactor;
import io.redactor.RedactorConfigException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Makes the appenders of Spring Boot's logging system redact, right after Spring Boot configured
 * them: it runs on {@link ApplicationEnvironmentPreparedEvent} one step after Spring Boot's
 * {@link LoggingApplicationListener}, which is where Spring Boot configures logging (and
 * reconfigures it for every application it starts, a test's or a devtools restart's), before the
 * banner and the first line of the application. Appenders that redact already are left as they
 * are. It looks again when a context is refreshed, in case something configured logging anew, and
 * whenever the logging framework reloads its configuration on its own (Logback's {@code scan},
 * Log4j 2's {@code monitorInterval}): from then on until the next application starts, each
 * reload is redacted with the same properties.
 *
 * <p>Registered in {@code META-INF/spring.factories}; the work is done by
 * {@link LogbackRedaction} and {@link Log4j2Redaction}, each loaded only when its logging
 * framework is the one in use.
 */
final class RedactorLoggingListener implements GenericApplicationListener {
  /** One step after Spring Boot's logging listener, so that its appenders exist. */
  static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

  private static final boolean LOGBACK = ClassUtils.isPresent(
      "ch.qos.logback.classic.LoggerContext", RedactorLoggingListener.class.getClassLoader());
  private static final boolean LOG4J2 = ClassUtils.isPresent(
      "org.apache.logging.log4j.core.LoggerContext", RedactorLoggingListener.class.getClassLoader());

  /**
   * The properties the reloads of the logging configuration are redacted with; null while Spring
   * Boot (re)configures logging for an application, whose own properties are not bound yet.
   */
  private static volatile RedactorProperties current;

  private volatile RedactorProperties settings;

  @Override
  public boolean supportsEventType(ResolvableType eventType) {
    Class<?> type = eventType.getRawClass();
    return type != null && (ApplicationStartingEvent.class.isAssignableFrom(type)
        || ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
        || ContextRefreshedEvent.class.isAssignableFrom(type));
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationStartingEvent) {
      // Spring Boot is about to configure logging anew: what the last application's properties
      // would do to a reload must not be done to this one's configuration.
      current = null;
    } else if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      settings = bind(prepared.getEnvironment());
      apply(settings);
      current = settings;
    } else if (event instanceof ContextRefreshedEvent && settings != null) {
      apply(settings);
      current = settings;
    }
  }

  static RedactorProperties bind(ConfigurableEnvironment environment) {
    RedactorProperties properties = Binder.get(environment)
        .bind("redactor", RedactorProperties.class).orElseGet(RedactorProperties::new);
    if (properties.isEnabled()) {
      check(properties);
    }
    return properties;
  }

  /** Builds the redactor once, so that a bad value fails here, named with its property. */
  static Redactor check(RedactorProperties properties) {
    try {
      return Redactor.fromOptions(properties.optionString());
    } catch (RedactorConfigException e) {
      throw new IllegalStateException(e.getMessage() + " (set by "
          + properties.propertyOf(e.option()) + ")", e);
    }
  }

  /**
   * Redacts every appender of the logging framework in use, unless {@code redactor.enabled} is
   * false; with {@code redactor.require}, fails when one would still write unredacted.
   */
  static void apply(RedactorProperties properties) {
    List<String> unredacted = new ArrayList<>();
    boolean checked = false;
    String options = properties.optionString();
    if (LOGBACK && LogbackRedaction.inUse()) {
      unredacted.addAll(LogbackRedaction.redact(options, properties.isEnabled()));
      if (properties.isEnabled()) {
        LogbackRedaction.watchReloads();
      }
      checked = true;
    }
    if (LOG4J2 && Log4j2Redaction.inUse()) {
      unredacted.addAll(Log4j2Redaction.redact(options, properties.isEnabled()));
      if (properties.isEnabled()) {
        Log4j2Redaction.watchReloads();
      }
      checked = true;
    }
    if (!properties.isRequire()) {
      return;
    }
    if (!checked) {
      throw new IllegalStateException("redactor.require=true, but the logging framework in use is"
          + " neither Logback nor Log4j 2, whose appenders the starter can make redact");
    }
    if (!unredacted.isEmpty()) {
      throw new IllegalStateException("redactor.require=true, but "
          + (unredacted.size() == 1 ? "an appender writes" : "appenders write")
          + " unredacted: " + String.join("; ", unredacted)
          + (properties.isEnabled() ? "" : " (redactor.enabled=false leaves appenders as they are)"));
    }
  }

  /**
   * The properties a reload of the logging configuration is to be redacted with, or null when it
   * is to be left alone: while Spring Boot configures logging itself (the starter follows on its
   * own then), or when the application turned redaction off.
   */
  static RedactorProperties forReload() {
    RedactorProperties properties = current;
    return properties == null || !properties.isEnabled() ? null : properties;
  }
}
