# Sourced by run.sh and search.sh. ensure_archive DIR N SEED BIN REPO: the fixture archive
# of N articles in DIR, generated with BIN/gazette-fixtures unless its stamp (seed, N and a
# hash of the generator's sources, in DIR/.bench-stamp) already matches, so scripts share it.
ensure_archive() {
  local dir=$1 n=$2 seed=$3 bin=$4 repo=$5 generator stamp
  generator=$(cat "$repo"/Sources/gazette-fixtures/*.swift | sha256sum | cut -c1-16)
  stamp="seed=$seed n=$n generator=$generator"
  if [ ! -f "$dir/.bench-stamp" ] || [ "$(cat "$dir/.bench-stamp")" != "$stamp" ]; then
    rm -rf "$dir"
    "$bin/gazette-fixtures" --count "$n" --seed "$seed" --output "$dir"
    echo "$stamp" > "$dir/.bench-stamp"
  fi
}
