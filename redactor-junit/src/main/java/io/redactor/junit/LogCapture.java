package io.redactor.junit;

import io.redactor.Finding;
import io.redactor.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the application's configured appenders wrote while the capture was open, exactly as their
 * encoders and layouts produced it, with assertions that it holds no secret.
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start()) {
 *   String token = logs.canaries().githubToken();
 *   client.fetch("/repos", token);
 *   assertThat(logs.lines("FILE")).anyMatch(line -> line.contains("GET /repos"));
 *   logs.assertTokenFree();
 * }
 * }</pre>
 *
 * <p>Works with Logback (every {@code OutputStreamAppender} of the context bound to SLF4J) and
 * Log4j 2 (every appender with a layout, in every {@code LoggerContext}), whichever are on the
 * class path; what the appenders write does not change. A test annotated with
 * {@link TokenFreeLogs} gets its capture as a parameter instead.
 *
 * <p>The appenders belong to the whole process: every open capture sees all of their output. A
 * capture therefore cannot be opened while one opened by another thread is open, which is what
 * happens when capturing tests run in parallel without {@code @TokenFreeLogs}.
 */
public final class LogCapture implements AutoCloseable {
  /** How many leaks a failure message lists before summing up the rest. */
  private static final int MAX_REPORTED = 20;
  private static final String MASK = Redactor.DEFAULT_MASK;
  /** Rule ids of findings that come from options rather than from the catalog. */
  private static final String KNOWN_SECRET = "known-secret";
  private static final String UNSCANNED = "unscanned-text";

  private final Redactor detector;
  private final Thread owner = Thread.currentThread();
  private final Canaries canaries = new Canaries();
  private final ConcurrentLinkedQueue<Output> outputs = new ConcurrentLinkedQueue<>();
  private final Map<String, String> allowedValues = new LinkedHashMap<>();
  private final Map<String, String> allowedRules = new LinkedHashMap<>();
  private boolean closed;

  private LogCapture(Redactor detector) {
    this.detector = detector;
  }

  /** Starts capturing, with the detection engine's defaults. Close it to remove the hooks. */
  public static LogCapture start() {
    return start(Redactor.defaults());
  }

  /**
   * Starts capturing; {@code detector} decides what counts as a secret, such as
   * {@code Redactor.fromOptions("keys=ssn")}.
   *
   * @throws IllegalStateException if a capture opened by another thread is still open
   */
  public static LogCapture start(Redactor detector) {
    LogCapture capture = new LogCapture(Objects.requireNonNull(detector, "detector"));
    Hooks.get().open(capture);
    return capture;
  }

  /** The canaries of this capture: any of them found in its output is a leak. */
  public Canaries canaries() {
    return canaries;
  }

  /**
   * Allows a value, such as a well-known test fixture: a finding covered by an occurrence of it
   * is not a leak.
   *
   * @param reason why logging it is safe, such as {@code "public sample token from the docs"}
   * @throws IllegalArgumentException if the value or the reason is blank
   */
  public LogCapture allowValue(String value, String reason) {
    requireText(value, "allowed value");
    requireReason(reason, "allowValue(\"...\", reason)");
    synchronized (allowedValues) {
      allowedValues.put(value, reason);
    }
    return this;
  }

  /**
   * Allows every finding of one rule.
   *
   * @param reason why logging such secrets is safe here
   * @throws IllegalArgumentException if the rule id is unknown or the reason is blank
   */
  public LogCapture allowRule(String ruleId, String reason) {
    requireKnownRule(ruleId);
    requireReason(reason, "allowRule(\"" + ruleId + "\", reason)");
    synchronized (allowedRules) {
      allowedRules.put(ruleId, reason);
    }
    return this;
  }

  /** Every line captured so far, from every appender, in the order they were written. */
  public List<String> lines() {
    return lines(null);
  }

  /** Every line the named appender wrote so far, in order; empty for an unknown name. */
  public List<String> lines(String appenderName) {
    List<String> lines = new ArrayList<>();
    for (Output output : outputs) {
      if (appenderName == null || appenderName.equals(output.appender)) {
        splitLines(output.text, lines);
      }
    }
    return lines;
  }

