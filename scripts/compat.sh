#!/usr/bin/env bash
# Compatibility matrix: runs the test suites of logback-redactor, log4j2-redactor and
# redactor-spring-boot-starter against several Logback, Log4j 2 and Spring Boot versions, on JDK 17
# and on the newest JDK installed, and prints a markdown table. Too slow for .ci/run, which tests
# the default versions only.
#
# The modules are built once, against the versions the root POM manages, exactly as they ship;
# each cell then runs the tests again with the framework version overridden and nothing
# recompiled, so a cell answers "does the released jar work with this framework at run time".
#
# Usage: scripts/compat.sh            (about 25 minutes on 2 cores once the versions are downloaded)
# Environment:
#   JAVA17_HOME   JDK for the first column (default: the java on the PATH)
#   JAVA25_HOME   JDK for the second column, the newest one you have (default: the JDK with the
#                 highest version under /usr/lib/jvm; the column is left out if that is JDK 17)
#   MVN_ARGS      extra Maven arguments, e.g. "-o" once every version is in the local repository
#   COMPAT_LOGS   keep each cell's Maven log in this directory (default: deleted at the end)
#   COMPAT_ONLY   run only the rows whose name holds this text, e.g. "Spring Boot 4.0" or
#                 "Log4j" (default: every row)
# Exit status: 0 when every cell inside the supported range is green, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

# Logback line: version, the SLF4J it was built with, a logstash-logback-encoder for its tests
# (8.x needs Logback 1.5, 7.3 and later 1.3). Logback 1.2 is refused by every component: its
# cell runs the test that checks the refusal.
LOGBACK_CELLS=(
  "1.2.13 1.7.36 7.2"
  "1.3.16 2.0.7 7.4"
  "1.4.14 2.0.7 7.4"
  "1.5.6 2.0.13 8.1"
  "1.5.12 2.0.15 8.1"
  "1.5.38 2.0.17 8.1"
  "1.6.7 2.0.19 8.1"
)
LOG4J_CELLS=(2.17.2 2.20.0 2.23.1 2.25.3 2.26.1)
# Spring Boot line: version, and the Logback, SLF4J, Log4j and HttpClient it manages, so that the
# starter's applications run what a Boot application of that version gets. 3.2.12 is the oldest
# Boot the starter is tested on (Logback 1.4.14; no structured logging before 3.4).
BOOT_CELLS=(
  "3.2.12 1.4.14 2.0.16 2.21.1 5.2.3"
  "3.5.7 1.5.20 2.0.17 2.24.3 5.5.1"
  "4.0.7 1.5.34 2.0.18 2.25.4 5.5.2"
)
DEFAULTS="Logback 1.5.38|Log4j 2.25.3|Spring Boot 3.5.7"
NEWEST="Logback 1.6.7|Log4j 2.26.1|Spring Boot 4.0.7"

# The supported range the documentation states; a red cell inside it fails the run. Each line is
# tested at its latest release, and the supported range at its oldest one.
LOGBACK_MIN=1.3.0
LOG4J_MIN=2.17.2

java_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

newest_jdk() {
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*/; do
    home=${home%/}
    [[ -x "$home/bin/java" && ! -L "$home" ]] || continue
    major=$(java_major "$home")
    if [[ -n "$major" && "$major" -gt "$best_major" ]]; then
      best=$home best_major=$major
    fi
  done
  echo "$best"
}

