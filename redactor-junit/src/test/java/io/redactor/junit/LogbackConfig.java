package io.redactor.junit;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import org.slf4j.LoggerFactory;

/** Loads a {@code logback.xml} named after a test into the context bound to SLF4J. */
final class LogbackConfig {
  private LogbackConfig() {
  }

  static LoggerContext load(String resource) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    context.getStatusManager().clear();
    URL url = LogbackConfig.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no " + resource + " on the test class path");
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(url);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot load " + resource, e);
    }
    for (Status status : context.getStatusManager().getCopyOfStatusList()) {
      if (status.getLevel() >= Status.WARN) {
        throw new IllegalStateException(resource + ": " + status.getMessage(),
            status.getThrowable());
      }
    }
    return context;
  }

  /** Back to the quiet default of the test class path. */
  static void reset() {
    load("logback-test.xml");
  }
}
