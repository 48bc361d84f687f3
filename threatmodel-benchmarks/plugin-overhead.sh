#!/usr/bin/env bash
# How much time the threatmodel:check goal adds to `verify` of the blog example in a real Maven build.
#
# usage: threatmodel-benchmarks/plugin-overhead.sh [runs]      (default 7 runs of each variant)
#
# Three variants of examples/blog are built with `./mvnw -B -q -o verify`, interleaved run by run so that a change in
# the machine's load hits all three alike, after one unmeasured warm-up build of each:
#   without  the example's POM with the plugin removed (what verify costs with no threat-model check at all)
#   skipped  the example as it is, run with -Dthreatmodel.skip=true (plugin resolved and loaded, check skipped)
#   checked  the example as it is (the plugin loads the model, runs every rule and writes target/threatmodel.sarif)
# For each it prints the median wall-clock time and the median CPU time (user + system, Maven's JVM included), then
# the differences checked - without and checked - skipped.
#
# The plugin is installed first into a private local repository under target/ that falls back on ~/.m2 for everything
# else (Maven 3.9's chained local repository), so nothing under ~/.m2 changes. Needs the dependencies in ~/.m2 already
# (run a normal build once); runs offline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-7}
work="$root/threatmodel-benchmarks/target/plugin-overhead"
repo="$work/m2"
rm -rf "$work"
mkdir -p "$work"
repo_args=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")

echo "installing the plugin into $repo ..."
./mvnw -B -q -o "${repo_args[@]}" install -DskipTests -Dinvoker.skip=true \
    -pl threatmodel-rules,threatmodel-maven-plugin -am

for variant in without skipped checked; do
    mkdir -p "$work/$variant"
    cp examples/blog/threatmodel.yaml "$work/$variant/"
    mkdir -p "$work/$variant/.mvn"   # an empty .mvn: the variant is the top of its own build
done
cp examples/blog/pom.xml "$work/skipped/pom.xml"
cp examples/blog/pom.xml "$work/checked/pom.xml"
# the same POM without its <build> section: no plugin at all
python3 - "$root/examples/blog/pom.xml" "$work/without/pom.xml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(re.sub(r"\s*<build>.*?</build>", "", text, flags=re.S))
PY

build() { # variant -> "wall cpu" in seconds
    local variant=$1 extra=()
    [ "$variant" = skipped ] && extra=(-Dthreatmodel.skip=true)
    local t
    if ! /usr/bin/time -o "$work/$variant.time" -f "%e %U %S" ./mvnw -B -q -o "${repo_args[@]}" \
            -f "$work/$variant/pom.xml" verify "${extra[@]}" >"$work/$variant.log" 2>&1; then
        echo "build of $variant failed; see $work/$variant.log" >&2
        cat "$work/$variant.log" >&2
        exit 1
    fi
    t=$(tail -n 1 "$work/$variant.time")
    awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

for variant in without skipped checked; do build "$variant" >/dev/null; done   # warm-up: disk cache, JIT-less start
[ -f "$work/checked/target/threatmodel.sarif" ] || { echo "the checked build wrote no SARIF" >&2; exit 1; }

declare -A wall cpu
for i in $(seq 1 "$runs"); do
    for variant in without skipped checked; do
        read -r w c < <(build "$variant")
        wall[$variant]+="$w "
        cpu[$variant]+="$c "
        echo "run $i $variant: wall ${w}s cpu ${c}s"
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
printf "%-8s %12s %12s\n" variant "median wall" "median cpu"
declare -A mw mc
for variant in without skipped checked; do
    mw[$variant]=$(median <<<"${wall[$variant]}")
    mc[$variant]=$(median <<<"${cpu[$variant]}")
    printf "%-8s %11.3fs %11.3fs\n" "$variant" "${mw[$variant]}" "${mc[$variant]}"
done
awk -v a="${mw[checked]}" -v b="${mw[without]}" -v c="${mc[checked]}" -v d="${mc[without]}" \
    'BEGIN {printf "checked - without: wall %+.3fs, cpu %+.3fs\n", a - b, c - d}'
awk -v a="${mw[checked]}" -v b="${mw[skipped]}" -v c="${mc[checked]}" -v d="${mc[skipped]}" \
    'BEGIN {printf "checked - skipped: wall %+.3fs, cpu %+.3fs\n", a - b, c - d}'