JAVA17_HOME=${JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JAVA25_HOME=${JAVA25_HOME:-$(newest_jdk)}
JDKS=("$JAVA17_HOME")
if [[ -n "$JAVA25_HOME" && "$(readlink -f "$JAVA25_HOME")" != "$(readlink -f "$JAVA17_HOME")" ]]; then
  JDKS+=("$JAVA25_HOME")
fi

logs=${COMPAT_LOGS:+$(mkdir -p "$COMPAT_LOGS" && cd "$COMPAT_LOGS" && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
read -r -a mvn_args <<< "${MVN_ARGS:-}"

# Work on a copy of the working tree: a build running in the checkout meanwhile (an IDE, another
# terminal) would otherwise recompile target/ under the running tests, and the checkout's target/
# is left as it was.
mkdir "$work/src"
tar -cf - --exclude=.git --exclude=target . | tar -xf - -C "$work/src"
cd "$work/src"
logs=${logs:-$work/logs}
mkdir -p "$logs"

# redactor-core must be in the reactor so that the adapters see its fresh classes; its own tests
# are not part of the matrix, so every core test class is excluded by path.
find redactor-core/src/test/java -name '*.java' | sed 's|^redactor-core/src/test/java/||' > "$work/excludes"
echo '**/*$*' >> "$work/excludes"
# The Spring Boot cells run the starter's tests only.
cp "$work/excludes" "$work/excludes-boot"
find logback-redactor/src/test/java log4j2-redactor/src/test/java -name '*Test.java' \
  | sed 's|^[a-z0-9-]*/src/test/java/||' >> "$work/excludes-boot"

log() { echo "$*" >&2; }

log "building redactor-core, the adapters and the starter with the default versions"
if ! JAVA_HOME=$JAVA17_HOME mvn -B -q "${mvn_args[@]}" \
    -pl redactor-core,logback-redactor,log4j2-redactor,redactor-spring-boot-starter \
    -DskipTests package > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  log "build failed"
  exit 2
fi

# Prints "green (N tests, S skipped)" or "red: first error line" for one Maven run's log.
verdict() {
  local out=$1 rc=$2 total=0 bad=0 skipped=0 n f e k line
  while read -r n f e k; do
    total=$((total + n)); bad=$((bad + f + e)); skipped=$((skipped + k))
  done < <(sed -n 's/^\[[A-Z]*\] Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\)$/\1 \2 \3 \4/p' "$out")
  if [[ $rc -eq 0 && $bad -eq 0 && $total -gt $skipped ]]; then
    if [[ $skipped -gt 0 ]]; then
      echo "green ($total tests, $skipped skipped)"
    else
      echo "green ($total tests)"
    fi
    return
  fi
  # The first failing test as Surefire lists it, else the first error Maven reports.
  line=$(grep -m1 -E "^\[ERROR\] +'" "$out" \
    || grep -m1 -E '^\[ERROR\]   [A-Z][A-Za-z0-9.:]* » ' "$out" \
    || grep -m1 -E '^\[ERROR\]   [A-Z][A-Za-z0-9]*\.' "$out" \
    || grep -m1 -E '^\[ERROR\] .*(Could not|Failed to|missing|Exception|Error)' "$out" \
    || echo "no tests ran (exit $rc)")
  line=$(sed -e 's/^\[ERROR\] *//' -e 's/ @ .*//' -e 's/ *$//' -e "s|$work/src/||g" \
    -e 's/|/\\|/g' <<< "$line" | cut -c1-180)
  if [[ $total -gt 0 ]]; then
    echo "red ($bad of $total failed): $line"
  else
    echo "red: $line"
  fi
}

# Whether a row is to be run (COMPAT_ONLY).
wanted() { [[ -z "${COMPAT_ONLY:-}" || "$1" == *"$COMPAT_ONLY"* ]]; }

at_least() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }

declare -A result
failed_supported=0

run_cell() {
  local key=$1 jdk=$2 supported=$3; shift 3
  local out rc
  out="$logs/${key// /-}-jdk$(java_major "$jdk").log"
  log "running $key on $(basename "$jdk")"
  # Failed tests do not stop the run, so every Surefire execution reports; the counts decide.
  # The test phase resolves the reactor's modules from target/; with incremental compilation
  # off, nothing built above is compiled again against the cell's versions.
  JAVA_HOME=$jdk mvn -B "${mvn_args[@]}" -Dmaven.compiler.useIncrementalCompilation=false \
    -Dmaven.test.failure.ignore=true "$@" > "$out" 2>&1
  rc=$?
  result[$key,$jdk]=$(verdict "$out" $rc)
  if [[ $supported == yes && ${result[$key,$jdk]} == red* ]]; then
    failed_supported=1
  fi
}

for cell in "${LOGBACK_CELLS[@]}"; do
  read -r logback slf4j logstash <<< "$cell"
  wanted "Logback $logback" || continue
  supported=no; at_least "$logback" "$LOGBACK_MIN" && supported=yes
  only=(); [[ $supported == no ]] && only=(-Dtest=LogbackRefusalTest -Dsurefire.failIfNoSpecifiedTests=false)
  for jdk in "${JDKS[@]}"; do
    run_cell "Logback $logback" "$jdk" $supported -pl redactor-core,logback-redactor \
      -Dsurefire.excludesFile="$work/excludes" "${only[@]}" \
      -Dlogback.version="$logback" -Dslf4j.version="$slf4j" \
      -Dlogstash-logback-encoder.version="$logstash" test
  done
done

for log4j in "${LOG4J_CELLS[@]}"; do
  wanted "Log4j $log4j" || continue
  supported=no; at_least "$log4j" "$LOG4J_MIN" && supported=yes
  # Async loggers before Log4j 2.23 need Disruptor 3; the tests bring whichever the line takes.
  disruptor=4.0.0; at_least "$log4j" 2.23.0 || disruptor=3.4.4
  # SLF4J reaches Log4j through log4j-slf4j2-impl from 2.19, through log4j-slf4j-impl before.
  binding=(); at_least "$log4j" 2.19.0 \
    || binding=(-Dlog4j-slf4j-binding=log4j-slf4j-impl -Dslf4j.version=1.7.36)
  for jdk in "${JDKS[@]}"; do
    # Every Surefire execution of the module: the plain suite, the async-logger and garbage-free
    # ones with their system properties, and the descriptor check against the packaged jar.
    run_cell "Log4j $log4j" "$jdk" $supported -pl redactor-core,log4j2-redactor \
      -Dsurefire.excludesFile="$work/excludes" "${binding[@]}" \
      -Dlog4j.version="$log4j" -Ddisruptor.version="$disruptor" \
      test surefire:test@packaged-jar
  done
done

for cell in "${BOOT_CELLS[@]}"; do
  read -r boot logback slf4j log4j httpclient <<< "$cell"
  wanted "Spring Boot $boot" || continue
  for jdk in "${JDKS[@]}"; do
    # Both of the starter's executions: the applications on Logback, then on Log4j 2.
    run_cell "Spring Boot $boot" "$jdk" yes \
      -pl redactor-core,logback-redactor,log4j2-redactor,redactor-spring-boot-starter \
      -Dsurefire.excludesFile="$work/excludes-boot" -Dspring-boot.version="$boot" \
      -Dlogback.version="$logback" -Dslf4j.version="$slf4j" -Dlog4j.version="$log4j" \
      -Dhttpclient5.version="$httpclient" test
  done
done

header="| framework |"
rule="| --- |"
for jdk in "${JDKS[@]}"; do
  header+=" JDK $(java_major "$jdk") |"
  rule+=" --- |"
done
echo "$header"
echo "$rule"
rows=()
for cell in "${LOGBACK_CELLS[@]}"; do rows+=("Logback ${cell%% *}"); done
for log4j in "${LOG4J_CELLS[@]}"; do rows+=("Log4j $log4j"); done
for cell in "${BOOT_CELLS[@]}"; do rows+=("Spring Boot ${cell%% *}"); done
for row in "${rows[@]}"; do
  wanted "$row" || continue
  label=$row
  [[ "|$DEFAULTS|" == *"|$row|"* ]] && label+=" (default)"
  [[ "|$NEWEST|" == *"|$row|"* ]] && label+=" (newest)"
  line="| $label |"
  for jdk in "${JDKS[@]}"; do line+=" ${result[$row,$jdk]} |"; done
  echo "$line"
done
echo
echo "Supported range (a red cell there fails this script): Logback $LOGBACK_MIN and later," \
  "Log4j $LOG4J_MIN and later, Spring Boot 3.2 to 4.0, on every JDK in the table."
exit $failed_supported
