#!/usr/bin/env bash
# Speed benchmark of `gazette build` on a synthetic archive of N articles (issue 5).
#
#   Benchmarks/run.sh [--hugo] N [RUNS]        e.g. Benchmarks/run.sh 10000 3
#
# 1. builds `gazette` and `gazette-fixtures` in release mode;
# 2. generates the archive into $BENCH_ROOT/gazette-bench-N (seed $SEED), or reuses it
#    when its stamp (seed, N, hash of the generator's sources) matches, and copies the
#    repository's built-in templates into the site's own Templates/ (same bytes, so the
#    output is unchanged; the template step edits that copy);
# 3. one untimed warm-up build, then RUNS rounds; each round times, in this order:
#      full           rm -rf the output, sync, build
#      noop           build again, nothing changed
#      edit-article   append a sentence to one fixed article, build
#      add-article    write one new article (the newest), build
#      edit-template  append an HTML comment to Templates/article.mustache, build
#      cp-floor       cp -r of the output to a sibling folder on the same disk
#    the URL ledger (published-urls.txt) is put back with the added article's removal;
#    every step under /usr/bin/time -f '%e %U %S %M', after a sync; the edited files are
#    restored right after their step (and on exit), so rounds and runs are repeatable;
# 4. prints a Markdown table (median, min, max of wall, CPU = user + sys, peak RSS) and
#    appends one raw row per step and round to $RESULTS.
#
# --hugo: after each round also run ../shared/bench/run_hugo.sh N 1 (the baseline
# scripts beside the project; run-by-hand only, nothing else here depends on them).
#
# Environment: SEED (42), RUNS (3, or the second argument), BENCH_ROOT (/tmp: where the
# archive lives), OUT_ROOT (/tmp: where the output and the copy go; /dev/shm for tmpfs),
# RESULTS (/tmp/gazette-bench-results.tsv), WARMUP (1; 0 skips the warm-up build).
set -euo pipefail

usage() { echo "usage: Benchmarks/run.sh [--hugo] N [RUNS]" >&2; exit 64; }
WITH_HUGO=0
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --hugo) WITH_HUGO=1 ;;
    -h|--help) usage ;;
    -*) echo "unknown option: $arg" >&2; usage ;;
    *) ARGS+=("$arg") ;;
  esac
done
[ "${#ARGS[@]}" -ge 1 ] && [ "${#ARGS[@]}" -le 2 ] || usage
N=${ARGS[0]}
RUNS=${ARGS[1]:-${RUNS:-3}}
[[ "$N" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ ]] || usage
SEED=${SEED:-42}
BENCH_ROOT=${BENCH_ROOT:-/tmp}
OUT_ROOT=${OUT_ROOT:-/tmp}
RESULTS=${RESULTS:-/tmp/gazette-bench-results.tsv}

REPO=$(cd "$(dirname "$0")/.." && pwd)
SITE=$BENCH_ROOT/gazette-bench-$N
OUT=$OUT_ROOT/gazette-bench-$N-out
COPY=$OUT_ROOT/gazette-bench-$N-copy
SAVED=$SITE/.bench                      # pristine copies of the files the steps edit
ADDED=$SITE/Content/2025/12/zz-bench-added-article.md
HUGO_SCRIPT=$REPO/../shared/bench/run_hugo.sh

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (apt-get install time)" >&2
  apt-get install -y time >/dev/null || { echo "GNU time is missing: apt-get install time" >&2; exit 1; }
fi
if [ "$WITH_HUGO" = 1 ] && [ ! -x "$HUGO_SCRIPT" ]; then
  echo "--hugo: $HUGO_SCRIPT not found" >&2; exit 1
fi

# --- 1. build -----------------------------------------------------------------------------
cd "$REPO"
swift build -c release --product gazette-fixtures
swift build -c release --product gazette
BIN=$(swift build -c release --show-bin-path)
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT="$COMMIT+dirty"; fi

