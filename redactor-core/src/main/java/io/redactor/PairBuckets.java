package io.redactor;

import java.util.Arrays;

/**
 * The tables of the vector prefilter: an engine's 128 x 128 table of flagged bigrams covered by
 * {@value #BUCKETS} rectangles, so that a bigram can be tested with two byte lookups per side.
 *
 * <p>Each second character {@code y} that ends a flagged bigram goes into one bucket; a bucket's
 * first characters are those of all its bigrams. A bigram {@code xy} is a candidate when {@code x}
 * is a first character of {@code y}'s bucket: {@code (first[x] & second[y]) != 0}, bucket
 * {@code b} being bit {@code b % 8} of plane {@code b / 8}. Every flagged bigram is a candidate;
 * a candidate that is not flagged costs one more look at the engine's table. To keep those rare,
 * characters are put into buckets, greedily and then one move at a time while a move helps, so
 * as to cover as little typical text as they can, typical text being the bigrams of
 * {@link #SAMPLE} (a few lines written for this, in the shapes logs take) smoothed by the rough
 * frequency of each character alone. On the loghub samples, the anchor bigrams of
 * {@code Redactor.defaults()} flag 1.6% of positions, and this cover makes 4.1% candidates; a
 * single plane of eight buckets made about twice as many.
 *
 * <p>Built once per distinct table (about 50 ms in a cold JVM), only for the vector prefilter:
 * engines with the same rules share it.
 */
final class PairBuckets {
  static final int BUCKETS = 16;

  private static final String SAMPLE = String.join("\n",
      "2026-11-27 22:15:03,120 INFO  [main] com.example.orders.web.CheckoutController - Started "
          + "request GET /api/v1/orders/48213 from 10.0.12.7 in 34 ms",
      "2026-11-27 22:15:03,221 DEBUG [http-nio-8080-exec-3] org.springframework.web.servlet."
          + "DispatcherServlet - Completed 200 OK",
      "2026-11-27 22:15:04,002 WARN  [pool-2-thread-1] o.a.h.storage.ReplicaWriter - Slow write "
          + "of packet to mirror took 412ms (threshold=300ms)",
      "2026-11-27 22:15:04,310 ERROR [main] c.e.billing.InvoiceService - Failed to connect to "
          + "database at jdbc:postgresql://db01:5432/billing, retrying in 5 seconds",
      "java.net.ConnectException: Connection refused (Connection refused)",
      "\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
      "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl"
          + ".java:262)",
      "Dec  3 12:41:19 web-04 sshd[21877]: Accepted publickey for deploy from 192.168.1.40 port "
          + "51234 ssh2",
      "Dec  3 12:41:20 web-04 systemd[1]: Started Session 1342 of user deploy.",
      "Dec  3 12:41:22 web-04 kernel: [123456.789012] eth0: link up, 1000 Mbps, full duplex, flow "
          + "control rx/tx",
      "192.168.10.21 - - [03/Dec/2026:12:41:23 +0000] \"POST /checkout/submit HTTP/1.1\" 302 512 "
          + "\"https://shop.example.com/cart\" \"Mozilla/5.0 (X11; Linux x86_64)\"",
      "level=info ts=2026-11-27T22:15:05.123Z caller=main.go:341 msg=\"Server is ready to receive "
          + "web requests.\" component=web",
      "{\"timestamp\":\"2026-11-27T22:15:05.200Z\",\"level\":\"INFO\",\"thread\":\"worker-7\","
          + "\"logger\":\"com.example.Queue\",\"message\":\"Processed 128 messages in 45 ms\","
          + "\"queue\":\"orders\"}",
      "user=alice action=login result=success ip=10.1.2.3 duration_ms=12 session=abc123 "
          + "region=eu-west-1",
      "2026-11-27 22:16:00.001 [scheduler-1] INFO  c.e.jobs.CleanupJob : Deleted 42 expired "
          + "entries from cache 'sessions' (size now 1024)",
      "Caused by: java.lang.IllegalStateException: No value present for key 'timeout' in "
          + "configuration file /etc/app/app.yaml",
      "\t... 12 common frames omitted",
      "2026-11-27 22:16:01,500 INFO  [kafka-producer-network-thread | producer-1] o.a.k.c.p."
          + "internals.Sender - [Producer clientId=producer-1] Node -1 disconnected.",
      "Nov 28 03:12:44 db-02 postgres[4411]: LOG:  checkpoint complete: wrote 1530 buffers (9.3%);"
          + " 0 WAL file(s) added, 0 removed, 1 recycled",
      "Nov 28 03:12:45 db-02 cron[880]: (root) CMD (/usr/local/bin/backup.sh --full > "
          + "/var/log/backup.log 2>&1)",
      "W1128 03:12:46.123456    1 reflector.go:324] pkg/mod/k8s.io/client-go/tools/cache/"
          + "reflector.go:167: watch of *v1.Pod ended with: too old resource version: 81234 (81301)",
      "I1128 03:12:47.000120    1 controller.go:118] Syncing deployment default/frontend with 3 "
          + "replicas, 2 available",
      "[2026-11-28 03:12:48] production.ERROR: Undefined index: customer_id at /var/www/app/Http/"
          + "Controllers/OrderController.php:88",
      "2026/11/28 03:12:49 [error] 2211#2211: *1042 upstream timed out (110: Connection timed out) "
          + "while reading response header from upstream, client: 172.16.4.9, server: "
          + "api.example.org",
      "Thread \"pool-4-thread-2\" state=BLOCKED waiting on java.util.concurrent.locks."
          + "ReentrantLock$NonfairSync@6d06d69c owned by \"main\"",
      "GC(412) Pause Young (Normal) (G1 Evacuation Pause) 812M->301M(1024M) 14.235ms",
      "Scheduled task 'refreshMetrics' completed in 1.02 seconds; next run at "
          + "2026-11-28T03:13:50+01:00");

