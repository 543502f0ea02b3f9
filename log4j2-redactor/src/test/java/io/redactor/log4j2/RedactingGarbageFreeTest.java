package io.redactor.log4j2;

import static io.redactor.log4j2.Secrets.BEARER_TOKEN;
import static io.redactor.log4j2.Secrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.util.Constants;
import org.apache.logging.log4j.message.ReusableParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log4j's garbage-free mode: run by its own surefire execution, which sets
 * {@code log4j2.enableThreadlocals}, {@code log4j2.enableDirectEncoders} and
 * {@code log4j2.garbagefreeThreadContextMap}.
 */
final class RedactingGarbageFreeTest {
  private static final String CONFIG = "RedactingGarbageFreeTest.xml";

  /** Clean lines of the kinds servers write, none with a secret. */
  private static final String[] CLEAN_LINES = {
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block"
        + " blk_38865049064139660 terminating",
    "Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106 dest: /10.250.19.102:50010",
    "[client 222.166.160.184] Directory index forbidden by rule: /var/www/html/",
    "GET /api/v1/orders?page=2&size=50 HTTP/1.1 200 1534 \"Mozilla/5.0\" trace=4bf92f3577b34da6",
    "Authorization failed for user alice: token count 3 exceeded for keyboard session",
  };

  @TempDir
  Path out;

  @AfterEach
  void clearThreadContext() {
    ThreadContext.clearAll();
  }

  @Test
  void runsInGarbageFreeMode() {
    Log4jFixture.configure(CONFIG, out);

    assertThat(Constants.ENABLE_THREADLOCALS).isTrue();
    assertThat(Constants.ENABLE_DIRECT_ENCODERS).isTrue();
    // ThreadContext's own accessor: the provider's came only with Log4j 2.24.
    assertThat(ThreadContext.getThreadContextMap().getClass().getSimpleName())
        .isEqualTo("GarbageFreeSortedArrayThreadContextMap");
  }

  @Test
  void redactsMessagesParametersAndThreadContext() {
    Log4jFixture.configure(CONFIG, out);
    ThreadContext.put("password", PASSWORD);

    LogManager.getLogger("app").info("Authorization: Bearer {} user={}", BEARER_TOKEN, "bob");
    LogManager.getLogger("app").info("token count {}", 42);

    assertThat(Log4jFixture.awaitLines(out.resolve("redacted.log"), 2)).containsExactly(
        "INFO  app - Authorization: Bearer [REDACTED] user=bob {password=[REDACTED]}",
        "INFO  app - token count 42 {password=[REDACTED]}");
  }

  @Test
  void theConverterItselfAllocatesNothing() {
    // With every rule off the engine has nothing to do: what is left is the converter's own work.
    assertThat(extraBytesPerCleanEvent("NoRules")).as("extra bytes allocated per event").isLessThan(0.5);
  }

  @Test
  void allocatesNothingMoreThanThePlainLayoutOnCleanEvents() {
    assertThat(extraBytesPerCleanEvent("Redacted")).as("extra bytes allocated per event").isLessThan(0.5);
  }

  @Test
  void theRewritePolicyHandsOnCleanEventsAsTheyAreAndAllocatesNothing() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    LogEvent[] events = new LogEvent[CLEAN_LINES.length];
    for (int i = 0; i < events.length; i++) {
      // As Log4j's garbage-free logging builds them: a reusable message, boxed arguments.
      ReusableParameterizedMessage message = new ReusableParameterizedMessage();
      message.set("request {} took {} ms, ok={}", CLEAN_LINES[i], 1000L + i, true);
      events[i] = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
          .setMessage(message).build();
      assertThat(policy.rewrite(events[i])).isSameAs(events[i]);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double perEvent = 0;
    for (int round = 0; round < 4; round++) {
      int count = 100_000;
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < count; i++) {
        policy.rewrite(events[i % events.length]);
      }
      perEvent = (threads.getCurrentThreadAllocatedBytes() - before) / (double) count;
    }
    assertThat(perEvent).as("bytes allocated per clean event").isLessThan(0.5);

    ReusableParameterizedMessage secret = new ReusableParameterizedMessage();
    secret.set("id{} took {} ms", "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", 5);
    LogEvent rewritten = policy.rewrite(Log4jLogEvent.newBuilder().setLoggerName("app")
        .setLevel(Level.INFO).setMessage(secret).build());
    // Glued to "id", the token is no token in the text; on its own, the parameter is one.
    assertThat(rewritten.getMessage().getParameters())
        .containsExactly("ghp_[REDACTED]", 5);
  }

  /** Bytes allocated per clean event by an appender's layout, beyond the plain layout's. */
  private double extraBytesPerCleanEvent(String appender) {
    LoggerContext context = Log4jFixture.configure(CONFIG, out);
    Layout<?> redacted = layoutOf(context, appender);
    Layout<?> plain = layoutOf(context, "Plain");
    LogEvent[] events = new LogEvent[CLEAN_LINES.length];
    for (int i = 0; i < events.length; i++) {
      events[i] = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
          .setMessage(new SimpleMessage(CLEAN_LINES[i])).build();
    }
    Discard destination = new Discard();

    for (int round = 0; round < 3; round++) {
      bytesPerEvent(plain, events, destination);
      bytesPerEvent(redacted, events, destination);
    }
    return bytesPerEvent(redacted, events, destination) - bytesPerEvent(plain, events, destination);
  }

  private static Layout<?> layoutOf(LoggerContext context, String appender) {
    return ((FileAppender) context.getConfiguration().getAppender(appender)).getLayout();
  }

  private static double bytesPerEvent(Layout<?> layout, LogEvent[] events, Discard destination) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int count = 100_000;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < count; i++) {
      layout.encode(events[i % events.length], destination);
    }
    return (threads.getCurrentThreadAllocatedBytes() - before) / (double) count;
  }

  /** A destination that drops what it is given, reusing one buffer. */
  private static final class Discard implements ByteBufferDestination {
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);

    @Override
    public ByteBuffer getByteBuffer() {
      return buffer;
    }

    @Override
    public ByteBuffer drain(ByteBuffer full) {
      full.clear();
      return full;
    }

    @Override
    public void writeBytes(ByteBuffer data) {
      data.position(data.limit());
    }

    @Override
    public void writeBytes(byte[] data, int offset, int length) {
      // dropped
    }
  }
}
