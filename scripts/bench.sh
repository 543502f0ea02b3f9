#!/usr/bin/env sh
# Builds the JMH suite and runs ScanBenchmark with the GC profiler, which adds
# gc.alloc.rate.norm (bytes allocated per corpus pass) to the MB/s figures.
# Extra arguments go to JMH, e.g. a quick look: scripts/bench.sh -f 1 -wi 2 -i 3
set -eu
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
exec java -jar benchmarks/target/benchmarks.jar ScanBenchmark -prof gc \
  -rf json -rff jmh-result-scan.json "$@"
