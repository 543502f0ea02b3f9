package io.redactor.log4j2;

import io.redactor.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterConsumer;
import org.apache.logging.log4j.message.ParameterVisitable;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusLogger;
import org.apache.logging.log4j.util.IndexedReadOnlyStringMap;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringBuilderFormattable;
import org.apache.logging.log4j.util.StringMap;
import org.apache.logging.log4j.util.TriConsumer;

/**
 * {@code <RedactingRewritePolicy/>}: inside a {@code <Rewrite>} appender, hands the referenced
 * appenders a redacted copy of each event, so that layouts which read the event rather than a
 * pattern ({@code JsonTemplateLayout}, database and error-tracker appenders) never see a secret.
 *
 * <pre>{@code
 * <Rewrite name="Redacted">
 *   <RedactingRewritePolicy rules="-jwt" keys="ssn,pin" style="label">
 *     <Property name="secret">${env:DB_PASSWORD}</Property>
 *   </RedactingRewritePolicy>
 *   <AppenderRef ref="Json"/>
 * </Rewrite>
 * }</pre>
 *
 * <p>What is redacted:
 * <ul>
 *   <li>the message: a {@link MapMessage} stays a {@code MapMessage} with redacted values, made by
 *       its own {@code newInstance} (a {@code StructuredDataMessage} keeps its id and type); a
 *       value is redacted together with its key, so {@code password} is masked whatever its
 *       value looks like. Any other message becomes one whose text is the
 *       redacted text of the whole message, keeping its format and redacted parameters;</li>
 *   <li>the context data ({@code ThreadContext} map), value by value, with its key;</li>
 *   <li>the throwable: the message of the throwable, of each cause and of each suppressed
 *       throwable, keeping class names and stack frames.</li>
 * </ul>
 *
 * <p>An event without a secret is passed on as it is, without a copy. The original event is
 * never changed, so other appenders of the same logger still see it whole.
 *
 * <p>Attributes: {@code options} (a {@link Redactor} option string), and for the common options
 * {@code rules}, {@code keys}, {@code secret}, {@code mask} and {@code style}; nested
 * {@code <Property name="option">value</Property>} elements add any option, repeatable ones
 * ({@code secret}, {@code rule}, {@code allow}) as often as needed.
 *
 * <p>Bad configuration is reported through Log4j's status logger at startup, naming the option,
 * its value and what is allowed. The policy is then built closed: every event it handles is
 * replaced by one whose message is {@link Redactor#FAILURE_MARKER}, without context data or
 * throwable. (A {@code <Rewrite>} appender given no policy would pass every event on unredacted.)
 *
 * <p>Should the engine fail on one part of an event (the message, a context or map entry, a
 * throwable's message), that part is replaced by {@link Redactor#FAILURE_MARKER} and the other
 * parts are redacted as usual; should reading the event fail (a message or throwable that throws),
 * the whole event is replaced as above. The failure is reported once through the status logger;
 * logging goes on.
 */
@Plugin(name = "RedactingRewritePolicy", category = Core.CATEGORY_NAME,
    elementType = "rewritePolicy", printObject = true)
public final class RedactingRewritePolicy implements RewritePolicy {
  private static final Logger LOGGER = StatusLogger.getLogger();
  private static final String NAME = "RedactingRewritePolicy";

  private static final TriConsumer<String, Object, ContextRedaction> VISIT_CONTEXT_ENTRY =
      (key, value, redaction) -> redaction.visit(key, value);

  /** Per thread: the builder a message writes itself into, and the state of its check. */
  private final ThreadLocal<CleanCheck> checks = ThreadLocal.withInitial(CleanCheck::new);

  /** Checks a message's parameters one at a time, without a copy of them. */
  private final ParameterConsumer<CleanCheck> checkParameter =
      (parameter, index, check) -> check.clean &= isClean(parameter, check.text);

  private final Redactor redactor;
  private final String mask;
  private final FailureReporter failures;

  private RedactingRewritePolicy(Redactor redactor, FailureReporter failures) {
    this.redactor = redactor;
    this.mask = redactor == null ? Redactor.FAILURE_MARKER : RedactorSettings.maskOf(redactor);
    this.failures = failures;
  }

