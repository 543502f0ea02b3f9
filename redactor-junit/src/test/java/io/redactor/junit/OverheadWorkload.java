package io.redactor.junit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each test of the overhead suite does: 50 log lines of a typical request, a few with
 * credentials that the configured {@code RedactingPatternLayoutEncoder} masks, and a stack trace.
 */
final class OverheadWorkload {
  private static final Logger LOG = LoggerFactory.getLogger("app.orders");

  private OverheadWorkload() {
  }

  static void configure() {
    LogbackConfig.load("OverheadTest-logback.xml");
  }

  static void logOneRequest(int request) {
    for (int i = 0; i < 10; i++) {
      LOG.info("GET /orders/{} took {} ms, trace 4bf92f3577b34da6a3ce929d0e0e4736", request, i);
      LOG.debug("cache miss for order {} (page {})", request, i);
      LOG.info("Authorization: Bearer abc123def456ghi789jkl{}", i);
      LOG.info("user bob logged in with password=hunter{}{}", request, i);
    }
    LOG.warn("retrying order " + request,
        new IllegalStateException("upstream timeout", new RuntimeException("socket closed")));
    for (int i = 0; i < 9; i++) {
      LOG.info("order {} line {} shipped to warehouse 7, carrier UPS", request, i);
    }
  }
}
