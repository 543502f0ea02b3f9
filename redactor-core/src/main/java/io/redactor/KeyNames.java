package io.redactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a key name is sensitive, without allocating: it compares the end of the key,
 * read backwards and case-folded with {@code _ - .} and spaces skipped, with a list of terms. So
 * {@code api_key}, {@code apiKey}, {@code X-API-KEY} and {@code spring.datasource.password} all
 * end in a term, while {@code public_key}, {@code key_id}, {@code token_count}, {@code tokenizer},
 * {@code keyboard} and {@code secret_version} do not.
 */
final class KeyNames {
  static final int NONE = 0;
  /** Always masked: the value may be any word. */
  static final int PASSWORD = 1;
  /** Masked when quoted or when the value looks machine-made, so that {@code token: expired} stays. */
  static final int TOKEN = 2;
  static final int AUTHORIZATION = 3;
  static final int COOKIE = 4;
  static final int AWS_SECRET = 5;
  static final int AZURE_KEY = 6;

  /** A term, its kind, and whether it must start a word of the key ({@code pass} but not {@code bypass}). */
  private static final class Term {
    final String text;
    final int kind;
    final boolean wholeWord;

    Term(String text, int kind, boolean wholeWord) {
      this.text = text;
      this.kind = kind;
      this.wholeWord = wholeWord;
    }
  }

  /** Terms by their last character, longest first so that {@code secretaccesskey} wins over {@code accesskey}. */
  private final Term[][] byLastChar = new Term[128][];

  KeyNames(Collection<String> extraKeys) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("authorization", AUTHORIZATION, false));
    terms.add(new Term("cookie", COOKIE, false));
    terms.add(new Term("secretaccesskey", AWS_SECRET, false));
    terms.add(new Term("awssecretkey", AWS_SECRET, false));
    terms.add(new Term("accountkey", AZURE_KEY, false));
    terms.add(new Term("sharedaccesskey", AZURE_KEY, false));
    for (String t : new String[] {"password", "passwd", "passphrase", "passcode"}) {
      terms.add(new Term(t, PASSWORD, false));
    }
    terms.add(new Term("pwd", PASSWORD, true));
    for (String t : new String[] {"secret", "token", "apikey", "accesskey", "secretkey",
        "privatekey", "signingkey", "encryptionkey", "masterkey", "subscriptionkey", "licensekey",
        "clientkey", "appkey", "credential", "credentials", "signature"}) {
      terms.add(new Term(t, TOKEN, false));
    }
    for (String t : new String[] {"pass", "auth", "creds", "sig", "otp"}) {
      terms.add(new Term(t, TOKEN, true));
    }
    for (String key : extraKeys) {
      terms.add(new Term(normalize(key), PASSWORD, true));
    }
    terms.sort((a, b) -> b.text.length() - a.text.length());
    for (Term t : terms) {
      int last = t.text.charAt(t.text.length() - 1);
      Term[] list = byLastChar[last];
      Term[] longer = list == null ? new Term[1] : Arrays.copyOf(list, list.length + 1);
      longer[longer.length - 1] = t;
      byLastChar[last] = longer;
    }
  }

  /** Whether some term ends with {@code c}, in either case: only such keys need a look. */
  boolean endsTerm(int c) {
    int lower = Text.lower(c);
    return lower < 128 && byLastChar[lower] != null;
  }

  /**
   * The characters that stand before {@code c} in the terms ending with it, in both cases, and
   * the separators that may stand between words ({@code API_KEY}).
   */
  long[] precedingInTerms(int c) {
    long[] set = Text.set("_.\\- ");
    for (Term t : byLastChar[Text.lower(c)]) {
      int before = t.text.charAt(t.text.length() - 2);
      Text.add(set, before, before);
      Text.add(set, Character.toUpperCase(before), Character.toUpperCase(before));
    }
    return set;
  }

  /** A key name folded the way the terms are: lower case, without separators. */
  static String normalize(String key) {
    StringBuilder folded = new StringBuilder();
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (!isSeparator(c)) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isSeparator(int c) {
    return c == '_' || c == '-' || c == '.' || c == ' ';
  }

  /** The kind of the key {@code [start, end)}, or {@link #NONE}. */
  int classify(CharSequence s, byte[] b, int start, int end) {
    return classify(s, b, start, end, false);
  }

  /**
   * {@link #classify(CharSequence, byte[], int, int)} of a key that may be glued to what stands
   * before {@code start}: then a term that must start a word does not start one there.
   */
  int classify(CharSequence s, byte[] b, int start, int end, boolean gluedBefore) {
    int last = end - 1;
    while (last >= start && isSeparator(Text.at(s, b, last))) {
      last--;
    }
    if (last < start) {
      return NONE;
    }
    int c = Text.lower(Text.at(s, b, last));
    Term[] candidates = c < 128 ? byLastChar[c] : null;
    if (candidates == null) {
      return NONE;
    }
    for (Term t : candidates) {
      int first = matchEnd(s, b, start, last, t.text);
      if (first >= 0 && (!t.wholeWord
          || (startsWord(s, b, start, first) && !(gluedBefore && first == start)))) {
        if (t.text.equals("pwd") && isShellPwd(s, b, start, end)) {
          return NONE;
        }
        return t.kind;
      }
    }
    return NONE;
  }

  /** Where {@code term} starts if the key ending at {@code last} ends with it, else -1. */
  private static int matchEnd(CharSequence s, byte[] b, int start, int last, String term) {
    int j = last;
    for (int t = term.length() - 1; t >= 0; t--) {
      while (j >= start && isSeparator(Text.at(s, b, j))) {
        j--;
      }
      if (j < start || Text.lower(Text.at(s, b, j)) != term.charAt(t)) {
        return -1;
      }
      j--;
    }
    return j + 1;
  }

  private static boolean startsWord(CharSequence s, byte[] b, int start, int first) {
    if (first == start) {
      return true;
    }
    int before = Text.at(s, b, first - 1);
    int c = Text.at(s, b, first);
    return isSeparator(before) || (c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z');
  }

  /** {@code PWD} and {@code OLDPWD} of a shell environment hold directories, not passwords. */
  private static boolean isShellPwd(CharSequence s, byte[] b, int start, int end) {
    int length = end - start;
    return (length == 3 || length == 6)
        && Text.startsWith(s, b, start, start, end, length == 3 ? "PWD" : "OLDPWD", false);
  }
}
