package io.redactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ContextNameConverter;
import ch.qos.logback.classic.pattern.DateConverter;
import ch.qos.logback.classic.pattern.EnsureExceptionHandling;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.FileOfCallerConverter;
import ch.qos.logback.classic.pattern.LevelConverter;
import ch.qos.logback.classic.pattern.LineOfCallerConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.LocalSequenceNumberConverter;
import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.MethodOfCallerConverter;
import ch.qos.logback.classic.pattern.NamedConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.PrefixCompositeConverter;
import ch.qos.logback.classic.pattern.PropertyConverter;
import ch.qos.logback.classic.pattern.RelativeTimeConverter;
import ch.qos.logback.classic.pattern.ThreadConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.FormattingConverter;
import ch.qos.logback.core.pattern.LiteralConverter;
import io.redactor.Redactor;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link PatternLayout} whose every conversion word that can carry event data (message, MDC,
 * key-values, markers, logger and thread names, stack traces, and any custom word registered with
 * {@code <conversionRule>}) is redacted before its own padding or truncation, so that
 * {@code %.-200msg} cannot cut a secret in half before it is seen.
 *
 * <p>Logback compiles and starts the pattern as usual; the layout then writes through a chain of
 * its own that mirrors the compiled one, each converter that can carry event data behind a
 * redacting part that took over its padding and truncation. Words whose output cannot hold a
 * secret (dates, levels, line separators, counters) are never scanned, and neither is literal
 * text. Composite words ({@code %highlight(...)}, {@code %replace(...)}) are kept: their children
 * are redacted; {@code %redact(...)} is kept whole, as it redacts on its own. The stack trace
 * Logback appends on its own when a pattern has none is redacted too.
 *
 * <p>Wrapping the compiled chain, rather than the converters as Logback creates them, reads only
 * API that every Logback from 1.2 on has: the converter map changed type in Logback 1.5.13.
 */
final class RedactingPatternLayout extends PatternLayout {
  /** Converters whose output cannot carry event text: never wrapped, never scanned. */
  private static final Set<String> SAFE = safeConverters();

  private final Redaction redaction;
  /** The chain as Logback compiled it, seen by the post-compile processor. */
  private Converter<ILoggingEvent> compiled;
  /** The chain this layout writes through. */
  private Converter<ILoggingEvent> redacted;

  RedactingPatternLayout(Redaction redaction) {
    this.redaction = redaction;
    setPostCompileProcessor(this::keepWithThrowable);
  }

  private static Set<String> safeConverters() {
    Set<String> names = new HashSet<>();
    names.add(DateConverter.class.getName());
    names.add(LevelConverter.class.getName());
    names.add(LineSeparatorConverter.class.getName());
    names.add(RelativeTimeConverter.class.getName());
    names.add(LocalSequenceNumberConverter.class.getName());
    names.add(LineOfCallerConverter.class.getName());
    names.add(NopThrowableInformationConverter.class.getName());
    names.add(ContextNameConverter.class.getName());
    names.addAll(LogbackCompatibility.LATER_SAFE_CONVERTERS);
    return names;
  }

  /**
   * Keeps the compiled chain, after appending a stack trace word when the pattern has none, as
   * Logback's {@link EnsureExceptionHandling} does (it is the processor this layout replaces).
   */
  private void keepWithThrowable(Context context, Converter<ILoggingEvent> head) {
    compiled = head;
    if (head == null || new EnsureExceptionHandling().chainHandlesThrowable(head)) {
      return;
    }
    ThrowableHandlingConverter stackTrace =
        context instanceof LoggerContext && ((LoggerContext) context).isPackagingDataEnabled()
            ? new ExtendedThrowableProxyConverter()
            : new ThrowableProxyConverter();
    ConverterUtil.findTail(head).setNext(stackTrace);
  }

  @Override
  public void start() {
    compiled = null;
    redacted = null;
    super.start();
    if (isStarted()) {
      redacted = redactedChain(compiled);
    }
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    if (!isStarted()) {
      return "";
    }
    StringBuilder text = new StringBuilder(256);
    for (Converter<ILoggingEvent> c = redacted; c != null; c = c.getNext()) {
      c.write(text, event);
    }
    return text.toString();
  }

