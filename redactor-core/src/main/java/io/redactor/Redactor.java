package io.redactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * Finds credentials in log text and masks them.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.defaults();
 * redactor.redact("Authorization: Bearer eyJhbGciOi...");   // "Authorization: Bearer [REDACTED]"
 * }</pre>
 *
 * <p>A {@code Redactor} is immutable and thread-safe: build it once, at configuration time, and
 * share it. On text that holds no secret every method reads each character once, allocates
 * nothing and returns its input ({@link #redact(String)} returns the same instance).
 *
 * <h2>The option string</h2>
 *
 * <p>The Logback and Log4j 2 components and the command-line tool all accept the same options,
 * written as {@code name=value} pairs separated by {@code ;}. Whitespace around names and values is
 * ignored; {@code \;} stands for a {@code ;} inside a value.
 *
 * <pre>
 * rules=-jwt,-aws-access-key-id; keys=ssn,pin; secret=hunter22; style=label
 * </pre>
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>value</th><th>default</th></tr>
 *   <tr><td>{@code rules}</td><td>comma-separated rule ids to turn on ({@code +id} or {@code id})
 *       or off ({@code -id}), applied in order after {@code default} (every rule but the opt-in
 *       {@code high-entropy}), {@code all} or {@code none}:
 *       {@code rules=none,+github-token,+jwt}, {@code rules=+high-entropy}</td>
 *       <td>{@code default}</td></tr>
 *   <tr><td>{@code keys}</td><td>comma-separated extra sensitive key names, matched in every case
 *       style ({@code ssn} also matches {@code SSN}, {@code user_ssn}, {@code userSsn}); each two
 *       or more ASCII letters or digits, words joined by {@code _ - .} or spaces</td>
 *       <td>none</td></tr>
 *   <tr><td>{@code rule}</td><td>a custom rule {@code id:keyword:pattern} (repeatable): wherever
 *       {@code keyword} occurs (any case), {@code pattern} is matched right after it; group 1 of
 *       the pattern, or the whole match, is masked. Patterns run in linear time.</td><td>none</td>
 *   </tr>
 *   <tr><td>{@code secret}</td><td>a known secret value, masked wherever it appears, whatever its
 *       shape (repeatable; at least 4 characters)</td><td>none</td></tr>
 *   <tr><td>{@code env-secrets}</td><td>{@code true} to treat the values of environment variables
 *       with sensitive names ({@code *_TOKEN}, {@code *_SECRET}, {@code *_PASSWORD},
 *       {@code *_API_KEY}...) as known secrets</td><td>{@code false}</td></tr>
 *   <tr><td>{@code allow}</td><td>a value that is never masked (repeatable)</td><td>none</td></tr>
 *   <tr><td>{@code allow-pattern}</td><td>a pattern; a secret it matches in full is never masked
 *       (repeatable)</td><td>none</td></tr>
 *   <tr><td>{@code mask}</td><td>the text written in place of a secret</td>
 *       <td>{@code [REDACTED]}</td></tr>
 *   <tr><td>{@code style}</td><td>{@code plain}, {@code label} ({@code [REDACTED:jwt]}) or
 *       {@code fingerprint} ({@code [REDACTED:3f9a1c02]})</td><td>{@code plain}</td></tr>
 *   <tr><td>{@code fingerprint-key}</td><td>the key of {@code style=fingerprint}; without it a
 *       random key is drawn per process, so fingerprints match within one process only</td>
 *       <td>random</td></tr>
 *   <tr><td>{@code max-scan}</td><td>the most characters of one text that are scanned (1 to
 *       268435455); what lies beyond is never written unscanned: see
 *       {@code beyond-max-scan}</td><td>268435455</td></tr>
 *   <tr><td>{@code beyond-max-scan}</td><td>what becomes of the text beyond {@code max-scan}:
 *       {@code mask} replaces it with one mask, {@code cut} drops it</td><td>{@code mask}</td></tr>
 * </table>
 *
 * <p>Patterns ({@code rule}, {@code allow-pattern}) use a subset of {@link java.util.regex}
 * syntax that can be matched in linear time: literals, {@code .}, classes such as
 * {@code [A-Za-z0-9_]}, {@code \d \w \s}, groups, {@code |}, {@code * + ?} and {@code {m,n}}, and
 * a leading {@code (?i)}. Back-references and look-around are refused.
 *
 * <h2>Failure</h2>
 *
 * <p>No input makes a method throw. Should redaction fail internally, the text is replaced by
 * {@link #FAILURE_MARKER} (fail closed, never the raw text) and the cause is passed to the listener
 * given to {@link Builder#onFailure}.
 */
public final class Redactor {
  /** The default mask text. */
  public static final String DEFAULT_MASK = "[REDACTED]";

  /** What replaces a text whose redaction failed. */
  public static final String FAILURE_MARKER = "[REDACTION FAILED]";

  private final Engine engine;
  private final String description;

  private Redactor(Engine engine, String description) {
    this.engine = engine;
    this.description = description;
  }

  /** A redactor with every built-in rule on and the default mask. */
  public static Redactor defaults() {
    return Defaults.INSTANCE;
  }

  /** Built on first use, so that configuring a redactor of one's own does not build this one. */
  private static final class Defaults {
    static final Redactor INSTANCE = new Builder().build();
  }

  /** A builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A redactor configured by an option string (see the class documentation).
   *
   * @throws RedactorConfigException naming the option, the value and what is allowed
   */
  public static Redactor fromOptions(String options) {
    return new Builder().options(options).build();
  }

  /**
   * Which prefilter the redactors of this JVM scan with, and why, chosen once when the first is
   * built: {@code vector (jdk.incubator.vector, 512-bit, 16 buckets)} on Java 21 or later run
   * with {@code --add-modules jdk.incubator.vector} on a machine with 512-bit vectors, otherwise
   * {@code scalar (...)} with the reason, for example {@code scalar (Java 17; the vector
   * prefilter needs Java 21 or later)}. {@code -Dredactor.scan=scalar} forces the scalar one. Both
   * find exactly the same secrets; the adapters report this once through their framework's status
   * channel.
   */
  public static String prefilter() {
    return Prefilters.describe();
  }

  /**
   * The ids of the built-in rules with a one-line description each, in id order.
   */
  public static SortedMap<String, String> ruleCatalog() {
    return Catalog.descriptions();
  }

  /**
   * Returns {@code text} with every secret masked, or the same instance when there is none.
   * A {@code null} text is returned as is.
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    try {
      return engine.redact(text);
    } catch (Throwable t) {
      engine.reportFailure(t);
      return FAILURE_MARKER;
    }
  }

  /**
   * {@link #redact(String)} of a logging event's message, formatted from {@code template} (the
   * pattern a log statement passes, such as {@code "User {} logged in"}), with the same result.
   *
   * <p>A log statement passes the same template instance at every call, and a message without
   * arguments is its template: the redactor remembers the redaction of such templates, per
   * instance, so that the message then costs a comparison instead of a scan. Templates are
   * remembered from their second use, up to a bounded number, so that messages built at run time
   * cost no more than {@link #redact(String)} and allocate nothing more.
   */
  public String redact(String text, String template) {
    if (text == null || template == null) {
      return redact(text);
    }
    try {
      return engine.redact(text, template);
    } catch (Throwable t) {
      engine.reportFailure(t);
      return FAILURE_MARKER;
    }
  }

  /**
   * Masks every secret in {@code text} from index {@code from} on, editing it in place.
   * Characters before {@code from} are neither read nor changed.
   *
   * @return whether anything was masked
   */
  public boolean redact(StringBuilder text, int from) {
    if (text == null || from >= text.length()) {
      return false;
    }
    int start = Math.max(from, 0);
    try {
      return engine.redact(text, start);
    } catch (Throwable t) {
      engine.reportFailure(t);
      text.setLength(start);
      text.append(FAILURE_MARKER);
      return true;
    }
  }

  /**
   * {@link #redact(StringBuilder, int)} where what follows {@code from} is a logging event's
   * message, formatted from {@code template}: see {@link #redact(String, String)}.
   */
  public boolean redact(StringBuilder text, int from, String template) {
    if (template == null) {
      return redact(text, from);
    }
    if (text == null || from >= text.length()) {
      return false;
    }
    int start = Math.max(from, 0);
    try {
      return engine.redact(text, start, template);
    } catch (Throwable t) {
      engine.reportFailure(t);
      text.setLength(start);
      text.append(FAILURE_MARKER);
      return true;
    }
  }

  /**
   * Masks every secret in UTF-8 encoded text, such as what an encoder produced, without decoding
   * it. Returns the same array when there is none, else a new array. Bytes that are not valid
   * UTF-8 are kept as they are.
   */
  public byte[] redact(byte[] utf8) {
    if (utf8 == null) {
      return null;
    }
    try {
      return engine.redact(utf8);
    } catch (Throwable t) {
      engine.reportFailure(t);
      return Engine.FAILURE_MARKER_BYTES.clone();
    }
  }

  /**
   * {@link #redact(byte[])} of one line of a stream, {@code utf8[from, utf8.length)}, with the
   * lines before it in {@code utf8[0, from)}: a pair split over lines ({@code - name: API_KEY}
   * then {@code value: ...}) or a credential announced on an earlier line ({@code Please use the
   * following password:}) is found, but only text at or after {@code from} is masked, and the
   * bytes before it are copied as they are. Returns the same array when nothing is masked.
   */
  public byte[] redact(byte[] utf8, int from) {
    if (utf8 == null) {
      return null;
    }
    int start = Math.min(Math.max(from, 0), utf8.length);
    try {
      return engine.redact(utf8, start);
    } catch (Throwable t) {
      engine.reportFailure(t);
      byte[] failed = Arrays.copyOf(utf8, start + Engine.FAILURE_MARKER_BYTES.length);
      System.arraycopy(Engine.FAILURE_MARKER_BYTES, 0, failed, start,
          Engine.FAILURE_MARKER_BYTES.length);
      return failed;
    }
  }

  /**
   * The secrets in {@code text}, in order, with the rule that found each and the span that
   * {@link #redact(String)} masks. Never contains the secrets themselves.
   */
  public List<Finding> findings(CharSequence text) {
    if (text == null) {
      return Collections.emptyList();
    }
    try {
      return engine.findings(text);
    } catch (Throwable t) {
      engine.reportFailure(t);
      return Collections.singletonList(new Finding("redaction-failure", 0, text.length()));
    }
  }

  /** Whether {@code text} holds a secret that a rule finds. */
  public boolean containsSecret(CharSequence text) {
    return !findings(text).isEmpty();
  }

  /** The configuration this redactor was built from, without secret values. */
  @Override
  public String toString() {
    return "Redactor{" + description + "}";
  }

  /**
   * Builds a {@link Redactor}. Setters take the same values as the option string; nothing is
   * checked before {@link #build()}, which names the first bad value.
   *
   * <pre>{@code
   * Redactor redactor = Redactor.builder()
   *     .disableRule("jwt")
   *     .sensitiveKey("ssn")
   *     .addSecret(System.getProperty("db.password"))
   *     .style(MaskStyle.LABEL)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    final List<String> ruleSwitches = new ArrayList<>();
    final Set<String> sensitiveKeys = new LinkedHashSet<>();
    final List<String> customRules = new ArrayList<>();
    final Set<String> secrets = new LinkedHashSet<>();
    final Set<String> allowValues = new LinkedHashSet<>();
    final List<String> allowPatterns = new ArrayList<>();
    boolean envSecrets;
    Map<String, String> environment;
    String mask = DEFAULT_MASK;
    MaskStyle style = MaskStyle.PLAIN;
    String fingerprintKey;
    int maxScan = Engine.MAX_SCAN;
    boolean cutBeyondMaxScan;
    Consumer<? super Throwable> failureListener = t -> { };

    Builder() {
    }

    /**
     * Applies an option string on top of what is set so far.
     *
     * @throws RedactorConfigException if an option name is unknown or a value malformed
     */
    public Builder options(String options) {
      Options.apply(options, this);
      return this;
    }

    /** Turns a rule off by id. */
    public Builder disableRule(String ruleId) {
      ruleSwitches.add("-" + ruleId);
      return this;
    }

    /** Turns a rule on by id (after {@link #disableAllRules()}). */
    public Builder enableRule(String ruleId) {
      ruleSwitches.add("+" + ruleId);
      return this;
    }

    /** Turns every built-in rule off, so that only rules enabled after this one apply. */
    public Builder disableAllRules() {
      ruleSwitches.add("none");
      return this;
    }

    /** Adds a sensitive key name, matched in every case style, such as {@code ssn}. */
    public Builder sensitiveKey(String name) {
      sensitiveKeys.add(name);
      return this;
    }

    /**
     * Adds a custom rule: wherever {@code keyword} occurs (any case), {@code pattern} is matched
     * right after it and group 1, or the whole match, is masked.
     */
    public Builder addRule(String id, String keyword, String pattern) {
      customRules.add(id + ":" + keyword + ":" + pattern);
      return this;
    }

    /** Adds a secret value known at run time, masked wherever it appears. */
    public Builder addSecret(String value) {
      secrets.add(value);
      return this;
    }

    /**
     * Whether the values of environment variables with sensitive names ({@code *_TOKEN},
     * {@code *_SECRET}, {@code *_PASSWORD}, {@code *_API_KEY}...) are known secrets.
     */
    public Builder envSecrets(boolean enabled) {
      envSecrets = enabled;
      return this;
    }

    /** The environment {@link #envSecrets(boolean)} reads, instead of {@link System#getenv()}. */
    public Builder environment(Map<String, String> variables) {
      environment = Map.copyOf(variables);
      return this;
    }

    /** Adds a value that is never masked, such as a well-known test fixture. */
    public Builder allowValue(String value) {
      allowValues.add(value);
      return this;
    }

    /** Adds a pattern; a secret it matches in full is never masked. */
    public Builder allowPattern(String pattern) {
      allowPatterns.add(pattern);
      return this;
    }

    /** The text written in place of a secret; {@code [REDACTED]} by default. */
    public Builder mask(String text) {
      mask = text;
      return this;
    }

    /** How masks are written. */
    public Builder style(MaskStyle maskStyle) {
      style = Objects.requireNonNull(maskStyle, "maskStyle");
      return this;
    }

    /** The key of {@link MaskStyle#FINGERPRINT}; a random key per process without it. */
    public Builder fingerprintKey(String key) {
      fingerprintKey = key;
      return this;
    }

    /**
     * The most characters of one text that are scanned, 268,435,455 by default. Text beyond them
     * is masked, or dropped after {@link #cutBeyondMaxScan(boolean)}: never passed on unscanned.
     * A lower limit bounds the time one huge message can take.
     */
    public Builder maxScan(int chars) {
      maxScan = chars;
      return this;
    }

    /** Whether text beyond {@link #maxScan(int)} is dropped rather than replaced by one mask. */
    public Builder cutBeyondMaxScan(boolean cut) {
      cutBeyondMaxScan = cut;
      return this;
    }

    /** Receives each internal failure, after the text was replaced by the failure marker. */
    public Builder onFailure(Consumer<? super Throwable> listener) {
      failureListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @throws RedactorConfigException naming the first bad option, its value and what is allowed
     */
    public Redactor build() {
      Engine engine = Engine.compile(this);
      return new Redactor(engine, engine.describe());
    }
  }
}