# --- 2. archive (cached) -------------------------------------------------------------------
. "$REPO/Benchmarks/fixture-archive.sh"
ensure_archive "$SITE" "$N" "$SEED" "$BIN" "$REPO"

# The files the steps change, put back from $SAVED (also after an interrupted run).
restore() {
  if [ -f "$SAVED/article.md" ] && [ -f "$SAVED/article.path" ]; then
    cp -p "$SAVED/article.md" "$SITE/$(cat "$SAVED/article.path")"
  fi
  if [ -f "$SAVED/article.mustache" ]; then cp -p "$SAVED/article.mustache" "$SITE/Templates/article.mustache"; fi
  rm -f "$ADDED"
  rmdir -p "$(dirname "$ADDED")" 2>/dev/null || true   # only folders the archive did not have
  # The URL ledger as it was before the added article was published (Gazette refuses to drop
  # a published URL, so removing the article alone would fail the next build).
  if [ -f "$SAVED/published-urls.txt" ]; then cp -p "$SAVED/published-urls.txt" "$SITE/published-urls.txt"; fi
  rm -rf "$COPY"
}
trap restore EXIT
restore

# The built-in theme as the site's own Templates/, refreshed from the repository each time.
rm -rf "$SITE/Templates"
cp -rp "$REPO/Templates" "$SITE/Templates"
mkdir -p "$SAVED"
cp -p "$SITE/Templates/article.mustache" "$SAVED/article.mustache"
# The edited article: the middle one in path order, so the same file for the same N.
if [ ! -f "$SAVED/article.path" ]; then
  (cd "$SITE" && find Content -name '*.md' | LC_ALL=C sort | sed -n "$((N / 2 + 1))p") > "$SAVED/article.path"
  cp -p "$SITE/$(cat "$SAVED/article.path")" "$SAVED/article.md"
fi
EDITED=$SITE/$(cat "$SAVED/article.path")

# --- 3. measurements -------------------------------------------------------------------------
echo "gazette $COMMIT  N=$N  runs=$RUNS  seed=$SEED  site=$SITE ($(du -sm "$SITE/Content" | cut -f1) MB)  output=$OUT"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
[ -f "$RESULTS" ] || printf 'date\tcommit\tn\tseed\tout_root\tstep\trun\twall_s\tuser_s\tsys_s\tcpu_s\trss_mb\tfiles\tfile_bytes\tdu_bytes\n' > "$RESULTS"
ROWS=$(mktemp)
TIMES=$(mktemp)
LOG=$(mktemp)
trap 'restore; rm -f "$ROWS" "$TIMES" "$LOG"' EXIT

BUILD=("$BIN/gazette" build --site "$SITE" --output "$OUT")

