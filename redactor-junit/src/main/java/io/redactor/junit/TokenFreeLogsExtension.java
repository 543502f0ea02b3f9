package io.redactor.junit;

import io.redactor.Redactor;
import io.redactor.RedactorConfigException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link TokenFreeLogs}: opens a {@link LogCapture} before each test, hooks
 * appenders configured by {@code @BeforeEach} methods just before the test method runs, and after
 * the {@code @AfterEach} methods closes the capture (removing every hook, whatever the outcome)
 * and asserts that the output is token-free.
 */
final class TokenFreeLogsExtension
    implements BeforeEachCallback, AfterEachCallback, InvocationInterceptor, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(TokenFreeLogsExtension.class);
  private static final String CAPTURE = "capture";

  @Override
  public void beforeEach(ExtensionContext context) {
    TokenFreeLogs settings = settings(context);
    Redactor detector = detector(settings);
    LogCapture capture = LogCapture.start(detector);
    context.getStore(NAMESPACE).put(CAPTURE, capture);
    try {
      allow(settings, capture);
    } catch (RuntimeException e) {
      context.getStore(NAMESPACE).remove(CAPTURE);
      capture.close();
      throw e;
    }
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    refresh(context);
    invocation.proceed();
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    refresh(context);
    invocation.proceed();
  }

  /** Hooks appenders that {@code @BeforeEach} methods configured. */
  private static void refresh(ExtensionContext context) {
    LogCapture capture = capture(context);
    if (capture != null) {
      capture.refresh();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LogCapture capture = context.getStore(NAMESPACE).remove(CAPTURE, LogCapture.class);
    if (capture == null) {
      return;
    }
    capture.close();
    capture.assertTokenFree();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LogCapture.class || type == Canaries.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    LogCapture capture = capture(context);
    Class<?> type = parameter.getParameter().getType();
    if (capture == null) {
      throw new ParameterResolutionException("A " + type.getSimpleName() + " belongs to one test:"
          + " declare it on a test method or on a @BeforeEach or @AfterEach method of a test"
          + " annotated @TokenFreeLogs, not on " + parameter.getDeclaringExecutable());
    }
    return type == LogCapture.class ? capture : capture.canaries();
  }

  private static LogCapture capture(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(CAPTURE, LogCapture.class);
  }

  /** The closest annotation: on the method, its class, a superclass or an enclosing class. */
  private static TokenFreeLogs settings(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      Optional<AnnotatedElement> element = c.get().getElement();
      if (element.isPresent()) {
        Optional<TokenFreeLogs> found =
            AnnotationSupport.findAnnotation(element.get(), TokenFreeLogs.class);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return null;
  }

  private static Redactor detector(TokenFreeLogs settings) {
    if (settings == null || settings.options().isBlank()) {
      return Redactor.defaults();
    }
    try {
      return Redactor.fromOptions(settings.options());
    } catch (RedactorConfigException e) {
      throw new ExtensionConfigurationException(
          "@TokenFreeLogs(options = \"" + settings.options() + "\"): " + e.getMessage(), e);
    }
  }

  private static void allow(TokenFreeLogs settings, LogCapture capture) {
    if (settings == null
        || settings.allowRules().length == 0 && settings.allowValues().length == 0) {
      return;
    }
    if (settings.reason().isBlank()) {
      throw new ExtensionConfigurationException("@TokenFreeLogs allows "
          + (settings.allowRules().length > 0 ? "rules" : "values")
          + " but gives no reason: add reason = \"...\" saying why they are safe to log, such as"
          + " \"public sample token from the provider's docs\"");
    }
    try {
      for (String rule : settings.allowRules()) {
        capture.allowRule(rule, settings.reason());
      }
      for (String value : settings.allowValues()) {
        capture.allowValue(value, settings.reason());
      }
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@TokenFreeLogs: " + e.getMessage(), e);
    }
  }
}
