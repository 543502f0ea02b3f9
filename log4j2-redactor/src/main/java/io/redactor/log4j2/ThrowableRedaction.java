package io.redactor.log4j2;

import io.redactor.Redactor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies a throwable chain with every message redacted: the throwable itself, each cause and each
 * suppressed throwable, recursively. Class names and stack frames are kept, the original is
 * never changed, and a chain without a secret is returned as it is.
 *
 * <p>Each copy is, where possible, a new instance of the original class made through its public
 * {@code (String, Throwable)} or {@code (String)} constructor, so that layouts reading
 * {@code getClass()} (such as {@code JsonTemplateLayout}'s {@code error.type}) still name it.
 * Where that is not possible, a {@link RedactedThrowable} that prints under the original name
 * takes its place.
 */
final class ThrowableRedaction {
  private final Redactor redactor;
  private final Map<Throwable, Throwable> copies = new IdentityHashMap<>();
  private final Set<Throwable> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  private ThrowableRedaction(Redactor redactor) {
    this.redactor = redactor;
  }

  /** Returns {@code thrown} itself when no message in its chain holds a secret, else a copy. */
  static Throwable redact(Throwable thrown, Redactor redactor) {
    if (thrown == null || isClean(thrown, redactor, newIdentitySet())) {
      return thrown;
    }
    return new ThrowableRedaction(redactor).copy(thrown);
  }

  private static Set<Throwable> newIdentitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static boolean isClean(Throwable thrown, Redactor redactor, Set<Throwable> seen) {
    if (thrown == null || !seen.add(thrown)) {
      return true;
    }
    String message = thrown.getMessage();
    if (message != null && redactor.redact(message) != message) {
      return false;
    }
    String localized = thrown.getLocalizedMessage();
    if (localized != null && !localized.equals(message) && redactor.redact(localized) != localized) {
      return false;
    }
    if (!isClean(thrown.getCause(), redactor, seen)) {
      return false;
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (!isClean(suppressed, redactor, seen)) {
        return false;
      }
    }
    return true;
  }

  private Throwable copy(Throwable original) {
    Throwable done = copies.get(original);
    if (done != null) {
      return done;
    }
    if (isClean(original, redactor, newIdentitySet())) {
      return original;
    }
    inProgress.add(original);
    String message = original.getLocalizedMessage();
    String redacted = message == null ? null : redactor.redact(message);
    Throwable cause = original.getCause();
    Throwable causeCopy = cause == null || inProgress.contains(cause) ? null : copy(cause);

    Throwable copy = sameClass(original.getClass(), redacted, causeCopy);
    if (copy == null) {
      copy = new RedactedThrowable(original.getClass().getName(), redacted);
      if (causeCopy != null) {
        copy.initCause(causeCopy);
      }
    }
    copy.setStackTrace(original.getStackTrace());
    copies.put(original, copy);
    for (Throwable suppressed : original.getSuppressed()) {
      if (!inProgress.contains(suppressed)) {
        Throwable suppressedCopy = copy(suppressed);
        if (suppressedCopy != copy) {
          copy.addSuppressed(suppressedCopy);
        }
      }
    }
    inProgress.remove(original);
    return copy;
  }

  /**
   * A new instance of {@code type} whose message is {@code message} and whose cause is
   * {@code cause}, or {@code null} when the class offers no public constructor that gives both.
   */
  private static Throwable sameClass(Class<? extends Throwable> type, String message, Throwable cause) {
    if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    try {
      if (cause != null) {
        Throwable withCause = construct(type, message, cause);
        if (withCause != null && Objects.equals(withCause.getLocalizedMessage(), message)
            && withCause.getCause() == cause) {
          return withCause;
        }
      }
      Throwable copy = construct(type, message, null);
      if (copy == null || !Objects.equals(copy.getLocalizedMessage(), message)) {
        return null;
      }
      if (cause != null) {
        copy.initCause(cause);
      }
      return copy.getCause() == cause ? copy : null;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // No usable constructor: the caller falls back to a stand-in.
      return null;
    }
  }

  private static Throwable construct(Class<? extends Throwable> type, String message, Throwable cause)
      throws ReflectiveOperationException {
    Constructor<? extends Throwable> constructor;
    try {
      constructor = cause == null
          ? type.getConstructor(String.class)
          : type.getConstructor(String.class, Throwable.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
    return cause == null ? constructor.newInstance(message) : constructor.newInstance(message, cause);
  }
}
