#!/usr/bin/env bash
# Gazette and Hugo side by side on the very same archive (issue 5), run by hand only:
# it uses the shared baseline scripts beside the project (../shared/bench), which nothing
# else in the repository depends on.
#
#   Benchmarks/versus-hugo.sh N [RUNS]        e.g. Benchmarks/versus-hugo.sh 100000 3
#
# - copies ../shared/bench to a scratch folder (the baseline's run_hugo.sh writes links
#   into its Hugo site) and lets its run_hugo.sh generate the archive (seed 42) and make
#   one warm-up build of Hugo;
# - makes Gazette sites whose Content/ is a hard-linked copy of that archive's articles, with
#   the same page size (20) and feed length (20);
# - alternates: Gazette full build, Hugo full build, RUNS times, then one `cp -r` of each
#   tool's output (the floor under each), and prints every run and the medians.
#
# Nothing is deleted while anything is timed. On a file system without a journal (this
# project's benchmark VM) ext4 checks every free inode it considers against the time it
# was freed and skips those freed in the last few minutes, so a build that starts right
# after a large `rm -rf` spends much of its system time scanning inode tables (seen as
# `recently_deleted` in `perf`; a 10,000-article build took 14.5 s instead of 7.4 s).
# So every timed run writes to a folder that did not exist (Gazette: a new site copy with
# no build state and a new output; Hugo: run_hugo.sh's OUT_ROOT pointed at a new folder,
# so its own `rm -rf` finds nothing), leftovers of earlier runs are deleted first, and the
# script waits PAUSE seconds (default 310) after that deletion before the first timing.
# The outputs stay until the end (about 4 GB per round at 100,000); KEEP=1 keeps them.
#
# RAM=1 writes both tools' outputs to a RAM disk (/dev/shm) instead, and deletes each
# output right after it is counted (deleting on tmpfs costs the next run nothing): the
# disk then drops out, and what is left is each tool's CPU and how well it uses the cores.
# It needs free memory for one output plus Hugo's peak (about 8 GB at 100,000).
set -euo pipefail
N=${1:?usage: Benchmarks/versus-hugo.sh N [RUNS]}
RUNS=${2:-3}
PAUSE=${PAUSE:-310}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$REPO/../shared/bench
[ -d "$SHARED" ] || { echo "no $SHARED: this script needs the shared baseline folder" >&2; exit 1; }
SCRATCH=/tmp/gazette-vs-hugo
RUNROOT=$SCRATCH/runs-$N
OUTROOT=$RUNROOT
if [ "${RAM:-0}" = 1 ]; then OUTROOT=/dev/shm/gazette-vs-hugo-$N; fi
rm -rf "$SCRATCH/bench" "$RUNROOT" "/tmp/gazette-vs-hugo-out-$N" "$SCRATCH/site-$N" "$OUTROOT"
mkdir -p "$SCRATCH" "$RUNROOT" "$OUTROOT"
cp -r "$SHARED" "$SCRATCH/bench"
chmod -R u+w "$SCRATCH/bench"

(cd "$REPO" && swift build -c release --product gazette >/dev/null)
GAZETTE=$REPO/.build/release/gazette
echo "gazette $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet || echo '+changes'), N=$N, runs=$RUNS, outputs in $OUTROOT"

# A Gazette site of its own: Content/ made of hard links to the baseline's articles (a
# symbolic link leading out of the site folder is an error since issue 11).
make_site() {
  mkdir -p "$1"
  cp -al "/tmp/bench-archive-$N/content/articles" "$1/Content" 2>/dev/null \
    || cp -r "/tmp/bench-archive-$N/content/articles" "$1/Content"
  printf 'title: Benchmark Archive\nbase_url: https://bench.example.org/\npaginate: 20\nfeed_limit: 20\n' \
    > "$1/site.yml"
}