# measure STEP RUN COMMAND...: sync, time the command, record a row.
measure() {
  local step=$1 run=$2; shift 2
  sync
  if ! /usr/bin/time -f '%e %U %S %M' -o "$TIMES" "$@" > "$LOG" 2>&1; then
    echo "step $step failed:" >&2; cat "$LOG" >&2; exit 1
  fi
  local wall user sys rss files file_bytes du_bytes
  read -r wall user sys rss < "$TIMES"
  local target=$OUT
  [ "$step" = cp-floor ] && target=$COPY
  files=$(find "$target" -type f | wc -l)
  file_bytes=$(find "$target" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}')
  du_bytes=$(du -sb "$target" | cut -f1)
  local row
  row=$(awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN{printf "%.2f\t%.2f\t%.2f\t%.2f\t%.0f", w, u, s, u + s, m / 1024}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$COMMIT" "$N" "$SEED" "$OUT_ROOT" \
    "$step" "$run" "$row" "$files" "$file_bytes" "$du_bytes" | tee -a "$RESULTS" >> "$ROWS"
  printf '  %-14s run %d: %6.2f s wall  %6.2f s CPU  %5.0f MB  %s\n' "$step" "$run" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')" "$(awk -v m="$rss" 'BEGIN{print m / 1024}')" \
    "$(grep -v '^$' "$LOG" | tail -n 1 | cut -c1-90)"
}

if [ "${WARMUP:-1}" = 1 ]; then
  rm -rf "$OUT" "$SITE/.gazette"; sync
  "${BUILD[@]}" > "$LOG" 2>&1 || { echo "warm-up build failed:" >&2; cat "$LOG" >&2; exit 1; }
  echo "warm-up: $(tail -n 1 "$LOG")"
fi

for run in $(seq 1 "$RUNS"); do
  echo "round $run/$RUNS"
  # A full build from nothing: the build state (caches, the swap's second copy) lives in
  # the site folder's .gazette since issue 11, so removing the output alone leaves it warm.
  rm -rf "$OUT" "$SITE/.gazette"
  measure full "$run" "${BUILD[@]}"
  measure noop "$run" "${BUILD[@]}"

  printf '\nThe benchmark appended this sentence in round %d.\n' "$run" >> "$EDITED"
  measure edit-article "$run" "${BUILD[@]}"
  cp -p "$SAVED/article.md" "$EDITED"

  cp -p "$SITE/published-urls.txt" "$SAVED/published-urls.txt"
  mkdir -p "$(dirname "$ADDED")"
  cat > "$ADDED" <<EOF
---
title: "Benchmark Adds One Article In Round $run"
date: 2025-12-31T23:30:00+00:00
section: "News"
authors: ["Gazette Benchmark"]
tags: ["benchmark", "council"]
summary: "One new article, the newest of the archive, written by the benchmark."
---

The benchmark wrote this article to time a rebuild after one new story.

It is removed again right after the measurement.
EOF
  measure add-article "$run" "${BUILD[@]}"
  rm -f "$ADDED"; rmdir -p "$(dirname "$ADDED")" 2>/dev/null || true
  cp -p "$SAVED/published-urls.txt" "$SITE/published-urls.txt"

  printf '<!-- edited by the benchmark, round %d -->\n' "$run" >> "$SITE/Templates/article.mustache"
  measure edit-template "$run" "${BUILD[@]}"
  cp -p "$SAVED/article.mustache" "$SITE/Templates/article.mustache"

  rm -rf "$COPY"
  measure cp-floor "$run" cp -r "$OUT" "$COPY"
  rm -rf "$COPY"

  if [ "$WITH_HUGO" = 1 ]; then
    WARMUP=$([ "$run" = 1 ] && echo 1 || echo 0) "$HUGO_SCRIPT" "$N" 1
  fi
done

# --- 4. summary ----------------------------------------------------------------------------
echo
echo "| step | median wall s | min-max wall s | median CPU s | min-max CPU s | median RSS MB | min-max RSS MB | files | file MB | du MB |"
echo "|---|---:|---|---:|---|---:|---|---:|---:|---:|"
for step in full noop edit-article add-article edit-template cp-floor; do
  awk -F'\t' -v step="$step" '
    function median(a, n,   s, i, j, t) {
      for (i = 1; i <= n; i++) s[i] = a[i]
      for (i = 2; i <= n; i++) { t = s[i]; for (j = i - 1; j >= 1 && s[j] > t; j--) s[j + 1] = s[j]; s[j + 1] = t }
      return n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
    }
    function lo(a, n,   i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] < m) m = a[i]; return m }
    function hi(a, n,   i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
    $6 == step { n++; w[n] = $8; c[n] = $11; r[n] = $12; f = $13; b = $14; d = $15 }
    END {
      if (n == 0) exit
      printf "| %s | %.2f | %.2f-%.2f | %.2f | %.2f-%.2f | %.0f | %.0f-%.0f | %d | %.1f | %.1f |\n", step,
        median(w, n), lo(w, n), hi(w, n), median(c, n), lo(c, n), hi(c, n), median(r, n), lo(r, n), hi(r, n), f, b / 1e6, d / 1e6
    }' "$ROWS"
done
echo
echo "raw rows appended to $RESULTS"
