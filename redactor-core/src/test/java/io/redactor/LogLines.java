package io.redactor;

import static io.redactor.RandomText.hex;
import static io.redactor.RandomText.pick;

import java.util.List;
import java.util.Random;

/** The parts of a log line around a message: timestamps, levels, threads, logger names. */
final class LogLines {
  static final List<String> LOGGERS = List.of("c.e.orders.web.OrderController",
      "c.e.orders.client.PaymentClient", "c.e.shop.config.IntegrationConfig",
      "c.e.billing.sync.InvoiceSync", "o.s.b.a.l.ConditionEvaluationReportLogger",
      "c.e.auth.TokenService", "c.e.notify.SlackNotifier", "c.e.shop.deploy.ReleaseJob");
  static final List<String> THREADS = List.of("main", "nio-8080-exec-1", "nio-8080-exec-7",
      "scheduling-1", "task-3", "ForkJoinPool.commonPool-worker-2", "kafka-listener-0-C-1",
      "reactor-http-nio-4");
  static final List<String> HOSTS = List.of("api.example.com", "orders.internal.example.com",
      "payments.example.net", "10.0.3.17:8443", "registry.example.org");

  private LogLines() {
  }

  static String timestamp(Random r) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(28), r.nextInt(24),
        r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  static String clock(Random r) {
    return String.format("%02d:%02d:%02d.%03d", r.nextInt(24), r.nextInt(60), r.nextInt(60),
        r.nextInt(1000));
  }

  static String level(Random r) {
    return pick(r, "INFO", "DEBUG", "WARN", "ERROR", "TRACE");
  }

  /** A Spring Boot 3 console line up to the message. */
  static String spring(Random r, String logger) {
    String level = level(r);
    return timestamp(r) + " " + (level.length() == 4 ? " " : "") + level + " "
        + (1000 + r.nextInt(9000)) + " --- [orders] [" + String.format("%15s", pick(r, THREADS))
        + "] "
        + String.format("%-40s", logger) + " : ";
  }

  /** One of the usual layouts (Spring Boot, Logback default, Log4j 2, syslog) up to the message. */
  static String prefix(Random r) {
    String logger = pick(r, LOGGERS);
    switch (r.nextInt(5)) {
      case 0:
      case 1:
        return spring(r, logger);
      case 2:
        return clock(r) + " [" + pick(r, THREADS) + "] " + String.format("%-5s", level(r)) + " "
            + logger + " - ";
      case 3:
        return timestamp(r).replace('T', ' ').replace('.', ',').replace("Z", "") + " "
            + String.format("%-5s", level(r)) + " [" + pick(r, THREADS) + "] " + logger + ": ";
      default:
        return "Nov " + (10 + r.nextInt(18)) + " " + clock(r).substring(0, 8) + " app-"
            + hex(r, 5) + " orders[" + (100 + r.nextInt(30000)) + "]: ";
    }
  }

  /** A Logstash/Logback JSON event whose message is {@code escapedMessage}, already escaped. */
  static String jsonEvent(Random r, String escapedMessage) {
    return "{\"@timestamp\":\"" + timestamp(r) + "\",\"@version\":\"1\",\"message\":\""
        + escapedMessage + "\",\"logger_name\":\""
        + pick(r, LOGGERS).replace("c.e.", "com.example.") + "\",\"thread_name\":\""
        + pick(r, THREADS) + "\",\"level\":\"" + level(r)
        + "\",\"level_value\":20000}";
  }

  /** Stack frames, already separated by escaped line breaks as a JSON encoder writes them. */
  static String escapedFrames(Random r) {
    return "\\n\\tat com.example.orders.client.PaymentClient.call(PaymentClient.java:"
        + (40 + r.nextInt(200)) + ")\\n\\tat com.example.orders.service.CheckoutService.pay("
        + "CheckoutService.java:" + (20 + r.nextInt(100)) + ")\\n\\t... 42 common frames omitted";
  }

  static String apacheTime(Random r) {
    return String.format("[%02d/Nov/2026:%02d:%02d:%02d +0000]", 1 + r.nextInt(28), r.nextInt(24),
        r.nextInt(60), r.nextInt(60));
  }

  static String ip(Random r) {
    return r.nextBoolean()
        ? "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254))
        : "192.168." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }
}
