package io.redactor.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.redactor.MaskStyle;
import io.redactor.Redactor;
import io.redactor.RedactorConfigException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * The {@code redactor} command: masks credentials in log files or standard input and writes the
 * result to standard output, or with {@code --check} lists where they are.
 *
 * <pre>
 * java -jar redactor.jar app.log &gt; app.redacted.log
 * java -jar redactor.jar --check --disable jwt logs/*.log
 * </pre>
 *
 * <p>Exit status: 0 on success (with {@code --check}: no secret found), 1 when {@code --check}
 * found secrets, 2 on bad usage, a bad option string or an I/O error.
 */
public final class RedactorCli {
  private static final int OUTPUT_BUFFER = 1 << 20;
  private static final int USAGE_WIDTH = 100;

  // Parsed by hand: an argument parsing library took a quarter of a second to start, a quarter
  // of the time budget for scrubbing 100 MB.
  private static final String USAGE = String.join("\n",
      "Usage: redactor [OPTIONS] [FILE...]",
      "Masks credentials (authorization headers, tokens, API keys, passwords, private keys) in log",
      "files or standard input and writes the result to standard output.",
      "",
      "  FILE...             Files to read in turn; - or none for standard input.",
      "  --options OPTIONS   The option string that the Logback and Log4j 2 components take too,",
      "                        such as \"rules=-jwt; keys=ssn,pin; style=label\".",
      "  --disable RULE      Turns a rule off (repeatable): rules=-RULE.",
      "  --secret VALUE      Masks this value wherever it appears (repeatable): secret=VALUE.",
      "                        Other users may see it in the process list; prefer --env-secrets.",
      "  --mask TEXT         The text written in place of a secret (default: [REDACTED]):",
      "                        mask=TEXT.",
      "  --style STYLE       plain, label ([REDACTED:jwt]) or fingerprint ([REDACTED:3f9a1c02]):",
      "                        style=STYLE.",
      "  --env-secrets       Masks the values of environment variables with sensitive names",
      "                        (*_TOKEN, *_SECRET, *_PASSWORD, *_API_KEY...): env-secrets=true.",
      "  --check             Prints FILE:LINE:COLUMN RULE for each secret instead of the text,",
      "                        never the secret itself; exits 1 if there is any.",
      "  -h, --help          Shows this help and exits.",
      "  -V, --version       Shows the version and exits.",
      "",
      "Exit codes:",
      "  0   success; with --check, no secret found",
      "  1   --check found secrets",
      "  2   bad usage, bad option string or I/O error",
      "");

  private String options;
  private final List<String> disabledRules = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();
  private String mask;
  private MaskStyle style;
  private boolean envSecrets;
  private boolean check;
  private final List<String> files = new ArrayList<>();

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private final Map<String, String> environment;
  private final BooleanSupplier stderrIsTerminal;

