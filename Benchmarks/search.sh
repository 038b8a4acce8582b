#!/usr/bin/env bash
# Search benchmark (issue 13): what the built-in index costs a build, what it adds to the
# output, what a cold query fetches, and Pagefind on the same output.
#
#   Benchmarks/search.sh N [RUNS]        e.g. Benchmarks/search.sh 10000 3
#
# RUNS=0 skips the timed rounds (and leaves the archive untouched): one full build of the
# `on` site, then steps 3 and 4 only.
#
# 1. builds `gazette` and `gazette-fixtures` in release mode; generates the fixture archive
#    into $BENCH_ROOT/gazette-bench-N as run.sh does (same stamp, so the two share it), and
#    two sites beside it whose Content/ is a hard-linked copy of the archive's (a symbolic
#    link leading outside the site folder is an error): `on` (its site.yml) and `off` (the
#    same plus `search: false`);
# 2. RUNS rounds, each timed with /usr/bin/time after a sync: a full build of each (output
#    removed first), then one article's body edited (a sentence appended to the middle
#    article in path order, put back afterwards) and each rebuilt, then one new article
#    added (the newest) and the search site rebuilt;
# 3. counts the files and bytes under search/ against the whole output;
# 4. runs Benchmarks/search_queries.py on the search output (cold queries in Chromium:
#    bytes of index files fetched, time to results), served by `python3 -m http.server`
#    (no Range support: whole files) and by `gazette serve` (byte ranges);
# 5. when N <= PAGEFIND_MAX (30000), runs Pagefind 1.5.2 (`python3 -m pagefind_bin`, from
#    `pip install pagefind-bin`) on the article pages of the `off` output, timed the same way.
#
# Environment: SEED (42), BENCH_ROOT (/tmp), OUT_ROOT (/tmp), PAGEFIND_MAX (30000),
# QUERY_RUNS (3). Prints every measurement, then medians with min-max.
set -euo pipefail
[ $# -ge 1 ] && [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "usage: Benchmarks/search.sh N [RUNS]" >&2; exit 64; }
N=$1
RUNS=${2:-3}
SEED=${SEED:-42}
BENCH_ROOT=${BENCH_ROOT:-/tmp}
OUT_ROOT=${OUT_ROOT:-/tmp}
PAGEFIND_MAX=${PAGEFIND_MAX:-30000}
REPO=$(cd "$(dirname "$0")/.." && pwd)
ARCHIVE=$BENCH_ROOT/gazette-bench-$N
SITES=$BENCH_ROOT/gazette-search-$N
OUT=$OUT_ROOT/gazette-search-$N-out
ADDED=Content/2025/12/zz-search-bench-added.md

cd "$REPO"
swift build -c release --product gazette-fixtures
swift build -c release --product gazette
BIN=$(swift build -c release --show-bin-path)
COMMIT=$(git rev-parse --short HEAD)$([ -n "$(git status --porcelain --untracked-files=no)" ] && echo +dirty || true)

. "$REPO/Benchmarks/fixture-archive.sh"
ensure_archive "$ARCHIVE" "$N" "$SEED" "$BIN" "$REPO"
for mode in on off; do
  rm -rf "${SITES:?}/$mode"; mkdir -p "$SITES/$mode"
  # Hard links: an edit to an archive file (in place) is seen by both sites.
  cp -al "$ARCHIVE/Content" "$SITES/$mode/Content"
  cp "$ARCHIVE/site.yml" "$SITES/$mode/site.yml"
done
echo "search: false" >> "$SITES/off/site.yml"
EDITED=$ARCHIVE/$(cd "$ARCHIVE" && find Content -name '*.md' | LC_ALL=C sort | sed -n "$((N / 2 + 1))p")
SAVED=$(mktemp -d)
cp -p "$EDITED" "$SAVED/article.md"
TIMES=$(mktemp); LOG=$(mktemp); ROWS=$(mktemp)
restore() { [ "$RUNS" -eq 0 ] || cp -p "$SAVED/article.md" "$EDITED"; rm -f "$SITES/on/$ADDED" "$SITES/off/$ADDED"; }
trap 'restore; rm -rf "$SAVED" "$TIMES" "$LOG" "$ROWS"' EXIT

echo "gazette $COMMIT  N=$N  runs=$RUNS  machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB"
# timed STEP COMMAND...: one measurement, printed and kept for the summary.
timed() {
  local step=$1; shift
  sync
  /usr/bin/time -f '%e %U %S %M' -o "$TIMES" "$@" > "$LOG" 2>&1 || { echo "$step failed:" >&2; cat "$LOG" >&2; exit 1; }
  read -r wall user sys rss < "$TIMES"
  printf '%s\t%s\t%s\t%.0f\n' "$step" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')" "$(awk -v m="$rss" 'BEGIN{print m / 1024}')" >> "$ROWS"
  printf '  %-22s %7.2f s wall  %7.2f s CPU  %6.0f MB  %s\n' "$step" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')" \
    "$(awk -v m="$rss" 'BEGIN{print m / 1024}')" "$(grep -v '^$' "$LOG" | tail -n 1 | cut -c1-80)"
}
for run in $(seq 1 "$RUNS"); do
  echo "round $run/$RUNS"
  for mode in on off; do
    rm -rf "$OUT-$mode" "$SITES/$mode/.gazette"; sync
    timed "full-search-$mode" "$BIN/gazette" build --site "$SITES/$mode" --output "$OUT-$mode"
  done
  printf '\nThe search benchmark appended this sentence in round %d.\n' "$run" >> "$EDITED"
  for mode in on off; do timed "edit-article-search-$mode" "$BIN/gazette" build --site "$SITES/$mode" --output "$OUT-$mode"; done
  cp -p "$SAVED/article.md" "$EDITED"
  for mode in on off; do
    printf -- '---\ntitle: "Search benchmark adds one article in round %d"\ndate: 2025-12-31T23:30:00+00:00\nsection: News\n---\n\nA new story about the harbour.\n' "$run" > "$SITES/$mode/$ADDED"
  done
  for mode in on off; do timed "add-article-search-$mode" "$BIN/gazette" build --site "$SITES/$mode" --output "$OUT-$mode"; done
  rm -f "$SITES/on/$ADDED" "$SITES/off/$ADDED"
  # The URL ledger (issue 12) keeps published URLs: the added article goes on purpose.
  for mode in on off; do "$BIN/gazette" build --site "$SITES/$mode" --output "$OUT-$mode" --quiet --accept-gone; done
done

if [ "$RUNS" -eq 0 ]; then
  rm -rf "$OUT-on" "$SITES/on/.gazette"
  timed "full-search-on" "$BIN/gazette" build --site "$SITES/on" --output "$OUT-on"
fi

echo
echo "| step | median wall s | min-max wall s | median CPU s | median peak RSS MB | min-max RSS MB |"
echo "|---|---:|---|---:|---:|---|"
for step in $(cut -f1 "$ROWS" | awk '!seen[$0]++'); do
  awk -F'\t' -v step="$step" '$1 == step { n++; w[n] = $2; c[n] = $3; m[n] = $4 }
    function med(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { printf "| %s | %.2f | %.2f-%.2f | ", step, med(w, n), w[1], w[n]; printf "%.2f | ", med(c, n); printf "%.0f | %.0f-%.0f |\n", med(m, n), m[1], m[n] }' "$ROWS"
done

total_files=$(find "$OUT-on" -type f -not -name '.gazette*' | wc -l)
total_bytes=$(find "$OUT-on" -type f -not -name '.gazette*' -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
index_files=$(find "$OUT-on/search" -type f -not -name index.html | wc -l)
index_bytes=$(find "$OUT-on/search" -type f -not -name index.html -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
echo
echo "index: $index_files files, $index_bytes bytes; output with search: $total_files files, $total_bytes bytes" \
  "($(awk -v a="$index_bytes" -v b="$total_bytes" 'BEGIN{printf "%.1f", 100 * a / (b - a)}')% added to the output without it)"
for kind in p w d; do
  echo "  search/$kind: $(find "$OUT-on/search/$kind" -type f | wc -l) files, largest $(find "$OUT-on/search/$kind" -type f -printf '%s\n' | sort -n | tail -1) bytes, median $(find "$OUT-on/search/$kind" -type f -printf '%s\n' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}') bytes"
done
echo "  search/index.json: $(stat -c %s "$OUT-on/search/index.json") bytes"

echo
echo "cold queries (Chromium, python3 -m http.server on localhost: no byte ranges, whole files):"
python3 "$REPO/Benchmarks/search_queries.py" "$OUT-on" "${QUERY_RUNS:-3}"
echo
echo "cold queries (Chromium, gazette serve on localhost: byte ranges):"
python3 "$REPO/Benchmarks/search_queries.py" "$OUT-on" "${QUERY_RUNS:-3}" "$BIN/gazette" "$SITES/on"

if [ "$N" -le "$PAGEFIND_MAX" ]; then
  echo
  echo "Pagefind $(python3 -m pagefind_bin --version 2>/dev/null) on the article pages of the output without search:"
  rm -rf "$OUT-pagefind"
  timed pagefind python3 -m pagefind_bin --site "$OUT-off" --glob '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*.html' --output-path "$OUT-pagefind"
  echo "  pagefind output: $(find "$OUT-pagefind" -type f | wc -l) files, $(find "$OUT-pagefind" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}') bytes"
fi