  /** A builder, as Log4j calls it for {@code <RedactingRewritePolicy .../>}. */
  @PluginBuilderFactory
  public static Builder newBuilder() {
    return new Builder();
  }

  @Override
  public LogEvent rewrite(LogEvent source) {
    if (redactor == null) {
      return failed(source);
    }
    try {
      Message message = source.getMessage();
      Message redactedMessage = isClean(message) ? message : redactMessage(message);
      StringMap redactedContext = redactContext(source.getContextData());
      Throwable thrown = source.getThrown();
      Throwable redactedThrown = ThrowableRedaction.redact(thrown, redactor);
      if (redactedMessage == message && redactedContext == null && redactedThrown == thrown) {
        return source;
      }
      Log4jLogEvent.Builder copy = new Log4jLogEvent.Builder(source);
      if (redactedMessage != message) {
        copy.setMessage(redactedMessage);
      }
      if (redactedContext != null) {
        copy.setContextData(redactedContext);
      }
      if (redactedThrown != thrown) {
        Log4jCompatibility.setThrown(copy, redactedThrown);
      }
      return copy.build();
    } catch (Throwable failure) {
      failures.accept(failure);
      return failed(source);
    }
  }

  /**
   * Whether {@code message} holds nothing to mask, told without a copy of its text or of its
   * parameters where it can write itself into a builder and hand its parameters over one by one,
   * as the messages of Log4j's garbage-free logging do. Any other message is not known to be
   * clean here, and {@link #redactMessage} reads it.
   */
  private boolean isClean(Message message) {
    if (!(message instanceof StringBuilderFormattable) || message instanceof MapMessage) {
      return false;
    }
    CleanCheck check = checks.get();
    StringBuilder text = check.text;
    text.setLength(0);
    ((StringBuilderFormattable) message).formatTo(text);
    boolean clean = !redactor.redact(text, 0);
    if (clean && message instanceof ParameterVisitable) {
      check.clean = true;
      ((ParameterVisitable) message).forEachParameter(checkParameter, check);
      clean = check.clean;
    } else if (clean) {
      Object[] parameters = message.getParameters();
      for (int i = 0; clean && parameters != null && i < parameters.length; i++) {
        clean = isClean(parameters[i], text);
      }
    }
    text.setLength(0);
    if (text.capacity() > 4096) {
      text.trimToSize();
    }
    return clean;
  }

  /**
   * Whether one parameter holds nothing to mask on its own; a number, a boolean or a character
   * is written into {@code scratch}, not into a new string.
   */
  private boolean isClean(Object parameter, StringBuilder scratch) {
    if (parameter == null) {
      return true;
    }
    if (parameter instanceof String) {
      return redactor.redact((String) parameter) == parameter;
    }
    if (parameter instanceof Integer || parameter instanceof Long || parameter instanceof Short
        || parameter instanceof Byte || parameter instanceof Boolean
        || parameter instanceof Character) {
      scratch.setLength(0);
      if (parameter instanceof Character) {
        scratch.append(((Character) parameter).charValue());
      } else if (parameter instanceof Boolean) {
        scratch.append(((Boolean) parameter).booleanValue());
      } else {
        scratch.append(((Number) parameter).longValue());
      }
      return !redactor.redact(scratch, 0);
    }
    if (parameter instanceof Throwable) {
      return ThrowableRedaction.redact((Throwable) parameter, redactor) == parameter;
    }
    String text = String.valueOf(parameter);
    return redactor.redact(text) == text;
  }

  /** A thread's state for {@link #isClean(Message)}. */
  private static final class CleanCheck {
    final StringBuilder text = new StringBuilder(256);
    boolean clean;
  }

  @SuppressWarnings("deprecation") // getFormat(): kept for layouts that still read it
  private Message redactMessage(Message message) {
    if (message == null) {
      return null;
    }
    if (message instanceof MapMessage) {
      return redactMapMessage((MapMessage<?, ?>) message);
    }
    String text = message.getFormattedMessage();
    String redactedText = redactor.redact(text);
    Object[] parameters = message.getParameters();
    Object[] redactedParameters = redactParameters(parameters, text, redactedText);
    if (redactedText == text && redactedParameters == parameters) {
      return message;
    }
    return new RedactedMessage(redactedText, redactor.redact(message.getFormat()),
        redactedParameters == parameters && parameters != null ? parameters.clone() : redactedParameters);
  }

