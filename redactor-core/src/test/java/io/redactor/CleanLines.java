package io.redactor;

import static io.redactor.LogLines.apacheTime;
import static io.redactor.LogLines.ip;
import static io.redactor.LogLines.spring;
import static io.redactor.RandomText.KUBE_NAME;
import static io.redactor.RandomText.LOWER;
import static io.redactor.RandomText.digits;
import static io.redactor.RandomText.hex;
import static io.redactor.RandomText.of;
import static io.redactor.RandomText.pick;
import static io.redactor.RandomText.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Realistic log lines with no secret in them: what Spring Boot, Hibernate, HikariCP, Tomcat,
 * Kafka clients, Netty, HTTP clients (with harmless headers), web servers and JVMs print in a
 * normal day, stack traces included. They keep the clean-line guarantees of the loghub samples
 * when those are absent, and are always scored as an extra clean set.
 */
final class CleanLines {
  static final int PER_TEMPLATE = 90;

  private static final List<String> ENTITIES = List.of("Order", "Customer", "Invoice",
      "Shipment", "Product", "CartItem", "Payment");
  private static final List<String> PATHS = List.of("/api/orders", "/api/orders/1042",
      "/api/customers/77/addresses", "/actuator/health", "/static/js/app.3f2a1c.js",
      "/api/products?page=2&size=50", "/login", "/api/cart/items", "/favicon.ico");
  private static final List<String> AGENTS = List.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) "
      + "Gecko/20100101 Firefox/128.0", "curl/8.5.0", "kube-probe/1.29", "okhttp/4.12.0",
      "Apache-HttpClient/5.5.1 (Java/17.0.15)", "Go-http-client/1.1");

  private static final List<Function<Random, String>> TEMPLATES = List.of(
      r -> spring(r, "c.e.orders.OrdersApplication") + "Starting OrdersApplication v1.4."
          + r.nextInt(9) + " using Java 17.0.15 with PID " + (1000 + r.nextInt(9000))
          + " (/app/orders.jar started by app in /app)",
      r -> spring(r, "c.e.orders.OrdersApplication") + "The following 1 profile is active: \""
          + pick(r, "prod", "staging", "dev") + "\"",
      r -> spring(r, "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat initialized with port "
          + pick(r, "8080", "8081", "9090") + " (http)",
      r -> spring(r, "o.apache.catalina.core.StandardService") + "Starting service [Tomcat]",
      r -> spring(r, "o.apache.catalina.core.StandardEngine") + "Starting Servlet engine: [Apache "
          + "Tomcat/10.1." + r.nextInt(40) + "]",
      r -> spring(r, "o.s.b.w.s.c.ServletWebServerApplicationContext") + "Root "
          + "WebApplicationContext: initialization completed in " + r.nextInt(3000) + " ms",
      r -> spring(r, "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Starting...",
      r -> spring(r, "com.zaxxer.hikari.pool.HikariPool") + "HikariPool-1 - Added connection "
          + "org.postgresql.jdbc.PgConnection@" + hex(r, 8),
      r -> spring(r, "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed.",
      r -> spring(r, "o.hibernate.jpa.internal.util.LogHelper") + "HHH000204: Processing "
          + "PersistenceUnitInfo [name: default]",
      r -> spring(r, "org.hibernate.Version") + "HHH000412: Hibernate ORM core version 6.4."
          + r.nextInt(10) + ".Final",
      r -> spring(r, "org.hibernate.SQL") + "select o1_0.id,o1_0.customer_id,o1_0.created_at,"
          + "o1_0.status from orders o1_0 where o1_0.id=?",
      r -> spring(r, "org.hibernate.orm.jdbc.bind") + "binding parameter (1:BIGINT) <- ["
          + digits(r, 5) + "]",
      r -> spring(r, "o.s.o.j.LocalContainerEntityManagerFactoryBean") + "Initialized JPA "
          + "EntityManagerFactory for persistence unit 'default'",
      r -> spring(r, "o.s.b.a.e.web.EndpointLinksResolver") + "Exposing " + (1 + r.nextInt(9))
          + " endpoint(s) beneath base path '/actuator'",
      r -> spring(r, "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat started on port 8080 "
          + "(http) with context path '/'",
      r -> spring(r, "c.e.orders.OrdersApplication") + "Started OrdersApplication in "
          + r.nextInt(20) + "." + r.nextInt(1000) + " seconds (process running for "
          + r.nextInt(30) + ".2)",
      r -> spring(r, "o.a.c.c.C.[Tomcat].[localhost].[/]") + "Initializing Spring "
          + "DispatcherServlet 'dispatcherServlet'",
      r -> spring(r, "c.e.orders.web.OrderController") + pick(r, "GET", "POST", "PUT") + " "
          + pick(r, PATHS) + " -> " + pick(r, "200", "201", "204", "404") + " in " + r.nextInt(900)
          + " ms",
      r -> spring(r, "c.e.orders.service.OrderService") + pick(r, ENTITIES) + " " + digits(r, 5)
          + " " + pick(r, "created", "updated", "shipped", "cancelled") + " by user "
          + pick(r, "alice", "bob", "carol", "svc-batch"),
      r -> spring(r, "o.a.k.clients.consumer.ConsumerConfig") + "ConsumerConfig values: "
          + "auto.offset.reset = earliest, bootstrap.servers = [kafka-0.kafka:9092], group.id = "
          + "orders, max.poll.records = 500",
      r -> spring(r, "o.a.k.c.c.internals.ConsumerCoordinator") + "[Consumer clientId=consumer-"
          + "orders-1, groupId=orders] Setting offset for partition orders-" + r.nextInt(12)
          + " to the committed offset FetchPosition{offset=" + digits(r, 7) + ", "
          + "offsetEpoch=Optional.empty}",
      r -> spring(r, "o.a.kafka.common.utils.AppInfoParser") + "Kafka version: 3.7." + r.nextInt(3),
      r -> spring(r, "o.a.kafka.common.utils.AppInfoParser") + "Kafka commitId: " + hex(r, 16),
      r -> spring(r, "o.s.k.l.KafkaMessageListenerContainer") + "orders: partitions assigned: "
          + "[orders-" + r.nextInt(6) + ", orders-" + (6 + r.nextInt(6)) + "]",
      r -> spring(r, "io.netty.handler.logging.LoggingHandler") + "[id: 0x" + hex(r, 8) + ", L:/"
          + ip(r) + ":" + (30000 + r.nextInt(30000)) + " - R:/" + ip(r) + ":8080] "
          + pick(r, "ACTIVE", "INACTIVE", "FLUSH", "READ COMPLETE", "WRITE: 128B"),
      r -> spring(r, "reactor.netty.http.client.HttpClientConnect") + "[" + hex(r, 8) + "-1, L:/"
          + ip(r) + ":" + (40000 + r.nextInt(20000)) + " - R:api.example.com/" + ip(r)
          + ":443] Handler is being applied: {uri=https://api.example.com/v1/orders, method=GET}",
      r -> spring(r, "org.apache.hc.client5.http.headers") + "http-outgoing-" + r.nextInt(9)
          + " >> " + pick(r, "Accept: application/json", "Host: api.example.com",
          "Connection: keep-alive", "User-Agent: Apache-HttpClient/5.5.1 (Java/17.0.15)",
          "Accept-Encoding: gzip, x-gzip, deflate", "Content-Type: application/json"),
      r -> spring(r, "org.apache.hc.client5.http.headers") + "http-outgoing-" + r.nextInt(9)
          + " << " + pick(r, "HTTP/1.1 200 OK", "Content-Type: application/json",
          "Date: Fri, 27 Nov 2026 10:15:0" + r.nextInt(10) + " GMT", "Transfer-Encoding: chunked",
          "Vary: Accept-Encoding"),
      r -> "> " + pick(r, "GET /v1/orders HTTP/1.1", "Host: api.example.com", "Accept: */*",
          "User-Agent: curl/8.5.0"),
      r -> "< " + pick(r, "HTTP/2 200", "content-type: application/json", "server: nginx",
          "content-length: " + r.nextInt(99999)),
      r -> "--> " + pick(r, "GET", "POST") + " https://api.example.com/v1/" + pick(r, "orders",
          "customers", "products") + " (" + r.nextInt(900) + "-byte body)",
      r -> "<-- 200 OK https://api.example.com/v1/orders (" + r.nextInt(900) + "ms, "
          + r.nextInt(99) + "." + r.nextInt(9) + "kB body)",
      r -> ip(r) + " - - " + apacheTime(r) + " \"" + pick(r, "GET", "POST") + " " + pick(r, PATHS)
          + " HTTP/1.1\" " + pick(r, "200", "304", "404", "302") + " " + r.nextInt(99999)
          + " \"-\" \"" + pick(r, AGENTS) + "\"",
      r -> ip(r) + " - " + pick(r, "-", "alice", "bob") + " " + apacheTime(r) + " \"GET "
          + pick(r, PATHS) + " HTTP/2.0\" 200 " + r.nextInt(9999) + " \"https://shop.example.com/\""
          + " \"" + pick(r, AGENTS) + "\" " + r.nextInt(900) / 1000.0,
      r -> "27-Nov-2026 " + LogLines.clock(r) + " INFO [main] org.apache.catalina.startup."
          + "Catalina.start Server startup in [" + r.nextInt(9000) + "] milliseconds",
      r -> "27-Nov-2026 " + LogLines.clock(r) + " INFO [main] org.apache.catalina.startup."
          + "VersionLoggerListener.log Command line argument: -Xmx" + (512 << r.nextInt(3)) + "m",
      r -> "[" + r.nextInt(900) + "." + digits(r, 3) + "s][info][gc] GC(" + r.nextInt(999)
          + ") Pause Young (Normal) (G1 Evacuation Pause) " + r.nextInt(400) + "M->"
          + r.nextInt(200) + "M(" + (512 << r.nextInt(3)) + "M) " + r.nextInt(30) + "."
          + digits(r, 3) + "ms",
      r -> spring(r, "o.s.s.c.ThreadPoolTaskScheduler") + "Initializing ExecutorService "
          + "'taskScheduler'",
      r -> spring(r, "c.e.billing.jobs.InvoiceJob") + "processed " + r.nextInt(5000)
          + " invoices in " + r.nextInt(60) + " s (" + r.nextInt(9) + " failed)",
      r -> spring(r, "o.s.web.servlet.PageNotFound") + "No mapping for GET " + pick(r,
          "/wp-login.php", "/.git/config", "/favicon.ico", "/robots.txt"),
      r -> spring(r, "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver") + "Resolved [org."
          + "springframework.web.bind.MethodArgumentNotValidException: Validation failed for "
          + "argument [0] in public ResponseEntity OrderController.create(OrderRequest)]",
      r -> "java.lang.IllegalStateException: " + pick(r, ENTITIES) + " " + digits(r, 5)
          + " is in state " + pick(r, "SHIPPED", "CANCELLED", "PENDING"),
      r -> "\tat com.example.orders.service." + pick(r, ENTITIES) + "Service." + pick(r, "update",
          "find", "cancel", "ship") + "(" + pick(r, ENTITIES) + "Service.java:" + r.nextInt(400)
          + ")",
      r -> "\tat org.springframework." + pick(r,
          "aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
          "transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
          "web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"),
      r -> "\tat java.base/" + pick(r, "java.lang.Thread.run(Thread.java:840)", "java.util."
          + "concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
          "jdk.internal.reflect.DirectMethodHandleAccessor.invoke("
              + "DirectMethodHandleAccessor.java:103)"),
      r -> "Caused by: java.net." + pick(r, "SocketTimeoutException: Read timed out",
          "ConnectException: Connection refused", "UnknownHostException: payments.internal"),
      r -> "\t... " + r.nextInt(90) + " common frames omitted",
      r -> "{\"@timestamp\":\"" + LogLines.timestamp(r) + "\",\"@version\":\"1\",\"message\":\""
          + pick(r, ENTITIES) + " " + digits(r, 5) + " saved\",\"logger_name\":\""
          + "com.example.orders.service.OrderService\",\"thread_name\":\""
          + pick(r, LogLines.THREADS) + "\","
          + "\"level\":\"INFO\",\"level_value\":20000,\"traceId\":\"" + hex(r, 32) + "\"}",
      r -> "time=" + LogLines.timestamp(r) + " level=" + pick(r, "info", "debug", "warn")
          + " msg=\"request completed\" method=GET path=" + pick(r, PATHS) + " status=200 "
          + "duration=" + r.nextInt(900) + "ms",
      r -> "Nov " + (10 + r.nextInt(18)) + " " + LogLines.clock(r).substring(0, 8) + " node-"
          + r.nextInt(9) + " kubelet[" + r.nextInt(9999) + "]: I1127 " + LogLines.clock(r)
          + " " + r.nextInt(9999) + " kubelet.go:" + r.nextInt(3000) + "] \"SyncLoop UPDATE\" "
          + "source=\"api\" pods=[\"shop/orders-" + of(KUBE_NAME, 10, r) + "-"
          + of(KUBE_NAME, 5, r) + "\"]",
      r -> "Normal   Pulled     " + r.nextInt(60) + "s   kubelet  Successfully pulled image "
          + "\"acme/orders:1.4." + r.nextInt(9) + "\" in " + r.nextInt(9) + "." + digits(r, 3)
          + "s",
      r -> spring(r, "o.s.cloud.openfeign.FeignClientFactoryBean") + "For 'payments' URL not "
          + "provided. Will try picking an instance via load-balancing.",
      r -> spring(r, "c.e.orders.client.PaymentClient") + "[PaymentClient#charge] ---> POST "
          + "https://payments.internal/v1/charges HTTP/1.1",
      r -> spring(r, "c.e.orders.client.PaymentClient") + "[PaymentClient#charge] <--- HTTP/1.1 "
          + pick(r, "200", "201", "402") + " (" + r.nextInt(900) + "ms)",
      r -> spring(r, "o.s.data.redis.core.RedisConnectionUtils") + "Fetching Redis Connection "
          + "from RedisConnectionFactory",
      r -> spring(r, "io.lettuce.core.RedisClient") + "Connecting to Redis at cache.internal:6379",
      r -> spring(r, "o.s.a.r.c.CachingConnectionFactory") + "Created new connection: "
          + "rabbitConnectionFactory#" + hex(r, 8) + ":0/SimpleConnection@" + hex(r, 8)
          + " [delegate=amqp://orders@" + ip(r) + ":5672/, localPort=" + (40000 + r.nextInt(20000))
          + "]",
      r -> spring(r, "o.f.c.i.command.DbMigrate") + "Migrating schema \"public\" to version \"" + (1
          + r.nextInt(40)) + " - add " + of(LOWER, 6, r) + " column\"",
      r -> spring(r, "o.f.core.internal.command.DbValidate") + "Successfully validated "
          + r.nextInt(60) + " migrations (execution time 00:00." + digits(r, 3) + "s)",
      r -> spring(r, "c.e.orders.web.RequestLogger") + "request id=" + uuid(r) + " user=" + pick(r,
          "alice", "bob", "anonymous") + " ip=" + ip(r) + " ua=\"" + pick(r, AGENTS) + "\"",
      r -> spring(r, "o.s.cache.interceptor.CacheInterceptor") + "Cache entry for key '"
          + digits(r, 5) + "' found in cache(s) [products]",
      r -> spring(r, "o.s.b.a.health.HealthEndpointSupport") + "Health contributor "
          + pick(r, "db", "redis", "diskSpace", "ping") + " is UP",
      r -> spring(r, "c.e.shop.search.ProductIndexer") + "indexed " + r.nextInt(90000)
          + " documents into products-2026." + (10 + r.nextInt(2)) + " in " + r.nextInt(60) + " s",
      r -> spring(r, "o.s.s.w.a.AnonymousAuthenticationFilter") + "Set SecurityContextHolder to "
          + "anonymous SecurityContext",
      r -> spring(r, "o.s.s.web.FilterChainProxy") + "Securing " + pick(r, "GET", "POST") + " "
          + pick(r, PATHS),
      r -> spring(r, "c.e.orders.metrics.Reporter") + "orders.created count=" + r.nextInt(900)
          + " p95=" + r.nextInt(900) + "ms p99=" + r.nextInt(2000) + "ms heap=" + r.nextInt(900)
          + "MB");

  private static List<String> lines;

  private CleanLines() {
  }

  /** Every clean line, in a fixed order ({@value #PER_TEMPLATE} per template). */
  static synchronized List<String> all() {
    if (lines == null) {
      lines = generate();
    }
    return lines;
  }

  /** Generated afresh, for the test that the corpus comes out the same each time. */
  static List<String> generate() {
    List<String> all = new ArrayList<>();
    for (int t = 0; t < TEMPLATES.size(); t++) {
      for (int i = 0; i < PER_TEMPLATE; i++) {
        all.add(TEMPLATES.get(t).apply(DetectionCorpus.random("clean", String.valueOf(t),
            String.valueOf(i))));
      }
    }
    return List.copyOf(all);
  }
}
