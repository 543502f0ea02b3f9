package io.redactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * A nested encoder that fails on some events, as a third-party encoder can: it writes
 * {@code LEVEL message}, and throws when the message holds {@link #TRIGGER}, with a cause that
 * quotes the message, as serializers tend to.
 */
public final class ThrowingEncoder extends EncoderBase<ILoggingEvent> {
  static final String TRIGGER = "unencodable";
  private static final byte[] NOTHING = new byte[0];

  @Override
  public byte[] headerBytes() {
    return NOTHING;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    if (message.contains(TRIGGER)) {
      throw new IllegalStateException(
          "cannot encode an event", new IllegalArgumentException("unexpected " + message));
    }
    return (event.getLevel() + " " + message + CoreConstants.LINE_SEPARATOR)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return NOTHING;
  }
}