  /** The names of the appenders that wrote anything so far. */
  public Set<String> appenderNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Output output : outputs) {
      names.add(output.appender);
    }
    return names;
  }

  /**
   * Every secret in the output captured so far that is not allowed: each finding of the
   * detection engine and each canary found verbatim, once per line, rule and appender.
   */
  public List<Leak> leaks() {
    return leaks(null);
  }

  /**
   * Fails if any captured output holds a secret the detection engine finds or a canary,
   * naming the rule, the appender, the logger and the line with the secret masked.
   */
  public void assertTokenFree() {
    report(leaks(null), "");
  }

  /**
   * Fails if any captured output still holds a secret that the rule {@code ruleId} finds: every
   * such secret that was logged has been redacted. Canaries of the same kind count too.
   *
   * @throws IllegalArgumentException if the rule id is unknown
   */
  public void assertRedacted(String ruleId) {
    requireKnownRule(ruleId);
    report(leaks(ruleId), " by rule " + ruleId);
  }

  /** Fails if {@code value} appears verbatim in any captured line. */
  public void assertNotLogged(CharSequence value) {
    String text = requireText(value == null ? null : value.toString(), "value");
    Map<String, String> hidden = canaries.byValue();
    hidden.put(text, "value");
    List<Leak> found = new ArrayList<>();
    for (Output output : outputs) {
      if (output.text.contains(text)) {
        for (String line : linesContaining(output.text, text)) {
          found.add(new Leak("value", output.appender, output.logger, mask(line, hidden)));
        }
      }
    }
    report(found, " (a value the test said must not be logged)");
  }

  /** Removes the hooks; the lines captured so far stay readable. Closing twice does nothing. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    Hooks.get().close(this);
  }

  Thread owner() {
    return owner;
  }

  /** Hooks appenders configured after the capture started. */
  void refresh() {
    Hooks.get().refresh();
  }

  void add(String appender, String logger, String text) {
    outputs.add(new Output(appender, logger, text));
  }

  private List<Leak> leaks(String onlyRule) {
    Map<String, String> allCanaries = canaries.byValue();
    Map<String, String> canaryKinds = new LinkedHashMap<>(allCanaries);
    Map<String, String> values;
    Set<String> rules;
    synchronized (allowedValues) {
      values = new LinkedHashMap<>(allowedValues);
    }
    synchronized (allowedRules) {
      rules = new LinkedHashSet<>(allowedRules.keySet());
    }
    canaryKinds.keySet().removeAll(values.keySet());
    Set<Leak> leaks = new LinkedHashSet<>();
    for (Output output : outputs) {
      String text = output.text;
      for (Finding finding : detector.findings(text)) {
        String rule = finding.ruleId();
        if ((onlyRule != null && !onlyRule.equals(rule)) || rules.contains(rule)
            || coveredByAllowedValue(text, finding, values.keySet())) {
          continue;
        }
        leaks.add(new Leak(rule, output.appender, output.logger,
            mask(lineAt(text, finding.start()), allCanaries)));
      }
      for (Map.Entry<String, String> canary : canaryKinds.entrySet()) {
        String kind = canary.getValue();
        if (onlyRule != null && !onlyRule.equals(kind)) {
          continue;
        }
        for (int at = text.indexOf(canary.getKey()); at >= 0;
            at = text.indexOf(canary.getKey(), at + 1)) {
          leaks.add(new Leak("canary:" + kind, output.appender, output.logger,
              mask(lineAt(text, at), allCanaries)));
        }
      }
    }
    return new ArrayList<>(leaks);
  }

  private void report(List<Leak> leaks, String scope) {
    if (leaks.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message.append(leaks.size()).append(leaks.size() == 1 ? " secret" : " secrets")
        .append(" found in the log output").append(scope)
        .append(" (secrets masked below):");
    int shown = Math.min(leaks.size(), MAX_REPORTED);
    for (int i = 0; i < shown; i++) {
      message.append(System.lineSeparator()).append("  ").append(leaks.get(i));
    }
    if (leaks.size() > shown) {
      message.append(System.lineSeparator()).append("  ... and ")
          .append(leaks.size() - shown).append(" more");
    }
    message.append(System.lineSeparator()).append("Redact them in the logging configuration,"
        + " or allow a known test fixture with a reason: @TokenFreeLogs(allowValues = ...,"
        + " reason = ...) or LogCapture.allowValue(value, reason).");
    throw new AssertionError(message.toString());
  }

  /** The line with canaries and every secret either engine finds masked. */
  private String mask(String line, Map<String, String> canaryKinds) {
    String masked = line;
    for (String canary : canaryKinds.keySet()) {
      masked = masked.replace(canary, MASK);
    }
    return Redactor.defaults().redact(detector.redact(masked));
  }

  private static boolean coveredByAllowedValue(String text, Finding finding, Set<String> values) {
    for (String value : values) {
      int from = Math.max(0, finding.end() - value.length());
      for (int at = text.indexOf(value, from); at >= 0 && at <= finding.start();
          at = text.indexOf(value, at + 1)) {
        if (at + value.length() >= finding.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String lineAt(String text, int index) {
    int start = index;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    int end = index;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  private static List<String> linesContaining(String text, String value) {
    List<String> lines = new ArrayList<>();
    splitLines(text, lines);
    lines.removeIf(line -> !line.contains(value));
    return lines;
  }

  private static void splitLines(String text, List<String> into) {
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        into.add(text.substring(start, i));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length) {
      into.add(text.substring(start));
    }
  }

  private static void requireKnownRule(String ruleId) {
    if (ruleId == null || !Redactor.ruleCatalog().containsKey(ruleId)
        && !ruleId.equals(KNOWN_SECRET) && !ruleId.equals(UNSCANNED)) {
      throw new IllegalArgumentException("unknown rule id '" + ruleId + "'; the rules are "
          + Redactor.ruleCatalog().keySet());
    }
  }

  private static void requireReason(String reason, String where) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(where + " needs a reason saying why the value is safe"
          + " to log, such as \"public sample token from the provider's docs\"");
    }
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("the " + what + " must not be empty");
    }
    return value;
  }

  /** What one appender wrote for one event. */
  private static final class Output {
    final String appender;
    final String logger;
    final String text;

    Output(String appender, String logger, String text) {
      this.appender = appender;
      this.logger = logger;
      this.text = text;
    }
  }
}
