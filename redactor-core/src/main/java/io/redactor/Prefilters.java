package io.redactor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * Chooses, once per JVM, the {@link Prefilter} every engine scans with: the vector one when the
 * JDK is 21 or later, {@code jdk.incubator.vector} is resolved ({@code --add-modules
 * jdk.incubator.vector}), this class was loaded from the multi-release jar that holds it, and the
 * machine's preferred vector size suits it; the scalar one otherwise, or when the system property
 * {@value #PROPERTY} is {@code scalar}. {@link Redactor#prefilter()} tells which, and why.
 */
final class Prefilters {
  static final String PROPERTY = "redactor.scan";
  static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final String VECTOR_CLASS = "io.redactor.VectorPrefilter";

  /** Makes a vector prefilter from an engine's table; null when the scalar one is used. */
  private static final MethodHandle VECTOR;
  private static final String DESCRIPTION;
  /** A bad {@value #PROPERTY}, reported by every engine built: null when there is none. */
  private static final String BAD_VALUE;

  static {
    String value = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
    MethodHandle vector = null;
    String description;
    String bad = null;
    if (value.equals("scalar")) {
      description = "scalar (forced by -D" + PROPERTY + "=scalar)";
    } else if (!value.equals("auto")) {
      bad = System.getProperty(PROPERTY);
      description = "scalar (-D" + PROPERTY + "=" + bad + " is neither auto nor scalar)";
    } else if (Runtime.version().feature() < 21) {
      description = "scalar (Java " + Runtime.version().feature()
          + "; the vector prefilter needs Java 21 or later)";
    } else if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
      description = "scalar (" + VECTOR_MODULE + " is not resolved: add --add-modules "
          + VECTOR_MODULE + " to use the vector prefilter)";
    } else {
      String[] found = new String[1];
      vector = vectorFactory(found);
      description = found[0];
    }
    VECTOR = vector;
    DESCRIPTION = description;
    BAD_VALUE = bad;
  }

  private Prefilters() {
  }

  /**
   * The vector prefilter's constructor, or null with the reason in {@code description[0]}. The
   * class exists only in the jar's Java 21 part: from a folder of classes, or from a jar built
   * without that part, it is not found.
   */
  private static MethodHandle vectorFactory(String[] description) {
    try {
      Class<?> type = Class.forName(VECTOR_CLASS, true, Prefilters.class.getClassLoader());
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      String unsupported = (String) lookup.findStatic(type, "unsupported",
          MethodType.methodType(String.class)).invoke();
      if (unsupported != null) {
        description[0] = "scalar (" + unsupported + ")";
        return null;
      }
      description[0] = (String) lookup.findStatic(type, "describe",
          MethodType.methodType(String.class)).invoke();
      return lookup.findConstructor(type, MethodType.methodType(void.class, byte[].class))
          .asType(MethodType.methodType(Prefilter.class, byte[].class));
    } catch (ClassNotFoundException e) {
      description[0] = "scalar (this redactor-core has no vector prefilter: it is not run from "
          + "its multi-release jar, or the jar was built without its Java 21 part)";
    } catch (Throwable e) {
      description[0] = "scalar (the vector prefilter failed to load: " + e + ")";
    }
    return null;
  }

  /** What {@link Redactor#prefilter()} reports. */
  static String describe() {
    return DESCRIPTION;
  }

  /** The prefilter for an engine's 128 x 128 table of flagged bigrams. */
  static Prefilter of(byte[] filter) {
    if (BAD_VALUE != null) {
      throw new RedactorConfigException("-D" + PROPERTY, BAD_VALUE, "auto or scalar");
    }
    if (VECTOR != null) {
      try {
        return (Prefilter) VECTOR.invokeExact(filter);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
    return new ScalarPrefilter(filter);
  }
}
