#!/usr/bin/env bash
# What the atomic swap (issue 11) costs an incremental rebuild: for each gazette binary given,
# a full build of SITE into its own output, then RUNS rounds of "append a sentence to one
# article, rebuild" (a body edit: the quick rebuild writes the article and its feeds), each
# timed with /usr/bin/time after a sync, plus what the commit and swap took (printed with
# GAZETTE_TIMINGS=1 by binaries that have the swap; "-" for older ones).
#
#   Benchmarks/swap.sh SITE RUNS BINARY...     e.g. Benchmarks/swap.sh /tmp/gazette-bench-100000 5 old/gazette new/gazette
#
# SITE is an archive from gazette-fixtures (Benchmarks/run.sh makes one). Outputs go to
# OUT_ROOT (/tmp). The edited article is restored on exit. Prints one line per rebuild:
# binary, round, wall s, commit s, files written, and the median wall time per binary.
set -euo pipefail
[ "$#" -ge 3 ] || { echo "usage: Benchmarks/swap.sh SITE RUNS BINARY..." >&2; exit 64; }
SITE=$1; RUNS=$2; shift 2
OUT_ROOT=${OUT_ROOT:-/tmp}
ARTICLE=$(cd "$SITE" && find Content -name '*.md' | LC_ALL=C sort | sed -n '1000p')
SAVED=$(mktemp)
cp -p "$SITE/$ARTICLE" "$SAVED"
TIMES=$(mktemp); LOG=$(mktemp)
trap 'cp -p "$SAVED" "$SITE/$ARTICLE"; rm -f "$SAVED" "$TIMES" "$LOG"' EXIT
echo "site=$SITE  edited=$ARTICLE  machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)"
number=0
for BIN in "$@"; do
  number=$((number + 1))
  OUT=$OUT_ROOT/gazette-swap-$number-out
  rm -rf "$OUT" "$SITE/.gazette"
  cp -p "$SAVED" "$SITE/$ARTICLE"
  /usr/bin/time -f '%e' -o "$TIMES" "$BIN" build --quiet --site "$SITE" --output "$OUT"
  echo "$BIN: full build $(cat "$TIMES") s, $(find "$OUT" -type f | wc -l) files"
  walls=()
  for run in $(seq 1 "$RUNS"); do
    printf '\nThe benchmark appended this sentence in round %d.\n' "$run" >> "$SITE/$ARTICLE"
    sync
    GAZETTE_TIMINGS=1 /usr/bin/time -f '%e' -o "$TIMES" "$BIN" build --site "$SITE" --output "$OUT" > "$LOG" 2>&1
    wall=$(cat "$TIMES")
    commit=$(grep -o 'commit and swap: [0-9.]*' "$LOG" | grep -o '[0-9.]*$' || echo -)
    walls+=("$wall")
    echo "  round $run: ${wall} s wall, commit and swap ${commit} s; $(grep -o '[0-9]* written' "$LOG" | head -n 1)"
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR] = $1} END {printf "  median wall %.2f s (min %.2f, max %.2f, n=%d)\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), a[1], a[NR], NR}'
  rm -rf "$OUT"
done