  /**
   * Redacts each parameter on its own; a parameter the engine did not flag alone but whose text was
   * masked out of the message (the value after {@code password=}) is masked whole.
   */
  private Object[] redactParameters(Object[] parameters, String text, String redactedText) {
    if (parameters == null || parameters.length == 0) {
      return parameters;
    }
    Object[] redacted = parameters;
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter == null) {
        continue;
      }
      if (parameter instanceof Throwable) {
        // A trailing throwable is also a parameter, which JSON layouts may render.
        Throwable redactedThrowable = ThrowableRedaction.redact((Throwable) parameter, redactor);
        if (redactedThrowable != parameter) {
          if (redacted == parameters) {
            redacted = parameters.clone();
          }
          redacted[i] = redactedThrowable;
        }
        continue;
      }
      String value = String.valueOf(parameter);
      String redactedValue = redactor.redact(value);
      if (redactedValue == value && redactedText != text && !value.isEmpty()
          && text.contains(value) && !redactedText.contains(value)) {
        redactedValue = mask;
      }
      if (redactedValue != value) {
        if (redacted == parameters) {
          redacted = parameters.clone();
        }
        redacted[i] = redactedValue;
      }
    }
    return redacted;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Message redactMapMessage(MapMessage<?, ?> message) {
    IndexedReadOnlyStringMap data = message.getIndexedReadOnlyStringMap();
    Map<String, Object> redacted = null;
    StringBuilder scratch = null;
    for (int i = 0; i < data.size(); i++) {
      String key = data.getKeyAt(i);
      Object value = data.getValueAt(i);
      if (value == null) {
        continue;
      }
      if (scratch == null) {
        scratch = new StringBuilder(64);
      }
      String redactedValue = redactEntry(key, value, scratch);
      if (redactedValue != null && redacted == null) {
        redacted = new LinkedHashMap<>();
        for (int j = 0; j < i; j++) {
          redacted.put(data.getKeyAt(j), data.getValueAt(j));
        }
      }
      if (redacted != null) {
        redacted.put(key, redactedValue != null ? redactedValue : value);
      }
    }
    if (redacted == null) {
      return message;
    }
    return (Message) ((MapMessage) message).newInstance(redacted);
  }

  /** A redacted copy of the context data, or {@code null} when it holds no secret. */
  private StringMap redactContext(ReadOnlyStringMap context) {
    if (context == null || context.isEmpty()) {
      return null;
    }
    ContextRedaction redaction = new ContextRedaction(context);
    context.forEach(VISIT_CONTEXT_ENTRY, redaction);
    if (redaction.redacted == null) {
      return null;
    }
    redaction.redacted.freeze();
    return redaction.redacted;
  }

  /** Walks the context data once, copying it only at the first value that holds a secret. */
  private final class ContextRedaction {
    final ReadOnlyStringMap context;
    final StringBuilder scratch = new StringBuilder(64);
    StringMap redacted;

    ContextRedaction(ReadOnlyStringMap context) {
      this.context = context;
    }

    void visit(String key, Object value) {
      if (value == null) {
        return;
      }
      String redactedValue = redactEntry(key, value, scratch);
      if (redactedValue != null) {
        if (redacted == null) {
          redacted = ContextDataFactory.createContextData(context.size());
          redacted.putAll(context);
        }
        redacted.putValue(key, redactedValue);
      }
    }
  }

  /**
   * The redacted value of one map entry, or {@code null} when it holds no secret. The value is
   * redacted as {@code key=value}, so that a sensitive key masks a value of any shape.
   */
  private String redactEntry(String key, Object value, StringBuilder scratch) {
    scratch.setLength(0);
    scratch.append(key).append('=');
    int valueStart = scratch.length();
    scratch.append(value);
    if (!redactor.redact(scratch, 0)) {
      return null;
    }
    if (Redactor.FAILURE_MARKER.contentEquals(scratch)) {
      // Failed on the entry: the value may be a secret only by its key, so it goes too.
      return Redactor.FAILURE_MARKER;
    }
    if (startsWithKey(scratch, key)) {
      return scratch.substring(valueStart);
    }
    // The key itself looked like a secret: redact the value on its own.
    String text = String.valueOf(value);
    String redactedText = redactor.redact(text);
    return redactedText == text ? null : redactedText;
  }

  private static boolean startsWithKey(StringBuilder text, String key) {
    if (text.length() <= key.length() || text.charAt(key.length()) != '=') {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (text.charAt(i) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static LogEvent failed(LogEvent source) {
    return Log4jLogEvent.newBuilder()
        .setLoggerName(source.getLoggerName())
        .setLoggerFqcn(source.getLoggerFqcn())
        .setLevel(source.getLevel())
        .setMarker(source.getMarker())
        .setInstant(source.getInstant())
        .setNanoTime(source.getNanoTime())
        .setThreadName(source.getThreadName())
        .setThreadId(source.getThreadId())
        .setThreadPriority(source.getThreadPriority())
        .setEndOfBatch(source.isEndOfBatch())
        .setMessage(new SimpleMessage(Redactor.FAILURE_MARKER))
        // Set, or the builder would fill it from the current thread's context.
        .setContextData(ContextDataFactory.emptyFrozenContextData())
        .build();
  }

  @Override
  public String toString() {
    return NAME + "{" + (redactor == null ? "closed: bad configuration" : redactor) + "}";
  }

  /**
   * Builds a {@link RedactingRewritePolicy} from the attributes and nested elements of
   * {@code <RedactingRewritePolicy>}.
   */
  public static final class Builder
      implements org.apache.logging.log4j.core.util.Builder<RedactingRewritePolicy> {
    @PluginBuilderAttribute
    private String options;

    @PluginBuilderAttribute
    private String rules;

    @PluginBuilderAttribute
    private String keys;

    @PluginBuilderAttribute
    private String secret;

    @PluginBuilderAttribute
    private String mask;

    @PluginBuilderAttribute
    private String style;

    @PluginElement("Properties")
    private Property[] properties;

    private Builder() {
    }

    /** A {@link Redactor} option string, applied before the other attributes. */
    public Builder setOptions(String optionString) {
      this.options = optionString;
      return this;
    }

    /** Rules to turn on or off, as the {@code rules} option: {@code -jwt,+my-rule}. */
    public Builder setRules(String ruleSwitches) {
      this.rules = ruleSwitches;
      return this;
    }

    /** Extra sensitive key names, comma-separated, as the {@code keys} option. */
    public Builder setKeys(String keyNames) {
      this.keys = keyNames;
      return this;
    }

    /** A known secret value, masked wherever it appears, as the {@code secret} option. */
    public Builder setSecret(String secretValue) {
      this.secret = secretValue;
      return this;
    }

    /** The text written in place of a secret, as the {@code mask} option. */
    public Builder setMask(String maskText) {
      this.mask = maskText;
      return this;
    }

    /** {@code plain}, {@code label} or {@code fingerprint}, as the {@code style} option. */
    public Builder setStyle(String maskStyle) {
      this.style = maskStyle;
      return this;
    }

    /** Options given as nested {@code <Property name="option">value</Property>} elements. */
    public Builder setProperties(Property... optionProperties) {
      this.properties = optionProperties == null ? null : optionProperties.clone();
      return this;
    }

    /**
     * Builds the policy. On bad configuration the problem is reported through the status logger
     * and the policy returned is closed (see the class documentation), never {@code null}.
     */
    @Override
    public RedactingRewritePolicy build() {
      RedactorSettings settings = new RedactorSettings()
          .options(options)
          .option("rules", rules)
          .option("keys", keys)
          .option("secret", secret)
          .option("mask", mask)
          .option("style", style);
      if (properties != null) {
        for (Property property : properties) {
          if (property != null) {
            settings.option(property.getName(), property.getValue());
          }
        }
      }
      FailureReporter failures = new FailureReporter(NAME);
      Redactor redactor = settings.build(NAME, failures);
      if (redactor == null) {
        LOGGER.debug("{} built closed after a configuration error", NAME);
      }
      return new RedactingRewritePolicy(redactor, failures);
    }
  }
}
