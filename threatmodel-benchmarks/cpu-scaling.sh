#!/usr/bin/env bash
# Wall-clock and process CPU time of each step at each model size, one fresh JVM per step and size.
#
# usage: threatmodel-benchmarks/cpu-scaling.sh ["1000 10000 100000"] ["compose load-yaml load-json rules sarif check"]
#
# Each JVM runs the step R times (R = 6 up to 10,000 elements, 3 above) with -Xmx6g and reports the median of the
# runs after the first, which warms the JIT up. CPU time is that of the whole process (every thread: garbage
# collection and compilation count), read from the OperatingSystemMXBean; on a machine shared with other work it
# varies far less than wall-clock time. Needs target/benchmarks.jar (./mvnw -B -q -Pbenchmarks package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")"
sizes=${1:-"1000 10000 100000"}
ops=${2:-"compose load-yaml load-json rules sarif check"}
printf "%-10s %8s %14s %14s\n" step elements "median wall" "median cpu"
for n in $sizes; do
    runs=6
    [ "$n" -le 10000 ] || runs=${RUNS_LARGE:-3}
    for op in $ops; do
        out=$(java -Xmx6g -cp target/benchmarks.jar dev.threatmodel.bench.Probe "$op" "$n" "$runs")
        pairs=$(echo "$out" | grep ' run ' | tail -n +2 |
            sed -E 's/.*wall ([0-9.]+) ms, process cpu ([0-9.]+) ms/\1 \2/')
        mw=$(echo "$pairs" | cut -d' ' -f1 | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
        mc=$(echo "$pairs" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
        printf "%-10s %8d %11.0f ms %11.0f ms\n" "$op" "$n" "$mw" "$mc"
    done
done