# Hugo's warm-up also generates the archive. With RUNS=0 run_hugo.sh builds once and then
# stops at its summary of no runs (an unset variable), hence `|| true` and the check after.
echo "== warm-ups"
mkdir -p "$RUNROOT/hugo-warm"
OUT_ROOT=$RUNROOT/hugo-warm WARMUP=1 "$SCRATCH/bench/run_hugo.sh" "$N" 0 >/dev/null 2>&1 || true
[ -f "/tmp/bench-archive-$N/.complete" ] && [ -d "$RUNROOT/hugo-warm/hugo-out-$N" ] \
  || { echo "Hugo's warm-up did not build (see $SCRATCH/bench/run_hugo.sh)" >&2; exit 1; }
make_site "$RUNROOT/gazette-warm-site"
"$GAZETTE" build --site "$RUNROOT/gazette-warm-site" --output "$RUNROOT/gazette-warm-out" >/dev/null
sync
echo "== waiting ${PAUSE} s after the deletions above (inodes freed in the last minutes are slow to reuse)"
sleep "$PAUSE"

gazette_walls=() gazette_cpus=() hugo_walls=() hugo_cpus=()
for round in $(seq 1 "$RUNS"); do
  site=$RUNROOT/gazette-site-$round out=$OUTROOT/gazette-out-$round
  make_site "$site"; sync
  line=$( { /usr/bin/time -f '%e %U %S %M' "$GAZETTE" build --site "$site" --output "$out" >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys rss <<<"$line"
  files=$(find "$out" -type f | wc -l)
  bytes=$(du -sb "$out" | cut -f1)
  fbytes=$(find "$out" -type f -printf '%s\n' | awk '{s+=$1} END{printf "%.0f", s}')
  cpu=$(echo "$user + $sys" | bc)
  printf 'gazette run %d: %s s wall, %s s user + %s s sys = %s s CPU, %d MB RSS, %d files, %d MB of files, %d MB by du -sb\n' \
    "$round" "$wall" "$user" "$sys" "$cpu" $((rss / 1024)) "$files" $((fbytes / 1000000)) $((bytes / 1000000))
  gazette_walls+=("$wall"); gazette_cpus+=("$cpu")
  if [ "${RAM:-0}" = 1 ]; then rm -rf "$out" "$(dirname "$out")/.$(basename "$out").gazette-previous"; fi
  mkdir -p "$OUTROOT/hugo-$round"; sync
  hline=$(OUT_ROOT=$OUTROOT/hugo-$round WARMUP=0 "$SCRATCH/bench/run_hugo.sh" "$N" 1 | grep '^RESULT' | head -1)
  echo "hugo run $round: $hline"
  if [ "${RAM:-0}" = 1 ]; then rm -rf "$OUTROOT/hugo-$round"; fi
  hugo_walls+=("$(sed -E 's/.*wall_s=([0-9.]+).*/\1/' <<<"$hline")")
  hugo_cpus+=("$(sed -E 's/.*cpu_s=([0-9.]+).*/\1/' <<<"$hline")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
gw=$(median "${gazette_walls[@]}") hw=$(median "${hugo_walls[@]}")
echo "gazette median: $gw s wall, $(median "${gazette_cpus[@]}") s CPU; hugo median: $hw s wall, $(median "${hugo_cpus[@]}") s CPU"
echo "hugo wall / gazette wall: $(echo "scale=2; $hw / $gw" | bc)x"

# The floor of each: copying its own output tree on the same disk (into new folders too).
for tree in "$OUTROOT/gazette-out-1" "$OUTROOT/hugo-1/hugo-out-$N"; do
  [ -d "$tree" ] || continue
  t=$( { /usr/bin/time -f '%e' cp -r "$tree" "$tree.copy"; } 2>&1 | tail -1)
  echo "cp -r of $tree: $t s, $(find "$tree" -type f | wc -l) files, $(( $(du -sb "$tree" | cut -f1) / 1000000 )) MB by du -sb"
done
if [ "${KEEP:-0}" != 1 ]; then rm -rf "$RUNROOT" "$OUTROOT"; fi
