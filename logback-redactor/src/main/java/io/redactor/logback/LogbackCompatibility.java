package io.redactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;

/**
 * The Logback APIs that are not in every version this module runs on. From Logback 1.3 on, each
 * is reached so that the components load and work; Logback 1.2 (with SLF4J 1.7) is refused.
 * Delete this class once the oldest supported Logback is 1.5.25: then the converters below and
 * {@code IThrowableProxy.getOverridingMessage()} can be named directly, and no version refused.
 *
 * <ul>
 *   <li>Logback 1.3: {@code ILoggingEvent.getKeyValuePairs()} and SLF4J 2's {@code KeyValuePair},
 *       which the copies of events carry; without them every component is refused;</li>
 *   <li>Logback 1.3: {@code MicrosecondConverter}, {@code SequenceNumberConverter};</li>
 *   <li>Logback 1.5.22: {@code IThrowableProxy.getOverridingMessage()};</li>
 *   <li>Logback 1.5.25: {@code EpochConverter}.</li>
 * </ul>
 */
final class LogbackCompatibility {
  /** Converters whose output cannot carry event text, named only where their Logback has them. */
  static final List<String> LATER_SAFE_CONVERTERS = Collections.unmodifiableList(Arrays.asList(
      "ch.qos.logback.classic.pattern.MicrosecondConverter",
      "ch.qos.logback.classic.pattern.SequenceNumberConverter",
      "ch.qos.logback.classic.pattern.EpochConverter"));

  private static final String REFUSAL = refusal();

  private LogbackCompatibility() {
  }

  /**
   * Why the Logback in use cannot be served, naming its version, or null when it can. Logback
   * 1.2 is refused rather than half served: its events carry no key-value pairs, its
   * {@code LayoutWrappingEncoder} never reports itself started, and it reads
   * {@code <conversionRule>} differently; a component that refuses writes nothing, where one that
   * half works could write a secret.
   */
  static String unsupported() {
    return REFUSAL;
  }

  private static String refusal() {
    try {
      ILoggingEvent.class.getMethod("getKeyValuePairs");
      Class.forName("org.slf4j.event.KeyValuePair", false, ILoggingEvent.class.getClassLoader());
      return null;
    } catch (ReflectiveOperationException | LinkageError olderLogback) {
      String version = version();
      return "Logback " + (version == null ? "before 1.3" : version)
          + " is not supported; allowed: Logback 1.3 or later, with SLF4J 2";
    }
  }

  /**
   * The version of logback-classic, from its manifest ({@code Bundle-Version} in Logback 1.2,
   * which has no {@code Implementation-Version}), or null when it cannot be read.
   */
  static String version() {
    String version = LoggerContext.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try {
      URL self = LoggerContext.class.getResource("LoggerContext.class");
      String text = self == null ? "" : self.toString();
      int inJar = text.indexOf("!/");
      if (!text.startsWith("jar:") || inJar < 0) {
        return null;
      }
      try (InputStream in = new URL(text.substring(0, inJar + 2) + "META-INF/MANIFEST.MF")
          .openStream()) {
        return new Manifest(in).getMainAttributes().getValue("Bundle-Version");
      }
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
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
