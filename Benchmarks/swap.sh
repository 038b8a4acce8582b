#!/usr/bin/env bash
# What the atomic swap (issue 11) costs an incremental rebuild: each gazette binary given
# makes a full build of SITE into its own output; then RUNS rounds in which, for each binary
# in turn (interleaved, so that both see the same machine load), a sentence is appended to
# one article and that binary rebuilds its output (a body edit: the quick rebuild writes the
# article and the feeds it is in). Each rebuild is timed with /usr/bin/time after a sync;
# binaries that have the swap also print what the commit and swap took (GAZETTE_TIMINGS=1).
#
#   Benchmarks/swap.sh SITE RUNS BINARY...     e.g. Benchmarks/swap.sh /tmp/gazette-bench-100000 5 old/gazette new/gazette
#
# SITE is an archive from gazette-fixtures (Benchmarks/run.sh makes one). EDIT=newest edits
# the last article in path order (the newest: in the site, section, tag and author feeds,
# about 13 files written); the default is the 1000th (an old one: 1 file). Outputs go to
# OUT_ROOT (/tmp) and are removed at the end; the edited article is restored on exit.
set -euo pipefail
[ "$#" -ge 3 ] || { echo "usage: Benchmarks/swap.sh SITE RUNS BINARY..." >&2; exit 64; }
SITE=$1; RUNS=$2; shift 2
OUT_ROOT=${OUT_ROOT:-/tmp}
if [ "${EDIT:-}" = newest ]; then
  ARTICLE=$(cd "$SITE" && find Content -name '*.md' | LC_ALL=C sort | tail -n 1)
else
  ARTICLE=$(cd "$SITE" && find Content -name '*.md' | LC_ALL=C sort | sed -n '1000p')
fi
SAVED=$(mktemp); TIMES=$(mktemp); LOG=$(mktemp); ROWS=$(mktemp)
cp -p "$SITE/$ARTICLE" "$SAVED"
cleanup() {
  cp -p "$SAVED" "$SITE/$ARTICLE"
  for number in $(seq 1 "$#"); do rm -rf "$OUT_ROOT/gazette-swap-$number-out"; done
  rm -f "$SAVED" "$TIMES" "$LOG" "$ROWS"
}
trap 'cleanup "$@"' EXIT
echo "site=$SITE  edited=$ARTICLE  commit=$(git -C "$(dirname "$0")" rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$SITE/.gazette"
number=0
for BIN in "$@"; do
  number=$((number + 1))
  OUT=$OUT_ROOT/gazette-swap-$number-out
  rm -rf "$OUT"
  GAZETTE_TIMINGS=1 /usr/bin/time -f '%e' -o "$TIMES" "$BIN" build --site "$SITE" --output "$OUT" > "$LOG" 2>&1
  commit=$(grep -o 'commit and swap: .*' "$LOG" | cut -d' ' -f4- || echo -)
  echo "$number $BIN: full build $(cat "$TIMES") s (commit and swap $commit), $(find "$OUT" -type f | wc -l) files"
done
for run in $(seq 1 "$RUNS"); do
  number=0
  for BIN in "$@"; do
    number=$((number + 1))
    printf '\nThe benchmark appended this sentence in round %d for binary %d.\n' "$run" "$number" >> "$SITE/$ARTICLE"
    sync
    GAZETTE_TIMINGS=1 /usr/bin/time -f '%e' -o "$TIMES" "$BIN" build --site "$SITE" --output "$OUT_ROOT/gazette-swap-$number-out" > "$LOG" 2>&1
    commit=$(grep -o 'commit and swap: .*' "$LOG" | cut -d' ' -f4- || echo -)
    echo "$number $(cat "$TIMES")" >> "$ROWS"
    echo "  round $run, binary $number: $(cat "$TIMES") s wall, commit and swap $commit; $(grep -o '[0-9]* written' "$LOG" | head -n 1)"
  done
done
number=0
for BIN in "$@"; do
  number=$((number + 1))
  awk -v n="$number" '$1 == n {print $2}' "$ROWS" | sort -n | awk -v bin="$BIN" '{a[NR] = $1} END {
    printf "%s: median wall %.2f s (min %.2f, max %.2f, n=%d)\n", bin, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), a[1], a[NR], NR}'
done
