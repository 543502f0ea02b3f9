/**
 * Log4j 2 plugins that keep credentials out of what {@code log4j2.xml} appenders write.
 *
 * <ul>
 *   <li>{@code %redact{<sub-pattern>}{<options>}}: a {@code PatternLayout} converter,
 *       {@link io.redactor.log4j2.RedactingPatternConverter}.</li>
 *   <li>{@code <RedactingRewritePolicy/>} inside a {@code <Rewrite>} appender:
 *       {@link io.redactor.log4j2.RedactingRewritePolicy}, for layouts that read the event rather
 *       than a pattern, such as {@code JsonTemplateLayout}.</li>
 * </ul>
 *
 * <p>Both are found by Log4j through the plugin descriptor generated into this jar; no
 * {@code packages} attribute is needed. Both accept the option string of
 * {@link io.redactor.Redactor}.
 */
package io.redactor.log4j2;
