#!/usr/bin/env bash
# What a baseline adds to a check: the whole check of a generated model (load, rules, SARIF file) without a baseline
# and with a git revision as baseline (the same model committed at HEAD, read with JGit, loaded and checked as well).
# Target: at most 2.0 times a plain check on 1,000 elements.
#
# For each size, BaselineOverhead first runs the two alternately in one JVM and prints the medians of wall-clock and
# thread CPU time and their ratios (the figure to trust on a busy machine); then, unless JMH=0, JMH's
# BaselineCheckBenchmark runs both and the ratio of its averages is printed.
#
# usage: threatmodel-benchmarks/baseline-overhead.sh [elements...]    (default 1000)
# Needs target/benchmarks.jar: ./mvnw -B -q -Pbenchmarks package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
sizes=("${@:-1000}")
jar=target/benchmarks.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -B -q -Pbenchmarks package -DskipTests first" >&2; exit 2; }
mkdir -p target/baseline-overhead
for n in "${sizes[@]}"; do
    java -Xmx6g -cp "$jar" dev.threatmodel.bench.BaselineOverhead "$n" 2>/dev/null
    [ "${JMH:-1}" = 0 ] && continue
    out=target/baseline-overhead/$n.csv
    java -jar "$jar" BaselineCheckBenchmark -p elements="$n" -rf csv -rff "$out" >target/baseline-overhead/$n.log
    python3 - "$out" "$n" <<'PY'
import csv, sys
rows = {r["Benchmark"].rsplit(".", 1)[1]: r for r in csv.DictReader(open(sys.argv[1]))}
plain = float(rows["plainCheck"]["Score"]); base = float(rows["baselineCheck"]["Score"])
print(f"{sys.argv[2]} elements: plain check {plain:.1f} ms (±{float(rows['plainCheck']['Score Error (99.9%)']):.1f}),"
      f" baseline check {base:.1f} ms (±{float(rows['baselineCheck']['Score Error (99.9%)']):.1f}):"
      f" ratio {base / plain:.2f} (target at most 2.00)")
PY
done