  /** The last table covered and its cover, for engines built with the same rules. */
  private static volatile PairBuckets last;

  private final byte[] filter;
  /** Per first character, its buckets of planes 0 and 1; per second character, likewise. */
  final byte[] first0 = new byte[128];
  final byte[] first1 = new byte[128];
  final byte[] second0 = new byte[128];
  final byte[] second1 = new byte[128];

  private PairBuckets(byte[] filter) {
    this.filter = filter.clone();
    int[] bucket = assign(filter, weights());
    for (int y = 0; y < 128; y++) {
      if (bucket[y] < 0) {
        continue;
      }
      int b = bucket[y];
      (b < 8 ? second0 : second1)[y] |= (byte) (1 << (b & 7));
      for (int x = 0; x < 128; x++) {
        if (filter[x << 7 | y] != 0) {
          (b < 8 ? first0 : first1)[x] |= (byte) (1 << (b & 7));
        }
      }
    }
  }

  /** The cover of an engine's table. */
  static PairBuckets of(byte[] filter) {
    PairBuckets known = last;
    if (known != null && Arrays.equals(known.filter, filter)) {
      return known;
    }
    PairBuckets made = new PairBuckets(filter);
    last = made;
    return made;
  }

  /** Whether {@code xy} is a candidate. */
  boolean candidate(int x, int y) {
    return (first0[x] & second0[y] | first1[x] & second1[y]) != 0;
  }

  /**
   * How often each bigram {@code x << 7 | y} stands in typical text: its count in {@link #SAMPLE}
   * plus a hundredth of the product of the rough frequencies of its two characters, so that a
   * bigram the sample lacks still weighs something.
   */
  private static double[] weights() {
    double[] single = new double[128];
    Arrays.fill(single, 0.3);
    String letters = "etaoinsrhldcumfpgwybvkxjqz";
    double[] often = {10, 7, 7, 6, 6, 6, 6, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1.5, 1, 0.8, 0.3,
        0.2, 0.1, 0.1};
    for (int k = 0; k < letters.length(); k++) {
      single[letters.charAt(k)] = often[k];
      single[Character.toUpperCase(letters.charAt(k))] = 1.5;
    }
    for (char c = '0'; c <= '9'; c++) {
      single[c] = 6;
    }
    for (char c : ".:-/_=,()[]".toCharArray()) {
      single[c] = 3;
    }
    single[' '] = 15;
    double[] weights = new double[128 * 128];
    for (int x = 0; x < 128; x++) {
      for (int y = 0; y < 128; y++) {
        weights[x << 7 | y] = 0.01 * single[x] * single[y];
      }
    }
    int prev = 0;
    for (int k = 0; k < SAMPLE.length(); k++) {
      int c = Math.min(SAMPLE.charAt(k), 127);
      if (c == '\n') {
        prev = 0;
        continue;
      }
      weights[prev << 7 | c] += 1;
      prev = c;
    }
    return weights;
  }

