package io.redactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The opt-in high-entropy rule: long random tokens that nothing around them names. */
final class HighEntropyTest {
  private static final Redactor REDACTOR = Redactor.fromOptions("rules=+high-entropy");

  @Test
  void isOffByDefault() {
    String line = "restored session q2W9eRt6YuI1oPa8SdF3gHj7KlZ4xCv5 for bob";
    assertThat(Redactor.defaults().redact(line)).isSameAs(line);
  }

  @Test
  void masksALongRandomTokenStandingAlone() {
    assertRedacts("restored session q2W9eRt6YuI1oPa8SdF3gHj7KlZ4xCv5 for bob",
        "restored session [REDACTED] for bob");
    assertRedacts("{\"id\":\"Bq7R2xN9vK4mT1pL8sD3fG6hJ0wZ5cYa\",\"ok\":true}",
        "{\"id\":\"[REDACTED]\",\"ok\":true}");
    assertRedacts("8Fj2kL9QwX4zRt7BvN1mYp3sDc6HgA0eUi5o", "[REDACTED]");
  }

  @Test
  void leavesIdentifiersHashesAndShortTokensAlone() {
    for (String line : new String[] {"DFSClient_NONMAPREDUCE_1537864556_1",
        "setTodayTotalDetailSteps=1514038560000", "mv_ValidateRFC4281CodecId: unrecognized",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged",
        "request 3F2B8C1E-9A4D-4E6F-8B2A-1C3D5E7F9A0B done",
        "com.example.Foo1Bar2Baz3Qux4Quux5Corge6Grault", "short q8Jd02LmXr5TzY3wPc7v"}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  private static void assertRedacts(String line, String expected) {
    assertThat(REDACTOR.redact(line)).isEqualTo(expected);
    StringBuilder builder = new StringBuilder("> ").append(line);
    REDACTOR.redact(builder, 2);
    assertThat(builder.substring(2)).isEqualTo(expected);
    assertThat(new String(REDACTOR.redact(line.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(REDACTOR.redact(expected)).isEqualTo(expected);
  }
}
