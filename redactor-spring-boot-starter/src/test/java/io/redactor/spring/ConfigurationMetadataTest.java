package io.redactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete {@code redactor.*} properties from, as the jar carries it. */
final class ConfigurationMetadataTest {
  @Test
  void describesEveryPropertyAndTheValuesOfStyle() throws Exception {
    String json;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : new String[] {"enabled", "require", "options", "rules", "keys", "secrets",
        "allow", "mask", "style"}) {
      assertThat(json).contains("\"name\": \"redactor." + name + "\"");
    }
    assertThat(json).contains("\"sourceType\": \"io.redactor.spring.RedactorProperties\"")
        .contains("\"defaultValue\": true")
        .contains("\"value\": \"plain\"").contains("\"value\": \"label\"")
        .contains("\"value\": \"fingerprint\"");
  }
}
