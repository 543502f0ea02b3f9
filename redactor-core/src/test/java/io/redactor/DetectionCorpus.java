package io.redactor;

import io.redactor.LogContext.Slot;
import io.redactor.SecretFormat.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The generated detection corpus: every secret format rendered through every log context that
 * fits it, multi-line blocks, look-alike lines and clean lines. Each line draws from a Random
 * seeded with the names of its format and context, so the corpus is the same on every run and a
 * new format or context leaves the other lines as they were.
 */
final class DetectionCorpus {
  static final long SEED = 20261127L;

  private static List<SecretLine> secretLines;

  private DetectionCorpus() {
  }

  /** A Random for one generated item, named by its parts. */
  static Random random(String... names) {
    return new Random(SEED * 1_000_003L + String.join("/", names).hashCode());
  }

  /** Every format through every context that fits it. */
  static synchronized List<SecretLine> secretLines() {
    if (secretLines == null) {
      secretLines = generateSecretLines();
    }
    return secretLines;
  }

  /** The secret lines generated afresh, for the test that they come out the same each time. */
  static List<SecretLine> generateSecretLines() {
    List<SecretLine> lines = new ArrayList<>();
    for (SecretFormat format : SecretFormats.ALL) {
      for (LogContext context : LogContexts.ALL) {
        if (context.fits(format)) {
          lines.add(render(format, context, random(format.id, context.id())));
        }
      }
    }
    return List.copyOf(lines);
  }

  static SecretLine render(SecretFormat format, LogContext context, Random r) {
    String name = "";
    String placeholder = LogContext.VALUE;
    if (context.slot() == Slot.KEY) {
      name = context.style().apply(RandomText.pick(r, format.keys), r);
    } else if (context.slot() == Slot.HEADER) {
      List<Header> headers = format.headers.stream().filter(context.headerFilter()).toList();
      Header header = RandomText.pick(r, headers);
      name = header.name();
      placeholder = header.scheme() + LogContext.VALUE;
    } else if (context.slot() == Slot.QUERY) {
      name = RandomText.pick(r, format.params);
    } else if (context.slot() == Slot.ANNOUNCED) {
      name = RandomText.pick(r,
          format.announcements.stream().filter(a -> !a.contains("\n")).toList());
    }
    String template = context.template().render(name, placeholder, r);
    Encoding encoding = context.encoding();
    Secret secret = format.generate(r);
    List<String> vanish = new ArrayList<>(encoding.parts(secret));
    String text = template.replace(LogContext.VALUE, encoding.value(secret.value()));
    if (template.contains(LogContext.SECOND)) {
      Secret second = format.generate(r);
      vanish.addAll(encoding.parts(second));
      text = text.replace(LogContext.SECOND, encoding.value(second.value()));
    }
    List<String> kept = List.of(template.split(
        Pattern.quote(LogContext.VALUE) + "|" + Pattern.quote(LogContext.SECOND), -1));
    return new SecretLine(text, format.id, context.id(), format.carrier, vanish, kept);
  }
}
