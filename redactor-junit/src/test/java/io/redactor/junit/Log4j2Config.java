package io.redactor.junit;

import java.net.URISyntaxException;
import java.net.URL;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;

/** Loads a {@code log4j2.xml} named after a test into the current Log4j 2 context. */
final class Log4j2Config {
  private Log4j2Config() {
  }

  static LoggerContext load(String resource) {
    URL url = Log4j2Config.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no " + resource + " on the test class path");
    }
    try {
      Configurator.reconfigure(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(resource, e);
    }
    return LoggerContext.getContext(false);
  }

  /** Back to the quiet default of the test class path. */
  static void reset() {
    load("log4j2-test.xml");
  }
}