  RedactorCli(InputStream stdin, OutputStream stdout, PrintStream stderr,
      Map<String, String> environment, BooleanSupplier stderrIsTerminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.environment = environment;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    // The raw descriptors: System.out would add a lock and an 8 KB buffer per write.
    RedactorCli cli = new RedactorCli(new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out), System.err, System.getenv(),
        Progress::stderrIsTerminal);
    System.exit(cli.execute(args));
  }

  /** Parses {@code args}, runs, and returns the exit status instead of exiting. */
  int execute(String... args) {
    try {
      if (!parse(new ArrayDeque<>(Arrays.asList(args)))) {
        return 0;
      }
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage() + " (see --help)");
    }
    Redactor redactor;
    try {
      redactor = buildRedactor();
    } catch (RedactorConfigException e) {
      return fail(e.getMessage());
    }
    OutputStream out = new BufferedOutputStream(stdout, OUTPUT_BUFFER);
    Scrubber scrubber = new Scrubber(redactor, out, check);
    int status = 0;
    try {
      for (String file : files.isEmpty() ? List.of("-") : files) {
        if (!scrub(scrubber, file)) {
          status = 2;
        }
      }
      out.flush();
    } catch (IOException e) {
      return fail("cannot write the output: " + reason(e));
    }
    return status == 0 && scrubber.findings() > 0 ? 1 : status;
  }

  /**
   * Reads the options and files; returns false when help or the version was asked for and shown.
   *
   * @throws IllegalArgumentException naming an unknown option or a missing or bad value
   */
  private boolean parse(Deque<String> args) {
    while (!args.isEmpty()) {
      String arg = args.poll();
      if (arg.equals("--")) {
        files.addAll(args);
        return true;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        files.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String inline = name.equals(arg) ? null : arg.substring(equals + 1);
      switch (name) {
        case "-h":
        case "--help":
          print(USAGE + rules());
          return false;
        case "-V":
        case "--version":
          print("redactor " + version() + "\n");
          return false;
        case "--check":
          check = flag(name, inline);
          break;
        case "--env-secrets":
          envSecrets = flag(name, inline);
          break;
        case "--options":
          options = value(name, inline, args);
          break;
        case "--disable":
          disabledRules.add(value(name, inline, args));
          break;
        case "--secret":
          secrets.add(value(name, inline, args));
          break;
        case "--mask":
          mask = value(name, inline, args);
          break;
        case "--style":
          style = styleNamed(value(name, inline, args));
          break;
        default:
          throw new IllegalArgumentException("Unknown option: '" + arg + "'");
      }
    }
    return true;
  }

  private static boolean flag(String name, String inline) {
    if (inline != null) {
      throw new IllegalArgumentException("Option '" + name + "' takes no value");
    }
    return true;
  }

  private static String value(String name, String inline, Deque<String> args) {
    if (inline != null) {
      return inline;
    }
    if (args.isEmpty()) {
      throw new IllegalArgumentException("Missing value for option '" + name + "'");
    }
    return args.poll();
  }

  private static MaskStyle styleNamed(String value) {
    try {
      return MaskStyle.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid value for option '--style': expected plain, "
          + "label or fingerprint but was '" + value + "'", e);
    }
  }

  private void print(String text) {
    try {
      stdout.write(text.getBytes(UTF_8));
      stdout.flush();
    } catch (IOException e) {
      fail("cannot write the output: " + reason(e));
    }
  }

  private Redactor buildRedactor() {
    if (options == null && disabledRules.isEmpty() && secrets.isEmpty() && mask == null
        && style == null && !envSecrets) {
      return Redactor.defaults(); // built once already, when the class was loaded
    }
    Redactor.Builder builder = Redactor.builder().environment(environment);
    if (options != null) {
      builder.options(options);
    }
    disabledRules.forEach(builder::disableRule);
    secrets.forEach(builder::addSecret);
    if (mask != null) {
      builder.mask(mask);
    }
    if (style != null) {
      builder.style(style);
    }
    if (envSecrets) {
      builder.envSecrets(true);
    }
    return builder.build();
  }

  /**
   * Scrubs one input; returns false, after saying why, if it could not be read.
   *
   * @throws IOException if the output failed
   */
  private boolean scrub(Scrubber scrubber, String file) throws IOException {
    if (file.equals("-")) {
      try {
        scrubber.scrub("-", stdin, Progress.none());
        return true;
      } catch (Scrubber.ReadException e) {
        fail("cannot read standard input: " + reason(e.getCause()));
        return false;
      }
    }
    InputStream in;
    try {
      in = Files.newInputStream(Path.of(file));
    } catch (InvalidPathException | IOException e) {
      fail("cannot read " + file + ": " + reason(e));
      return false;
    }
    try (in) {
      scrubber.scrub(file, in, progressFor(file));
      return true;
    } catch (Scrubber.ReadException e) {
      fail("cannot read " + file + ": " + reason(e.getCause()));
      return false;
    }
  }

  private Progress progressFor(String file) {
    try {
      long size = Files.size(Path.of(file));
      if (size >= Progress.MIN_SIZE && stderrIsTerminal.getAsBoolean()) {
        return Progress.of(stderr, file, size);
      }
    } catch (IOException e) {
      // Not a regular file, or gone: reading it will say what is wrong.
    }
    return Progress.none();
  }

  private int fail(String message) {
    stderr.println("redactor: " + message.replaceAll("\\R", " "));
    return 2;
  }

  private static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** The rule catalog as two columns, descriptions wrapped to the width of the usage help. */
  private static String rules() {
    Map<String, String> rules = Redactor.ruleCatalog();
    int indent = 4 + rules.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder text =
        new StringBuilder("\nRules (all on by default; --disable RULE turns one off):\n");
    rules.forEach((id, description) -> {
      StringBuilder line = new StringBuilder("  ").append(id);
      line.append(" ".repeat(indent - line.length()));
      for (String word : description.split(" ")) {
        if (line.length() > indent && line.length() + 1 + word.length() > USAGE_WIDTH) {
          text.append(line).append('\n');
          line.setLength(0);
          line.append(" ".repeat(indent));
        } else if (line.length() > indent) {
          line.append(' ');
        }
        line.append(word);
      }
      text.append(line).append('\n');
    });
    return text.toString();
  }

  /** The version that the build wrote into {@code version.properties}. */
  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = RedactorCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Shown as unknown below.
    }
    return properties.getProperty("version", "(unknown version)");
  }
}