  /**
   * The bucket of each second character, -1 for one that ends no flagged bigram: the heaviest
   * columns first, each into the bucket where it adds the least weight, then single moves while
   * one lowers the total.
   */
  private static int[] assign(byte[] filter, double[] weights) {
    long[][] firsts = new long[128][];
    Integer[] order = new Integer[128];
    double[] heft = new double[128];
    int columns = 0;
    for (int y = 0; y < 128; y++) {
      long[] set = new long[2];
      for (int x = 0; x < 128; x++) {
        if (filter[x << 7 | y] != 0) {
          set[x >>> 6] |= 1L << x;
        }
        heft[y] += weights[x << 7 | y];
      }
      if ((set[0] | set[1]) != 0) {
        firsts[y] = set;
        order[columns++] = y;
      }
    }
    Integer[] used = Arrays.copyOf(order, columns);
    Arrays.sort(used, (a, b) -> a.equals(b) ? 0 : heft[a] != heft[b]
        ? Double.compare(heft[b], heft[a]) : Integer.compare(a, b));
    int[] bucket = new int[128];
    Arrays.fill(bucket, -1);
    for (int y : used) {
      int best = 0;
      double bestAdded = Double.MAX_VALUE;
      for (int b = 0; b < BUCKETS; b++) {
        double before = cost(b, -1, bucket, firsts, weights);
        bucket[y] = b;
        double added = cost(b, -1, bucket, firsts, weights) - before;
        bucket[y] = -1;
        if (added < bestAdded) {
          bestAdded = added;
          best = b;
        }
      }
      bucket[y] = best;
    }
    for (int pass = 0; pass < 32; pass++) {
      boolean moved = false;
      for (int y : used) {
        int from = bucket[y];
        double saved = cost(from, -1, bucket, firsts, weights)
            - cost(from, y, bucket, firsts, weights);
        int best = -1;
        double bestAdded = saved;
        for (int b = 0; b < BUCKETS; b++) {
          if (b == from) {
            continue;
          }
          double before = cost(b, -1, bucket, firsts, weights);
          bucket[y] = b;
          double added = cost(b, -1, bucket, firsts, weights) - before;
          bucket[y] = from;
          if (added < bestAdded - 1e-9) {
            bestAdded = added;
            best = b;
          }
        }
        if (best >= 0) {
          bucket[y] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return bucket;
  }

  /**
   * The weight of the candidates of bucket {@code b} that are not flagged, leaving out column
   * {@code without} (-1 for none).
   */
  private static double cost(int b, int without, int[] bucket, long[][] firsts,
      double[] weights) {
    long union0 = 0;
    long union1 = 0;
    for (int y = 0; y < 128; y++) {
      if (bucket[y] == b && y != without) {
        union0 |= firsts[y][0];
        union1 |= firsts[y][1];
      }
    }
    double cost = 0;
    for (int y = 0; y < 128; y++) {
      if (bucket[y] != b || y == without) {
        continue;
      }
      for (long rest = union0 & ~firsts[y][0]; rest != 0; rest &= rest - 1) {
        cost += weights[Long.numberOfTrailingZeros(rest) << 7 | y];
      }
      for (long rest = union1 & ~firsts[y][1]; rest != 0; rest &= rest - 1) {
        cost += weights[(64 + Long.numberOfTrailingZeros(rest)) << 7 | y];
      }
    }
    return cost;
  }
}
