package io.redactor.spring;

import io.redactor.Redactor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link RedactorProperties} as a bean, and a {@link Redactor} built from them, for code
 * that redacts text of its own with the options the log appenders use. The appenders themselves
 * are made to redact before any context exists, by {@link RedactorLoggingListener}.
 */
@AutoConfiguration
@EnableConfigurationProperties(RedactorProperties.class)
public class RedactorAutoConfiguration {
  /** The redactor of the {@code redactor.*} properties. */
  @Bean
  @ConditionalOnMissingBean
  public Redactor redactor(RedactorProperties properties) {
    return RedactorLoggingListener.check(properties);
  }
}
