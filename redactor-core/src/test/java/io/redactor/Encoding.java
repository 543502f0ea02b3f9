package io.redactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a log context writes a value: as it is, escaped in a JSON string (once or nested), URL-
 * encoded, XML-escaped, quoted the logfmt way, or base64-encoded as Kubernetes Secrets hold it.
 * The parts of a secret that must vanish are encoded the same way.
 */
enum Encoding {
  NONE(s -> s),
  JSON(Encoding::jsonEscape),
  JSON2(s -> jsonEscape(jsonEscape(s))),
  JSON3(s -> jsonEscape(jsonEscape(jsonEscape(s)))),
  URL(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
  URL_IN_JSON(s -> jsonEscape(URLEncoder.encode(s, StandardCharsets.UTF_8))),
  XML(Encoding::xmlEscape),
  LOGFMT(Encoding::jsonEscape),
  BASE64(RandomText::base64);

  private final UnaryOperator<String> escape;

  Encoding(UnaryOperator<String> escape) {
    this.escape = escape;
  }

  /** The value as the context writes it. */
  String value(String value) {
    if (this == LOGFMT && needsLogfmtQuotes(value)) {
      return "\"" + escape.apply(value) + "\"";
    }
    return escape.apply(value);
  }

  /** The parts of {@code secret} that must vanish, as they stand in the encoded value. */
  List<String> parts(Secret secret) {
    if (this == BASE64) {
      return List.of(value(secret.value())); // base64 does not map parts to parts
    }
    List<String> parts = new ArrayList<>();
    for (String part : secret.vanish()) {
      parts.add(escape.apply(part));
    }
    return parts;
  }

  /** Escapes what a JSON string cannot hold as it is: quotes, backslashes, control characters. */
  static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  static String xmlEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&apos;");
  }

  static String urlEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static boolean needsLogfmtQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '=' || c == '"') {
        return true;
      }
    }
    return value.isEmpty();
  }
}
