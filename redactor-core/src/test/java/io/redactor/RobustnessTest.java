package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RobustnessTest {
  private final Redactor redactor = Redactor.defaults();

  @Test
  void handlesBrokenSurrogatesControlCharactersAndNul() {
    String odd = "\uD800 lone \uDC00 high\u0000nul\u0007bell password=\uD83Dx\u0000 end";
    assertThat(redactor.redact(odd)).isEqualTo("\uD800 lone \uDC00 high\u0000nul\u0007bell password=[REDACTED]\u0000 end");
  }

  @Test
  void handlesMegabyteLines() {
    String big = "x=1 ".repeat(300_000) + "password=hunter2 " + "y".repeat(1_000_000);
    String out = redactor.redact(big);
    assertThat(out).hasSize(big.length() + 3).contains("password=[REDACTED] ");
    String flood = "BearerBearer ghp_ghp_ \"password\":\"password\":".repeat(50_000);
    assertThat(redactor.redact(flood)).doesNotContain("\"password\":\"password\"");
  }

  @Test
  void failsClosedWithTheMarkerAndReportsTheCause() {
    List<Throwable> reported = new ArrayList<>();
    Redactor reporting = Redactor.builder().onFailure(reported::add).build();
    CharSequence broken = new CharSequence() {
      @Override
      public int length() {
        return 20;
      }

      @Override
      public char charAt(int index) {
        throw new IllegalStateException("storage went away");
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        throw new IllegalStateException("not needed");
      }
    };
    assertThat(reporting.findings(broken)).containsExactly(new Finding("redaction-failure", 0, 20));
    assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("storage went away");
  }

  @Test
  void anInjectedFailingRuleFailsClosedInEveryForm() {
    List<Throwable> reported = new ArrayList<>();
    Redactor failing;
    try (Faults.Injected fault = Faults.throwOn("BOOM", new IllegalStateException("rule failed"))) {
      failing = Redactor.builder().onFailure(reported::add).build();
    }
    String line = "BOOM token=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";
    StringBuilder builder = new StringBuilder("kept: ").append(line);

    assertThat(failing.redact(line)).isSameAs(Redactor.FAILURE_MARKER);
    assertThat(failing.redact(builder, 6)).isTrue();
    assertThat(builder).hasToString("kept: " + Redactor.FAILURE_MARKER);
    assertThat(failing.redact(line.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Redactor.FAILURE_MARKER.getBytes(StandardCharsets.UTF_8));
    assertThat(failing.redact("no trigger here")).isEqualTo("no trigger here");
    assertThat(reported).hasSize(3).allSatisfy(
        t -> assertThat(t).hasMessage("rule failed"));
    assertThat(Redactor.builder().build().redact(line))
        .isEqualTo("BOOM token=[REDACTED]");
  }

  @Test
  void anInjectedErrorFailsClosedToo() {
    Redactor failing;
    try (Faults.Injected fault = Faults.errorOn("BOOM", new OutOfMemoryError("injected"))) {
      failing = Redactor.builder().build();
    }
    assertThat(failing.redact("BOOM password=hunter2")).isSameAs(Redactor.FAILURE_MARKER);
  }

  @Test
  void readsEscapedQuotesOfAnyDepthInLinearTime() {
    // Each key opens a quote with one more backslash, which nothing closes: a scan that looked
    // for each kind to the end of the line took quadratic time (found while fuzzing). Kinds past
    // fifteen backslashes are closed by the next quote with at least as many.
    StringBuilder ladder = new StringBuilder();
    for (int k = 1; k <= 40; k++) {
      ladder.append("authorization:").append("\\".repeat(k)).append("\"x ");
    }
    String line = ladder.toString();
    assertThat(redactor.redact(line)).isSameAs(line);

    String sixteen = "\\".repeat(16);
    assertThat(redactor.redact("password=" + sixteen + "\"hunter2 x" + sixteen + "\" next"))
        .isEqualTo("password=" + sixteen + "\"[REDACTED]" + sixteen + "\" next");
    String fifteen = "\\".repeat(15);
    assertThat(redactor.redact("password=" + fifteen + "\"hunter2 x" + fifteen + "\" next"))
        .isEqualTo("password=" + fifteen + "\"[REDACTED]" + fifteen + "\" next");
  }

  @Test
  void redactingTwiceChangesNothingMore() {
    // Both found while fuzzing: a token where an Authorization scheme stands was kept by the
    // first pass and masked by the second; a key glued to a token was read as another key once
    // the token was masked.
    String header = "Authorization: xoxb-BeiarerBearer abcdef123456789xyz [x";
    assertThat(redactor.redact(header)).isEqualTo("Authorization: xoxb-[REDACTED] [x");
    String glued = "x rubygems_65c6d662cfdb5a309b9eecabda6d38d98beb2f3e59537648pwd: v4lue!";
    String once = redactor.redact(glued);
    assertThat(once).isEqualTo("x rubygems_[REDACTED]pwd: v4lue!");
    assertThat(redactor.redact(once)).isSameAs(once);
    assertThat(redactor.redact(redactor.redact(header))).isEqualTo(redactor.redact(header));
  }

  @Test
  void readsNothingBeforeTheTextWhenLookingForAMaskBeforeAToken() {
    // Found by RedactorFuzzTest: a ] near the start made the look for a mask before a token read
    // before the text.
    List<Throwable> reported = new ArrayList<>();
    Redactor redactor = Redactor.builder().onFailure(reported::add).build();
    for (String text : new String[] {"]xoxb-1234567890-abcdefghij", "D]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",
        ":x]AKIAQ8JD02LMXR5TZY3W", "]"}) {
      redactor.redact(text);
      redactor.redact(text.getBytes(StandardCharsets.UTF_8));
      redactor.redact(new StringBuilder("> ").append(text), 2);
    }
    assertThat(reported).isEmpty();
  }
}
