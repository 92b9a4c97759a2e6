#!/usr/bin/env bash
# Instruction counts of the one-to-all searches alone, under valgrind's callgrind (stable on a
# shared, noisy machine where wall times are not).
#
#   tools/bench/callgrind.sh BENCH_BINARY MAP SOURCES.csv [OUT_DIR]
#
# BENCH_BINARY is a release `patrolmap-bench`; it loads MAP and builds the car graph with
# callgrind's instrumentation off, says "ready", and the script turns instrumentation on
# (callgrind_control -i on) before letting it run the searches from SOURCES.csv. Prints the
# instructions counted (Ir) and the top functions; the raw profile stays in OUT_DIR.
set -euo pipefail
bench="$1" map="$2" sources="$3" out="${4:-.build-bench/callgrind}"
mkdir -p "$out"
fifo="$out/stdin"
rm -f "$fifo" && mkfifo "$fifo"
profile="$out/callgrind.out"
rm -f "$profile"
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$profile" \
    "$bench" "$map" /dev/null "$sources" --profile car --runs 1 --callgrind-wait < "$fifo" > "$out/stdout" 2> "$out/stderr" &
pid=$!
exec 3> "$fifo"
until grep -q '^ready' "$out/stderr" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "callgrind.sh: the bench stopped early" >&2; cat "$out/stderr" >&2; exit 1; }
    sleep 2
done
callgrind_control -i on "$pid" > /dev/null
echo go >&3
exec 3>&-
wait "$pid"
cat "$out/stdout"
callgrind_annotate "$profile" 2> /dev/null | sed -n '/Ir/,+14p' | head -24
