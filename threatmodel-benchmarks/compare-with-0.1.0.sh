#!/usr/bin/env bash
# Times this version against 0.1.0, built from git, side by side on the same machine in the same run.
#
# usage: threatmodel-benchmarks/compare-with-0.1.0.sh [runs] [sizes] [--plugin]   (default 5 runs; sizes "100 1000 5000")
#
# 1. Builds 0.1.0 from its commit (git archive into target/, so the work tree is untouched) and this version.
# 2. Generates the models with 0.1.0's own generator (N elements, N/20 zones, 2N flows, about 30% crossing), as YAML
#    and JSON, so both versions read exactly the same files.
# 3. For each size and format runs, interleaved run by run so that a change in load hits all alike, after one
#    unmeasured warm-up of each (which also writes the launcher's class-data-sharing archive):
#      java      a trivial Java main: the floor any JVM command pays on this machine
#      old       0.1.0's command line as its docs run it: java -jar threatmodel-cli.jar check MODEL
#      new-jar   this version's jar the same way (plain JVM settings)
#      new       this version's launcher: bin/threatmodel check MODEL
#      new-git   the launcher again, on a copy of the model inside this git repository: the generated models link
#                code (mitigation references such as src/main/java/app/Control1.java), so this run also reads the
#                repository's history for them (rule TM604), which 0.1.0 never did
#    each writing the SARIF report, and prints median wall-clock and CPU (user + system) times, peak resident memory
#    (where GNU time is installed) and the ratios the performance targets are stated in. Every run but new-git works
#    in a scratch folder outside any git repository (as the other tools' runs did), with the model file there.
# 4. With --plugin, also times `verify` of examples/blog with each version's plugin, each version on its own copy of
#    the example (0.1.0's model predates code links), each installed into a private local repository that falls back
#    on ~/.m2: without (no plugin), old-skipped, old, new-skipped, new; and prints checked - skipped and
#    checked - without for each version. `compare-with-0.1.0.sh 5 "" --plugin` times the plugins only.
#
# CPU time is read from /proc (Linux). Needs git, a JDK and the dependencies in ~/.m2 (run a normal build once); runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
plugin=0
args=()
for a in "$@"; do
    if [ "$a" = --plugin ]; then plugin=1; else args+=("$a"); fi
done
runs=${args[0]:-5}
sizes=${args[1]-100 1000 5000}   # "" times the plugins only (with --plugin)
old_commit=${THREATMODEL_OLD_COMMIT:-80d5bb0}
work="$root/threatmodel-benchmarks/target/compare"
old_src="$work/old-src"
mkdir -p "$work"

if [ ! -f "$old_src/threatmodel-cli/target/threatmodel-cli-0.1.0-SNAPSHOT.jar" ]; then
    echo "building 0.1.0 ($old_commit) in $old_src ..."
    rm -rf "$old_src"
    mkdir -p "$old_src"
    git archive "$old_commit" | tar -x -C "$old_src"
    (cd "$old_src" && ./mvnw -B -q -o package -DskipTests -Dinvoker.skip=true -Pbenchmarks \
        -pl threatmodel-cli,threatmodel-benchmarks -am)
fi
echo "building this version ..."
./mvnw -B -q -o package -DskipTests -Dinvoker.skip=true -pl threatmodel-cli -am
new_home="$work/new-dist"
rm -rf "$new_home"
mkdir -p "$new_home"
tar -xzf threatmodel-cli/target/threatmodel-cli-*-distribution.tar.gz -C "$new_home" --strip-components=1
old_jar="$old_src/threatmodel-cli/target/threatmodel-cli-0.1.0-SNAPSHOT.jar"
new_jar=$(ls "$new_home"/lib/threatmodel-cli-*.jar)
export THREATMODEL_CDS_DIR="$work/cds"

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    >"$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"

