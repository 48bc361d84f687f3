#!/usr/bin/env bash
# The costly model shapes of issue 18, each checked with all four reports, against a plain model of the same file size.
#
# usage: threatmodel-benchmarks/hostile-shapes.sh [shape n ...]   (default: the sizes of issue 18)
#
# For each shape and size, HostileShapes writes the model, ShapeCheck runs ThreatModelCheck.run once in a fresh JVM
# (-Xmx4g, at most 600 s) with SARIF, Markdown, HTML and DOT reports, and prints the file size, the time, the peak heap,
# the size of the four reports and whether the model was checked or refused (with the first problem). Then a plain
# model (ModelGenerator) of about the same file size is checked the same way, and the ratio of the two times is
# printed: a shape whose cost is linear in its file size has a ratio near 1 (or below, when it is refused early).
# One run each: on a shared machine, ratios within a factor of about 2 are noise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/threatmodel-benchmarks/target/hostile-shapes"
mkdir -p "$work"
./mvnw -B -q -o -pl threatmodel-rules,threatmodel-benchmarks compile dependency:build-classpath \
    -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cp="$root/threatmodel-benchmarks/target/classes:$root/threatmodel-rules/target/classes:$(cat "$work/cp.txt")"
java_run() { timeout --kill-after=10 600 java -Xmx4g -cp "$cp" "$@" || echo "- - - - timed out or failed ($?)"; }

if [ $# -eq 0 ]; then
    set -- td-concentric 400 td-concentric 800 td-long-lines 64000 nested-zones 1000 nested-zones 4000 \
        nested-zones 16000 otm-nested 8000 flat-simple 10000 flat-simple 40000
fi

# bytes per element of the plain model, to size the plain model of each comparison
java_run dev.threatmodel.bench.HostileShapes flat 1000 "$work/plain-1000.yaml" >/dev/null
per_element=$(( $(stat -c %s "$work/plain-1000.yaml") / 1000 ))

printf "%-22s %10s %9s %8s %12s %9s %7s  %s\n" shape bytes ms heapMiB reportBytes plainMs ratio outcome
while [ $# -ge 2 ]; do
    shape=$1 n=$2
    shift 2
    ext=yaml
    case $shape in td-*|otm-*) ext=json ;; esac
    file="$work/$shape-$n.$ext"
    java_run dev.threatmodel.bench.HostileShapes "$shape" "$n" "$file" >/dev/null
    rm -rf "$work/out-shape"
    read -r bytes ms heap reports outcome < <(java_run dev.threatmodel.bench.ShapeCheck "$file" "$work/out-shape")
    plain_n=$(( bytes / per_element ))
    [ "$plain_n" -lt 10 ] && plain_n=10
    plain="$work/plain-$plain_n.yaml"
    [ -f "$plain" ] || java_run dev.threatmodel.bench.HostileShapes flat "$plain_n" "$plain" >/dev/null
    rm -rf "$work/out-plain"
    read -r _ plain_ms _ _ _ < <(java_run dev.threatmodel.bench.ShapeCheck "$plain" "$work/out-plain")
    ratio=$(awk -v a="$ms" -v b="$plain_ms" 'BEGIN { if (b > 0 && a ~ /^[0-9]+$/) printf "%.2f", a / b; else print "-" }')
    printf "%-22s %10s %9s %8s %12s %9s %7s  %s\n" "$shape $n" "$bytes" "$ms" "$heap" "$reports" "$plain_ms" \
        "$ratio" "$outcome"
done
