package io.redactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ContextNameConverter;
import ch.qos.logback.classic.pattern.DateConverter;
import ch.qos.logback.classic.pattern.EnsureExceptionHandling;
import ch.qos.logback.classic.pattern.FileOfCallerConverter;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.LevelConverter;
import ch.qos.logback.classic.pattern.LineOfCallerConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.LocalSequenceNumberConverter;
import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.MethodOfCallerConverter;
import ch.qos.logback.classic.pattern.MicrosecondConverter;
import ch.qos.logback.classic.pattern.NamedConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.PrefixCompositeConverter;
import ch.qos.logback.classic.pattern.PropertyConverter;
import ch.qos.logback.classic.pattern.RelativeTimeConverter;
import ch.qos.logback.classic.pattern.SequenceNumberConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThreadConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.DynamicConverter;
import io.redactor.Redactor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@link PatternLayout} whose every conversion word that can carry event data (message, MDC,
 * key-values, markers, logger and thread names, stack traces, and any custom word registered with
 * {@code <conversionRule>}) is redacted before its own padding or truncation, so that
 * {@code %.-200msg} cannot cut a secret in half before it is seen.
 *
 * <p>Each such converter is wrapped as it is created, through the map that Logback's pattern
 * compiler reads words from; words whose output cannot hold a secret (dates, levels, line
 * separators, counters) are never wrapped and never scanned, and neither is literal text. Composite
 * words ({@code %highlight(...)}, {@code %replace(...)}) are kept: their children are wrapped. The
 * stack trace Logback appends on its own when a pattern has none is a wrapped one too.
 */
final class RedactingPatternLayout extends PatternLayout {
  /** Converters whose output cannot carry event text: never wrapped, never scanned. */
  private static final Set<String> SAFE = Set.of(
      DateConverter.class.getName(), LevelConverter.class.getName(),
      LineSeparatorConverter.class.getName(), RelativeTimeConverter.class.getName(),
      LogbackCompatibility.EPOCH_CONVERTER, MicrosecondConverter.class.getName(),
      SequenceNumberConverter.class.getName(), LocalSequenceNumberConverter.class.getName(),
      LineOfCallerConverter.class.getName(), NopThrowableInformationConverter.class.getName(),
      ContextNameConverter.class.getName());

  private final Redaction redaction;

  RedactingPatternLayout(Redaction redaction) {
    this.redaction = redaction;
    setPostCompileProcessor(this::appendRedactedThrowableIfMissing);
  }

  @Override
  @SuppressWarnings("rawtypes") // the map's type, as Logback declares it
  public Map<String, Supplier<DynamicConverter>> getEffectiveConverterMap() {
    Map<String, Supplier<DynamicConverter>> wrapped = new HashMap<>();
    for (Map.Entry<String, Supplier<DynamicConverter>> entry
        : super.getEffectiveConverterMap().entrySet()) {
      Supplier<DynamicConverter> original = entry.getValue();
      wrapped.put(entry.getKey(), () -> wrap(original.get()));
    }
    return wrapped;
  }

  /** Like {@link EnsureExceptionHandling}, but the stack trace it appends is redacted. */
  private void appendRedactedThrowableIfMissing(Context context, Converter<ILoggingEvent> head) {
    if (new EnsureExceptionHandling().chainHandlesThrowable(head)) {
      return;
    }
    ThrowableHandlingConverter stackTrace =
        context instanceof LoggerContext && ((LoggerContext) context).isPackagingDataEnabled()
            ? new ExtendedThrowableProxyConverter()
            : new ThrowableProxyConverter();
    ConverterUtil.findTail(head).setNext(new RedactedThrowable(stackTrace, redaction));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private DynamicConverter wrap(DynamicConverter converter) {
    if (converter == null || SAFE.contains(converter.getClass().getName())
        || converter instanceof RedactedPart || converter instanceof RedactedThrowable
        || converter instanceof RedactingConverter) {
      return converter;
    }
    if (converter.getClass() == PrefixCompositeConverter.class) {
      return new RedactedPrefix(redaction);
    }
    if (converter instanceof CompositeConverter) {
      return converter;
    }
    if (converter instanceof ThrowableHandlingConverter) {
      return new RedactedThrowable((ThrowableHandlingConverter) converter, redaction);
    }
    return new RedactedPart((DynamicConverter<ILoggingEvent>) converter, redaction);
  }

  /**
   * Renders a part through the converter it wraps, then redacts it; the wrapper, not the wrapped
   * converter, carries the part's padding and truncation, so they apply to redacted text.
   */
  static final class RedactedPart extends ClassicConverter {
    final DynamicConverter<ILoggingEvent> delegate;
    private final Redaction redaction;
    private final NameCache names;
    /** Whether this part is the message, whose template tells where its literal text is. */
    private final boolean message;
    private String key;

    RedactedPart(DynamicConverter<ILoggingEvent> delegate, Redaction redaction) {
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

    @Override
    public void setOptionList(List<String> optionList) {
      super.setOptionList(optionList);
      delegate.setOptionList(optionList);
    }

    @Override
    public void setContext(Context context) {
      super.setContext(context);
      delegate.setContext(context);
    }

    @Override
    public void start() {
      delegate.start();
      // %X{key} and %property{key} print a value without its key; the key says if it is secret.
      if (delegate instanceof MDCConverter) {
        key = ((MDCConverter) delegate).getKey();
      } else if (delegate instanceof PropertyConverter) {
        key = ((PropertyConverter) delegate).getKey();
      }
      super.start();
    }

    @Override
    public void stop() {
      delegate.stop();
      super.stop();
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
    public void setOptionList(List<String> optionList) {
      super.setOptionList(optionList);
      delegate.setOptionList(optionList);
    }

    @Override
    public void setContext(Context context) {
      super.setContext(context);
      delegate.setContext(context);
    }

    @Override
    public void start() {
      delegate.start();
      super.start();
    }

    @Override
    public void stop() {
      delegate.stop();
      super.stop();
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