# the models live outside any git repository, like the other tools' runs; new-git reads a copy inside this one
scratch=$(mktemp -d "${TMPDIR:-/tmp}/threatmodel-compare.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
if git -C "$scratch" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "the scratch folder $scratch lies inside a git work tree; set TMPDIR to a folder outside one" >&2
    exit 2
fi
for n in $sizes; do
    for ext in yaml json; do
        [ -f "$work/model-$n.$ext" ] || java -cp "$old_src/threatmodel-benchmarks/target/benchmarks.jar" \
            dev.threatmodel.bench.ModelGenerator "$n" "$work/model-$n.$ext" >/dev/null
        cp "$work/model-$n.$ext" "$scratch/"
    done
done

gnu_time=""
[ -x /usr/bin/time ] && /usr/bin/time -f %M true 2>/dev/null && gnu_time=/usr/bin/time

# variant model-file-name -> "wall cpu rss_kb" (rss 0 without GNU time); the exit status of a check with findings
# is 1. Every variant but new-git runs in the scratch folder.
measure() {
    local variant=$1 model=$2 cmd dir=$scratch
    case $variant in
        java) cmd=(java -cp "$work/hello" Hello) ;;
        old) cmd=(java -jar "$old_jar" check --output-dir out "$model") ;;
        new-jar) cmd=(java -jar "$new_jar" check --output-dir out "$model") ;;
        new) cmd=("$new_home/bin/threatmodel" check --output-dir out "$model") ;;
        new-git) dir=$work; cmd=("$new_home/bin/threatmodel" check --output-dir out "$model") ;;
    esac
    local start end t0 t1 rss=0 me=$BASHPID
    t0=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    start=$(date +%s.%N)
    if [ -n "$gnu_time" ]; then
        (cd "$dir" && "$gnu_time" -o "$work/rss" -f %M "${cmd[@]}" >/dev/null 2>&1) || true
        rss=$(tail -n 1 "$work/rss")
    else
        (cd "$dir" && "${cmd[@]}" >/dev/null 2>&1) || true
    fi
    end=$(date +%s.%N)
    t1=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    awk -v s="$start" -v e="$end" -v a="$t0" -v b="$t1" -v r="$rss" -v hz="$(getconf CLK_TCK)" \
        'BEGIN {printf "%.3f %.3f %d\n", e - s, (b - a) / hz, r}'
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf "\n%-6s %-5s %-8s %10s %10s %10s\n" size fmt variant "wall (s)" "cpu (s)" "rss (MB)"
for n in $sizes; do
    for ext in yaml json; do
        model="model-$n.$ext"
        declare -A wall=() cpu=() rss=()
        for v in java old new-jar new new-git; do measure "$v" "$model" >/dev/null; done
        for i in $(seq 1 "$runs"); do
            for v in java old new-jar new new-git; do
                read -r w c r < <(measure "$v" "$model")
                wall[$v]+="$w "; cpu[$v]+="$c "; rss[$v]+="$r "
            done
        done
        declare -A mw=() mc=()
        for v in java old new-jar new new-git; do
            mw[$v]=$(median <<<"${wall[$v]}")
            mc[$v]=$(median <<<"${cpu[$v]}")
            printf "%-6s %-5s %-8s %10.3f %10.3f %10.0f\n" "$n" "$ext" "$v" "${mw[$v]}" "${mc[$v]}" \
                "$(median <<<"${rss[$v]}" | awk '{print $1 / 1024}')"
        done
        awk -v n="$n" -v f="$ext" -v o="${mw[old]}" -v w="${mw[new]}" -v j="${mw[java]}" -v oc="${mc[old]}" \
            -v nc="${mc[new]}" 'BEGIN {printf "%-6s %-5s ratios: old/new wall %.2fx, cpu %.2fx; new/java wall %.1fx\n",
            n, f, o / w, oc / nc, w / j}'
    done
done

[ "$plugin" -eq 1 ] || exit 0
echo
echo "plugin: examples/blog verify with each version ..."
for version in old new; do
    src=$root
    [ "$version" = old ] && src=$old_src
    repo="$work/m2-$version"
    rm -rf "$repo"
    (cd "$src" && ./mvnw -B -q -o -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
        install -DskipTests -Dinvoker.skip=true -pl threatmodel-rules,threatmodel-maven-plugin -am)
done
# each version checks its own blog example (0.1.0's model has no code links, which 0.1.0 would refuse); "without"
# is this version's example with the plugin removed, so it is the floor for both
for variant in without old-skipped old new-skipped new; do
    src=$root
    case $variant in old*) src=$old_src ;; esac
    mkdir -p "$work/blog-$variant/.mvn"
    cp "$src/examples/blog/threatmodel.yaml" "$work/blog-$variant/"
    if [ "$variant" = without ]; then
        python3 - "$src/examples/blog/pom.xml" "$work/blog-$variant/pom.xml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(re.sub(r"\s*<build>.*?</build>", "", text, flags=re.S))
PY
    else
        cp "$src/examples/blog/pom.xml" "$work/blog-$variant/pom.xml"
    fi
done
build() { # variant -> "wall cpu"
    local variant=$1 repo="$work/m2-new" extra=()
    case $variant in old*) repo="$work/m2-old" ;; esac
    case $variant in *-skipped) extra=(-Dthreatmodel.skip=true) ;; esac
    local t0 t1 start end me=$BASHPID
    t0=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    start=$(date +%s.%N)
    ./mvnw -B -q -o -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
        -f "$work/blog-$variant/pom.xml" verify "${extra[@]}" >"$work/blog-$variant.log" 2>&1 \
        || { echo "build $variant failed: $work/blog-$variant.log" >&2; exit 1; }
    end=$(date +%s.%N)
    t1=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$me/stat")
    awk -v s="$start" -v e="$end" -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" \
        'BEGIN {printf "%.3f %.3f\n", e - s, (b - a) / hz}'
}
for v in without old-skipped old new-skipped new; do build "$v" >/dev/null; done
declare -A pw=() pc=()
for i in $(seq 1 "$runs"); do
    for v in without old-skipped old new-skipped new; do
        read -r w c < <(build "$v")
        pw[$v]+="$w "; pc[$v]+="$c "
    done
done
declare -A m=()
for v in without old-skipped old new-skipped new; do
    m[$v]=$(median <<<"${pw[$v]}")
    printf "%-12s median wall %.3fs, cpu %.3fs\n" "$v" "${m[$v]}" "$(median <<<"${pc[$v]}")"
done
for v in old new; do
    awk -v v="$v" -v c="${m[$v]}" -v s="${m[$v-skipped]}" -v w="${m[without]}" \
        'BEGIN {printf "%-4s check - skipped %+.3fs, check - without %+.3fs\n", v, c - s, c - w}'
done
