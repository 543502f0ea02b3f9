package io.redactor.logback;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Map;

/** A custom conversion word, as applications register with {@code <conversionRule>}. */
public final class RequestLineConverter extends ClassicConverter {
  @Override
  public String convert(ILoggingEvent event) {
    Map<String, String> mdc = event.getMDCPropertyMap();
    String token = mdc == null ? null : mdc.get("token");
    return "GET /callback?access_token=" + token;
  }
}
