#!/usr/bin/env bash
# Speed and memory of `gazette import wordpress` on a generated export of N posts (issue 14).
#
#   Benchmarks/import.sh N [RUNS]        e.g. Benchmarks/import.sh 100000 3
#
# 1. builds `gazette` in release mode;
# 2. generates $BENCH_ROOT/wxr-N.xml with Benchmarks/wxr-generate.py (seeded; about 10 KB
#    a post, so N = 100,000 gives about 1 GB), or reuses it when it exists;
# 3. RUNS times: imports it into a fresh site ($SITE_ROOT/wxr-N-site) under
#    /usr/bin/time -v (wall time, peak RSS), then once imports again (nothing changed: every
#    file is compared, none written) and builds the imported site into a fresh
#    $BENCH_ROOT/wxr-N-out;
# 4. prints wall, CPU and peak RSS of each step, and the median of the imports.
#
# Environment: BENCH_ROOT (/tmp: the export), SITE_ROOT (BENCH_ROOT: the imported site and
# its build; /dev/shm for tmpfs), SEED (42).
set -euo pipefail

[ $# -ge 1 ] && [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "usage: Benchmarks/import.sh N [RUNS]" >&2; exit 64; }
N=$1
RUNS=${2:-3}
BENCH_ROOT=${BENCH_ROOT:-/tmp}
SEED=${SEED:-42}
REPO=$(cd "$(dirname "$0")/.." && pwd)
EXPORT=$BENCH_ROOT/wxr-$N-seed$SEED.xml
SITE_ROOT=${SITE_ROOT:-$BENCH_ROOT}
SITE=$SITE_ROOT/wxr-$N-site
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
fi

cd "$REPO"
swift build -c release --product gazette
BIN=$(swift build -c release --show-bin-path)/gazette

if [ ! -s "$EXPORT" ]; then
  echo "generating $EXPORT"
  python3 "$REPO/Benchmarks/wxr-generate.py" "$N" "$SEED" > "$EXPORT.partial"
  mv "$EXPORT.partial" "$EXPORT"
fi
echo "export: $EXPORT ($(du -m "$EXPORT" | cut -f1) MB), N=$N, commit $(git rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB"

# measure LABEL COMMAND...: run under GNU time, print wall s, CPU s and peak RSS MB.
measure() {
  local label=$1; shift
  sync
  /usr/bin/time -v -o "$TIMES" "$@" > /dev/null
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$TIMES")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$TIMES")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$TIMES")
  printf '  %-10s %8.2f s wall  %8.2f s CPU  %6s MB peak RSS\n' "$label" "$wall" "$cpu" "$rss"
  echo "$wall" >> "$TIMES.walls"
}

rm -f "$TIMES.walls"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$SITE" && mkdir -p "$SITE"
  measure "import $run" "$BIN" import wordpress "$EXPORT" --site "$SITE"
done
echo "  median import: $(sort -n "$TIMES.walls" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') s (min $(sort -n "$TIMES.walls" | head -1), max $(sort -n "$TIMES.walls" | tail -1))"
rm -f "$TIMES.walls"
measure "re-import" "$BIN" import wordpress "$EXPORT" --site "$SITE"
echo "  files: $(find "$SITE/Content" -type f | wc -l), $(du -sm "$SITE/Content" | cut -f1) MB"
rm -rf "$BENCH_ROOT/wxr-$N-out"
measure "build" "$BIN" build --site "$SITE" --output "$BENCH_ROOT/wxr-$N-out" --quiet
rm -f "$TIMES.walls"
