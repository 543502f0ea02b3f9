package io.redactor.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * The Logback APIs that arrived within the 1.5 line, reached so that the adapters load on every
 * 1.5 release the compatibility matrix covers. Delete it once the oldest supported Logback is
 * 1.5.25: then {@code EpochConverter} and {@code IThrowableProxy.getOverridingMessage()} can be
 * named directly.
 */
final class LogbackCompatibility {
  /** {@code ch.qos.logback.classic.pattern.EpochConverter}, added in Logback 1.5.25. */
  static final String EPOCH_CONVERTER = "ch.qos.logback.classic.pattern.EpochConverter";

  private LogbackCompatibility() {
  }

  /** The overriding message of a throwable proxy, or null before Logback 1.5.22 had one. */
  static String overridingMessage(IThrowableProxy proxy) {
    try {
      return proxy.getOverridingMessage();
    } catch (LinkageError olderLogback) {
      return null;
    }
  }
}
