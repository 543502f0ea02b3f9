package io.redactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every block of docs/spring-boot.md that follows a mention of a file of this module's test
 * resources is that file, as the tests load it.
 */
final class DocumentationSnippetTest {
  private static final Pattern RESOURCE = Pattern.compile(
      "`redactor-spring-boot-starter/src/test/resources/([A-Za-z0-9._-]+)`");
  private static final Pattern BLOCK = Pattern.compile("(?s)\n```[a-z]*\n(.*?)```\n");

  @Test
  void eachNamedSnippetIsTheFileTheTestsLoad() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "spring-boot.md"), StandardCharsets.UTF_8);
    List<String> checked = new ArrayList<>();
    Matcher mention = RESOURCE.matcher(page);
    while (mention.find()) {
      Matcher block = BLOCK.matcher(page);
      assertThat(block.find(mention.end())).as("a block after " + mention.group()).isTrue();
      String file = Files.readString(Path.of("src", "test", "resources", mention.group(1)),
          StandardCharsets.UTF_8);
      assertThat(block.group(1)).as(mention.group(1)).isEqualTo(file);
      checked.add(mention.group(1));
    }
    assertThat(checked).contains("application-documented.properties",
        "logback-spring-redacting.xml", "log4j2-spring-redacting.xml");
  }
}
