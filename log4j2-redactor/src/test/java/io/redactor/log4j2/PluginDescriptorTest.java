package io.redactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginEntry;
import org.apache.logging.log4j.core.config.plugins.util.PluginManager;
import org.apache.logging.log4j.core.config.plugins.util.PluginType;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.junit.jupiter.api.Test;

/**
 * The plugin descriptor and GraalVM metadata that Log4j's annotation processors generate are in
 * what this module packages (its classes folder, or its jar), and Log4j finds the plugins by them.
 */
final class PluginDescriptorTest {
  private static final String DESCRIPTOR = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";
  private static final String GRAALVM_METADATA =
      "META-INF/native-image/log4j-generated/io.redactor/log4j2-redactor/reflect-config.json";

  @Test
  void readsThePackagedClassesFromTheJarInThePackagePhase() throws IOException {
    try (Packaged packaged = Packaged.open()) {
      assertThat(packaged.isJar()).isEqualTo(Boolean.getBoolean("redactor.test.packaged"));
    }
  }

  @Test
  void packagesThePluginDescriptorNamingBothPlugins() throws IOException {
    try (Packaged packaged = Packaged.open()) {
      Path descriptor = packaged.root.resolve(DESCRIPTOR);
      assertThat(descriptor).exists();

      PluginCache cache = new PluginCache();
      cache.loadCacheFiles(Collections.enumeration(List.of(descriptor.toUri().toURL())));
      Map<String, PluginEntry> converters = cache.getCategory(PatternConverter.CATEGORY.toLowerCase());
      Map<String, PluginEntry> core = cache.getCategory("core");
      assertThat(converters.get("redact").getClassName()).isEqualTo(RedactingPatternConverter.class.getName());
      assertThat(core.get("redactingrewritepolicy").getClassName())
          .isEqualTo(RedactingRewritePolicy.class.getName());
    }
  }

  @Test
  void packagesGraalVmReachabilityMetadata() throws IOException {
    try (Packaged packaged = Packaged.open()) {
      Path metadata = packaged.root.resolve(GRAALVM_METADATA);
      assertThat(metadata).exists();
      assertThat(Files.readString(metadata, StandardCharsets.UTF_8))
          .contains("\"io.redactor.log4j2.RedactingPatternConverter\"", "\"newInstance\"",
              "\"io.redactor.log4j2.RedactingRewritePolicy\"", "\"newBuilder\"");
    }
  }

  @Test
  void log4jFindsThePluginsWithoutAPackagesAttribute() {
    PluginManager converters = new PluginManager(PatternConverter.CATEGORY);
    converters.collectPlugins();
    PluginManager core = new PluginManager("Core");
    core.collectPlugins();

    PluginType<?> redact = converters.getPluginType("redact");
    PluginType<?> policy = core.getPluginType("RedactingRewritePolicy");
    assertThat(redact.getPluginClass()).isEqualTo(RedactingPatternConverter.class);
    assertThat(policy.getPluginClass()).isEqualTo(RedactingRewritePolicy.class);
    assertThat(policy.getElementName()).isEqualTo("rewritePolicy");
  }

  /** The root of what holds this module's classes: the classes folder, or the jar as a file system. */
  private static final class Packaged implements AutoCloseable {
    final Path root;
    private final FileSystem jar;

    private Packaged(Path root, FileSystem jar) {
      this.root = root;
      this.jar = jar;
    }

    static Packaged open() throws IOException {
      URL location = RedactingPatternConverter.class.getProtectionDomain().getCodeSource().getLocation();
      Path path = Path.of(URI.create(location.toString()));
      if (Files.isDirectory(path)) {
        return new Packaged(path, null);
      }
      FileSystem jar = FileSystems.newFileSystem(path, (ClassLoader) null);
      return new Packaged(jar.getPath("/"), jar);
    }

    boolean isJar() {
      return jar != null;
    }

    @Override
    public void close() throws IOException {
      if (jar != null) {
        jar.close();
      }
    }
  }

}
