#!/usr/bin/env bash
# The smallest Java heap (-Xmx) with which one operation on the generated model of N elements completes.
#
# usage: threatmodel-benchmarks/heap-bisect.sh <operation> <elements> [resolution-percent]
#   operation: check (load + all rules + SARIF file, as the goal runs it), load-yaml, load-json, compose, ...
#              (see dev.threatmodel.bench.Probe)
# Needs target/benchmarks.jar (./mvnw -B -q -Pbenchmarks package -DskipTests). Each try is a fresh JVM running the
# operation once with the default collector (G1); a try fails when the JVM runs out of heap. Starts at 20 times the
# size of the YAML file (the target), widens upwards if that fails, then halves the interval until it is within
# the resolution (default 5%). The answer bounds from above the heap the operation needs at its peak.
set -euo pipefail
cd "$(dirname "$0")"
op=${1:?operation}
n=${2:?elements}
resolution=${3:-5}
jar=target/benchmarks.jar
# write the model first, with room to spare, so that no try measures the generator
dir=$(java -cp "$jar" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.io.tmpdir/ {print $2}')/threatmodel-bench/g1
[ -f "$dir/model-$n.yaml" ] || java -Xmx2g -cp "$jar" dev.threatmodel.bench.ModelGenerator "$n" "$dir/model-$n.yaml"
[ -f "$dir/model-$n.json" ] || java -Xmx2g -cp "$jar" dev.threatmodel.bench.ModelGenerator "$n" "$dir/model-$n.json"
file_mb=$(( ($(stat -c %s "$dir/model-$n.yaml") + 1048575) / 1048576 ))

fits() { # heap in MB -> exit status 0 when the operation completes
    java -Xmx"$1"m -cp "$jar" dev.threatmodel.bench.Probe "$op" "$n" 1 >/dev/null 2>&1
}

hi=$(( file_mb * 20 ))
lo=0
while ! fits "$hi"; do
    echo "  -Xmx${hi}m: out of heap"
    lo=$hi
    hi=$(( hi * 3 / 2 ))
    [ "$hi" -le 32768 ] || { echo "$op $n: does not fit in 32 GB" >&2; exit 1; }
done
echo "  -Xmx${hi}m: completes"
[ "$lo" -gt 0 ] || lo=$(( file_mb / 2 ))
while [ $(( (hi - lo) * 100 )) -gt $(( hi * resolution )) ] && [ $(( hi - lo )) -gt 8 ]; do
    mid=$(( (lo + hi) / 2 ))
    if fits "$mid"; then echo "  -Xmx${mid}m: completes"; hi=$mid; else echo "  -Xmx${mid}m: out of heap"; lo=$mid; fi
done
awk -v op="$op" -v n="$n" -v h="$hi" -v f="$file_mb" \
    'BEGIN {printf "%s %d: needs at most -Xmx%dm; the YAML file is %d MB; ratio %.1f\n", op, n, h, f, h / f}'
