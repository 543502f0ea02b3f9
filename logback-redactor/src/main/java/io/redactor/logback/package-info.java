/**
 * Redaction for {@code logback.xml}: {@link io.redactor.logback.RedactingPatternLayoutEncoder} in
 * place of {@code PatternLayoutEncoder}, {@link io.redactor.logback.RedactingEncoder} around any
 * other encoder, {@link io.redactor.logback.RedactingConverter} for {@code %redact(...)} in a
 * pattern, and {@link io.redactor.logback.RedactingAppender} for appenders that read events. All
 * four take the core library's option string and fail closed.
 */
package io.redactor.logback;
