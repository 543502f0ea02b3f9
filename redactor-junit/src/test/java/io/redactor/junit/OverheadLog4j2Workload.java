package io.redactor.junit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@link OverheadWorkload} through the Log4j API, into a {@code PatternLayout} with
 * {@code %redact{}}.
 */
final class OverheadLog4j2Workload {
  private static final Logger LOG = LogManager.getLogger("app.orders");

  private OverheadLog4j2Workload() {
  }

  static void configure() {
    Log4j2Config.load("OverheadTest-log4j2.xml");
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