  /**
   * A new chain, part for part: Logback lets a converter's successor be set only once, so every
   * part of the compiled chain is stood in for, even those written as they are.
   */
  private Converter<ILoggingEvent> redactedChain(Converter<ILoggingEvent> head) {
    Converter<ILoggingEvent> first = null;
    Converter<ILoggingEvent> last = null;
    for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
      Converter<ILoggingEvent> part = redactedPart(c);
      if (first == null) {
        first = part;
      } else {
        last.setNext(part);
      }
      last = part;
    }
    return first;
  }

  @SuppressWarnings("unchecked")
  private Converter<ILoggingEvent> redactedPart(Converter<ILoggingEvent> converter) {
    if (converter instanceof LiteralConverter) {
      return new LiteralConverter<>(converter.convert(null));
    }
    if (SAFE.contains(converter.getClass().getName()) || converter instanceof RedactingConverter) {
      return new Unchanged(converter);
    }
    if (converter.getClass() == PrefixCompositeConverter.class) {
      RedactedPrefix prefix = new RedactedPrefix(redaction);
      prefix.setChildConverter(
          redactedChain(((CompositeConverter<ILoggingEvent>) converter).getChildConverter()));
      return started(prefix, converter);
    }
    if (converter instanceof CompositeConverter) {
      CompositeConverter<ILoggingEvent> composite = (CompositeConverter<ILoggingEvent>) converter;
      composite.setChildConverter(redactedChain(composite.getChildConverter()));
      return new Unchanged(converter);
    }
    if (converter instanceof ThrowableHandlingConverter) {
      return started(
          new RedactedThrowable((ThrowableHandlingConverter) converter, redaction), converter);
    }
    return started(new RedactedPart(converter, redaction), converter);
  }

  /** {@code part}, started, with the padding and truncation of the converter it stands for. */
  private Converter<ILoggingEvent> started(
      FormattingConverter<ILoggingEvent> part, Converter<ILoggingEvent> original) {
    if (original instanceof FormattingConverter) {
      part.setFormattingInfo(((FormattingConverter<ILoggingEvent>) original).getFormattingInfo());
    }
    if (part instanceof ClassicConverter) {
      ((ClassicConverter) part).setContext(getContext());
    } else if (part instanceof CompositeConverter) {
      ((CompositeConverter<ILoggingEvent>) part).setContext(getContext());
    }
    if (part instanceof ch.qos.logback.core.spi.LifeCycle) {
      ((ch.qos.logback.core.spi.LifeCycle) part).start();
    }
    return part;
  }

  /** A part written by its converter, padding included, and never scanned. */
  static final class Unchanged extends Converter<ILoggingEvent> {
    final Converter<ILoggingEvent> delegate;

    Unchanged(Converter<ILoggingEvent> delegate) {
      this.delegate = delegate;
    }

    @Override
    public String convert(ILoggingEvent event) {
      return delegate.convert(event);
    }

    @Override
    public void write(StringBuilder buf, ILoggingEvent event) {
      delegate.write(buf, event);
    }
  }

  /**
   * Renders a part through the converter it wraps, then redacts it; the wrapper, not the wrapped
   * converter, carries the part's padding and truncation, so they apply to redacted text.
   */
  static final class RedactedPart extends ClassicConverter {
    final Converter<ILoggingEvent> delegate;
    private final Redaction redaction;
    private final NameCache names;
    /** Whether this part is the message, whose template tells where its literal text is. */
    private final boolean message;
    private String key;

    RedactedPart(Converter<ILoggingEvent> delegate, Redaction redaction) {
      this.delegate = delegate;
      this.redaction = redaction;
      // Thread, logger and caller names come back event after event: remember their redaction.
      this.names = delegate instanceof ThreadConverter || delegate instanceof NamedConverter
          || delegate instanceof MethodOfCallerConverter
          || delegate instanceof FileOfCallerConverter
          ? new NameCache()
          : null;
      this.message = delegate instanceof MessageConverter;
    }

    /** The delegate was started by Logback with the rest of the compiled chain. */
    @Override
    public void start() {
      // %X{key} and %property{key} print a value without its key; the key says if it is secret.
      if (delegate instanceof MDCConverter) {
        key = ((MDCConverter) delegate).getKey();
      } else if (delegate instanceof PropertyConverter) {
        key = ((PropertyConverter) delegate).getKey();
      }
      super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
      try {
        String text = delegate.convert(event);
        if (text == null || text.isEmpty()) {
          return text;
        }
        if (names != null) {
          return names.redact(event, text, redaction);
        }
        if (message) {
          return redaction.redactMessage(event, text);
        }
        return key == null
            ? redaction.redact(event, text)
            : redaction.redactValue(event, key, text);
      } catch (RuntimeException e) {
        redaction.failed(event, e);
        return Redactor.FAILURE_MARKER;
      }
    }
  }

  /**
   * The redaction of the last names seen, by hash slot: a name that comes back costs a lookup,
   * not a scan, and a hit allocates nothing. A clean name is its own entry, so that the usual hit
   * compares two references. Entries are immutable, so racing threads see a whole entry or none.
   */
  static final class NameCache {
    private static final int SLOTS = 64;
    /** Per slot, a name that holds no secret, or the {@link Entry} of one that does. */
    private final Object[] slots = new Object[SLOTS];

    String redact(ILoggingEvent event, String name, Redaction redaction) {
      int slot = name.hashCode() & (SLOTS - 1);
      Object cached = slots[slot];
      if (cached == name) {
        return name;
      }
      if (cached instanceof Entry && ((Entry) cached).name.equals(name)) {
        return ((Entry) cached).redacted;
      }
      if (cached instanceof String && cached.equals(name)) {
        return name;
      }
      String redacted = redaction.redact(event, name);
      if (redacted == name) {
        slots[slot] = name;
      } else if (redacted != Redactor.FAILURE_MARKER) {
        slots[slot] = new Entry(name, redacted);
      }
      return redacted;
    }

    private static final class Entry {
      final String name;
      final String redacted;

      Entry(String name, String redacted) {
        this.name = name;
        this.redacted = redacted;
      }
    }
  }

  /** {@link RedactedPart} for stack traces, so that Logback sees the pattern prints one. */
  static final class RedactedThrowable extends ThrowableHandlingConverter {
    final ThrowableHandlingConverter delegate;
    private final Redaction redaction;

    RedactedThrowable(ThrowableHandlingConverter delegate, Redaction redaction) {
      this.delegate = delegate;
      this.redaction = redaction;
    }

    @Override
    public String convert(ILoggingEvent event) {
      if (event.getThrowableProxy() == null) {
        return "";
      }
      try {
        String text = delegate.convert(event);
        return text == null || text.isEmpty() ? text : redaction.redact(event, text);
      } catch (RuntimeException e) {
        redaction.failed(event, e);
        return Redactor.FAILURE_MARKER;
      }
    }
  }

  /**
   * {@code %prefix(...)}: writes each child as {@code key=value}, naming it by its converter as
   * Logback's {@code PrefixCompositeConverter} does (so it looks through the wrappers), with each
   * value redacted by its wrapper and the whole output redacted once more.
   */
  static final class RedactedPrefix extends CompositeConverter<ILoggingEvent> {
    private final Redaction redaction;

    RedactedPrefix(Redaction redaction) {
      this.redaction = redaction;
    }

    @Override
    public String convert(ILoggingEvent event) {
      try {
        StringBuilder text = new StringBuilder();
        for (Converter<ILoggingEvent> c = getChildConverter(); c != null; c = c.getNext()) {
          String key = keyOf(c);
          if (key != null) {
            text.append(key).append('=');
          }
          text.append(c.convert(event));
        }
        return redaction.redact(event, text.toString());
      } catch (RuntimeException e) {
        redaction.failed(event, e);
        return Redactor.FAILURE_MARKER;
      }
    }

    private static String keyOf(Converter<ILoggingEvent> converter) {
      Converter<ILoggingEvent> named = converter;
      if (converter instanceof RedactedPart) {
        named = ((RedactedPart) converter).delegate;
      } else if (converter instanceof Unchanged) {
        named = ((Unchanged) converter).delegate;
      } else if (converter instanceof RedactedThrowable) {
        named = ((RedactedThrowable) converter).delegate;
      }
      if (named instanceof MDCConverter) {
        return ((MDCConverter) named).getKey();
      }
      if (named instanceof PropertyConverter) {
        return ((PropertyConverter) named).getKey();
      }
      return PatternLayout.CONVERTER_CLASS_TO_KEY_MAP.get(named.getClass().getName());
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
      throw new UnsupportedOperationException("convert() writes the whole output");
    }
  }
}
