#!/usr/bin/env bash
# Gazette and Hugo side by side on the very same archive (issue 5), run by hand only:
# it uses the shared baseline scripts beside the project (../shared/bench), which nothing
# else in the repository depends on.
#
#   Benchmarks/versus-hugo.sh N [RUNS]        e.g. Benchmarks/versus-hugo.sh 100000 3
#
# - copies ../shared/bench to a scratch folder (the baseline's run_hugo.sh writes links
#   into its Hugo site) and lets its run_hugo.sh generate the archive (seed 42) and time
#   Hugo, one warm-up run first;
# - makes a Gazette site whose Content/ is a hard-linked copy of that archive's articles, with the same
#   page size (20) and feed length (20);
# - alternates: Gazette full build, Hugo full build, RUNS times; each Gazette run is
#   `rm -rf OUT SITE/.gazette; sync` then /usr/bin/time of `gazette build`; prints every run and the
#   medians. Hugo's own rows also go to /tmp/bench-results/results.tsv.
set -euo pipefail
N=${1:?usage: Benchmarks/versus-hugo.sh N [RUNS]}
RUNS=${2:-3}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$REPO/../shared/bench
[ -d "$SHARED" ] || { echo "no $SHARED: this script needs the shared baseline folder" >&2; exit 1; }
SCRATCH=/tmp/gazette-vs-hugo
rm -rf "$SCRATCH/bench"
mkdir -p "$SCRATCH"
cp -r "$SHARED" "$SCRATCH/bench"
chmod -R u+w "$SCRATCH/bench"

(cd "$REPO" && swift build -c release --product gazette >/dev/null)
GAZETTE=$REPO/.build/release/gazette

# Hugo's warm-up also generates the archive.
echo "== Hugo warm-up (generates /tmp/bench-archive-$N)"
WARMUP=1 "$SCRATCH/bench/run_hugo.sh" "$N" 0 >/dev/null 2>&1 || WARMUP=1 "$SCRATCH/bench/run_hugo.sh" "$N" 1 | tail -2

SITE=$SCRATCH/site-$N
OUT=/tmp/gazette-vs-hugo-out-$N
rm -rf "$SITE"
mkdir -p "$SITE"
# A copy made of hard links (a plain copy across file systems): a symbolic link leading
# out of the site folder is an error since issue 11.
cp -al "/tmp/bench-archive-$N/content/articles" "$SITE/Content" 2>/dev/null \
  || cp -r "/tmp/bench-archive-$N/content/articles" "$SITE/Content"
cat > "$SITE/site.yml" <<YML
title: Benchmark Archive
base_url: https://bench.example.org/
paginate: 20
feed_limit: 20
YML
"$GAZETTE" build --site "$SITE" --output "$OUT" >/dev/null   # warm-up

gazette_walls=()
hugo_lines=()
for round in $(seq 1 "$RUNS"); do
  # The build state (caches, the atomic swap's second copy) is in the site folder since
  # issue 11: a full build from nothing removes it with the output.
  rm -rf "$OUT" "$SITE/.gazette"; sync
  line=$( { /usr/bin/time -f '%e %U %S %M' "$GAZETTE" build --site "$SITE" --output "$OUT" >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$line"
  files=$(find "$OUT" -type f | wc -l)
  bytes=$(du -sb "$OUT" | cut -f1)
  printf 'gazette run %d: %s s wall, %.1f s CPU, %d MB RSS, %d files, %d MB\n' "$round" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$files" $((bytes / 1000000))
  gazette_walls+=("$wall")
  WARMUP=0 "$SCRATCH/bench/run_hugo.sh" "$N" 1 | grep -E "RESULT|MEDIAN" | head -1 | sed "s/^/hugo run $round: /"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "gazette median wall: $(median "${gazette_walls[@]}") s"

# The floor of each: copying its own output tree on the same disk.
for tree in "$OUT" "/tmp/hugo-out-$N"; do
  [ -d "$tree" ] || continue
  rm -rf "$tree.copy"; sync
  t=$( { /usr/bin/time -f '%e' cp -r "$tree" "$tree.copy"; } 2>&1 | tail -1)
  echo "cp -r of $(basename "$tree"): $t s, $(find "$tree" -type f | wc -l) files, $(( $(du -sb "$tree" | cut -f1) / 1000000 )) MB"
  rm -rf "$tree.copy"
done
