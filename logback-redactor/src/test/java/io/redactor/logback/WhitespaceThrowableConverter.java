package io.redactor.logback;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * A throwable word of the kind Spring Boot registers ({@code %wEx}): the stack trace set apart by
 * blank lines. Stands in for it here, without Spring on the class path.
 */
public final class WhitespaceThrowableConverter extends ThrowableProxyConverter {
  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return System.lineSeparator() + super.throwableProxyToString(tp) + System.lineSeparator();
  }
}
