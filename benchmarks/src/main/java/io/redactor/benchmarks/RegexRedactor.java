package io.redactor.benchmarks;

import java.util.regex.Pattern;

/**
 * What users write today instead of Redactor: one {@link java.util.regex} alternation of provider
 * patterns, in the spirit of the gitleaks rules, run with {@code replaceAll} on each line as
 * Logback's and Log4j 2's {@code %replace} do. The first two branches capture the key, header or
 * URL user in front of a value so that the replacement keeps them; the others replace the whole
 * token.
 */
final class RegexRedactor {
  static final String REPLACEMENT = "$1$2[REDACTED]";

  static final Pattern PATTERN = Pattern.compile(String.join("|",
      "((?i:\\b(?:password|passwd|pwd|secret|token|access_token|api[_-]?key|x-api-key|x-auth-token)"
          + "\"?\\s*[:=]\\s*\"?|(?:proxy-)?authorization:\\s*(?:bearer|basic|digest|token)?\\s*"
          + "|bearer\\s+))[^\\s\"&,]+",                                 // key=value, headers
      "(://[^/\\s:@]+:)[^/\\s@]+(?=@)",                              // URL user:password@
      "gh[pousr]_[A-Za-z0-9]{36}",                                   // GitHub classic
      "github_pat_\\w{82}",                                          // GitHub fine-grained
      "glpat-[\\w-]{20}",                                            // GitLab
      "xox[baprs]-[0-9A-Za-z-]{10,72}",                              // Slack token
      "https://hooks\\.slack\\.com/services/[A-Za-z0-9+/]{43,56}",    // Slack webhook
      "(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}",                  // Stripe
      "whsec_[0-9A-Za-z]{32,}",                                      // Stripe webhook
      "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}",                         // AWS access key id
      "AIza[0-9A-Za-z_-]{35}",                                       // Google API key
      "sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",   // OpenAI
      "sk-ant-api03-[\\w-]{90,}",                                    // Anthropic
      "npm_[A-Za-z0-9]{36}",                                         // npm
      "hf_[A-Za-z]{34}",                                             // Hugging Face
      "SG\\.[\\w-]{22}\\.[\\w-]{43}",                                // SendGrid
      "SK[0-9a-f]{32}",                                              // Twilio
      "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",                          // Shopify
      "do[por]_v1_[a-f0-9]{64}",                                     // DigitalOcean
      "eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}", // JWT
      "-----BEGIN [A-Z ]*PRIVATE KEY-----"));                        // PEM private key

  private RegexRedactor() {
  }

  /** The line with every match masked; the same instance when nothing matched. */
  static String redact(String line) {
    return PATTERN.matcher(line).replaceAll(REPLACEMENT);
  }
}
