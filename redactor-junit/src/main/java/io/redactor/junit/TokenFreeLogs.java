package io.redactor.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Fails a test when anything the application's configured appenders wrote while it ran holds a
 * secret.
 *
 * <pre>{@code
 * @TokenFreeLogs
 * final class CheckoutServiceTest {
 *   @Test
 *   void logsTheRequestWithoutItsCredentials(Canaries canaries, LogCapture logs) {
 *     String token = canaries.bearerToken();
 *     service.call("Authorization: Bearer " + token);
 *     assertThat(logs.lines()).isNotEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>Before each test the extension hooks every appender of the Logback {@code LoggerContext}
 * and of the Log4j 2 {@code LoggerContext}s, whichever are on the class path: for Logback the
 * bytes each {@code OutputStreamAppender}'s encoder produces, for Log4j 2 what each appender's
 * layout renders. What the appenders write does not change. After the test (and its
 * {@code @AfterEach} methods) the hooks are removed, and every captured line is scanned by
 * {@link io.redactor.Redactor#findings(CharSequence) the detection engine} and for every canary
 * from {@link Canaries} created during the test. The failure names the rule, the appender, the
 * logger and shows the line with the secret masked.
 *
 * <p>The closest annotation applies: one on the method replaces the one on its class.
 *
 * <p>Test methods and {@code @BeforeEach}/{@code @AfterEach} methods can declare a
 * {@link LogCapture} or a {@link Canaries} parameter to get the test's capture and canaries.
 *
 * <p>The appenders are shared by the whole process, so a test that carries this annotation runs
 * alone when JUnit runs tests in parallel (it holds JUnit's global resource lock in
 * read-write mode): output of concurrent tests can't be mistaken for its own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(TokenFreeLogsExtension.class)
@ResourceLock(value = Resources.GLOBAL, mode = ResourceAccessMode.READ_WRITE)
public @interface TokenFreeLogs {

  /**
   * Rule ids whose findings are allowed, such as {@code "jwt"} for a test that logs a public
   * sample token on purpose. Needs a {@link #reason()}.
   */
  String[] allowRules() default {};

  /**
   * Values that may appear in the logs, such as a well-known test fixture. A finding is allowed
   * when an occurrence of one of these values covers it. Needs a {@link #reason()}.
   */
  String[] allowValues() default {};

  /** Why the allowed rules or values are safe to log; required when anything is allowed. */
  String reason() default "";

  /**
   * The option string of the detection engine (see {@link io.redactor.Redactor}), such as
   * {@code "keys=ssn"} to also look for values of an application-specific key. Empty: the
   * defaults.
   */
  String options() default "";
}
