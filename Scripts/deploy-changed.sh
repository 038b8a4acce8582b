#!/usr/bin/env bash
# Uploads only the files of a built site that changed since the last deploy, and deletes the
# ones that are gone. It relies on Gazette's rule that a rebuild leaves every file whose bytes
# did not change untouched (same modification time; the manifest holds each file's hash):
# the files newer than the last deploy's stamp are exactly the changed ones.
#
#   Scripts/deploy-changed.sh OUTPUT UPLOAD REMOVE
#
#   OUTPUT   the built site (e.g. _site)
#   UPLOAD   command given the changed paths, relative to OUTPUT, after its own arguments
#   REMOVE   command given the removed paths the same way
#
# Example, with rclone (any remote it supports; the paths are fed in a list file):
#   Scripts/deploy-changed.sh _site \
#     'rclone copy _site remote:bucket --files-from-raw /dev/stdin' \
#     'rclone delete remote:bucket --files-from-raw /dev/stdin'
# Both commands read the paths on standard input, one a line, when they contain /dev/stdin;
# otherwise the paths are passed as arguments.
#
# State is kept beside the output, in OUTPUT.deployed/ (stamp and file list); delete that
# folder to upload everything again. A failed command leaves the state as it was.
set -euo pipefail
OUTPUT=${1:?usage: deploy-changed.sh OUTPUT UPLOAD REMOVE}
UPLOAD=${2:?usage: deploy-changed.sh OUTPUT UPLOAD REMOVE}
REMOVE=${3:?usage: deploy-changed.sh OUTPUT UPLOAD REMOVE}
STATE="${OUTPUT%/}.deployed"
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
NOW="$STATE/stamp.new"
touch "$NOW"

# Every file of the site but Gazette's own (.gazette-*), sorted.
(cd "$OUTPUT" && find . -type f ! -name '.gazette-*' | sed 's|^\./||' | LC_ALL=C sort) > "$STATE/files.new"

if [ -f "$STATE/stamp" ] && [ -f "$STATE/files" ]; then
  (cd "$OUTPUT" && find . -type f ! -name '.gazette-*' -newer "$STATE/stamp" | sed 's|^\./||' | LC_ALL=C sort) > "$STATE/changed"
  LC_ALL=C comm -23 "$STATE/files" "$STATE/files.new" > "$STATE/removed"
else
  cp "$STATE/files.new" "$STATE/changed"
  : > "$STATE/removed"
fi

run() { # command, list file
  [ -s "$2" ] || return 0
  if [[ "$1" == */dev/stdin* ]]; then bash -c "$1" < "$2"; else tr '\n' '\0' < "$2" | xargs -0 bash -c "$1"' "$@"' _; fi
}

echo "$(wc -l < "$STATE/changed") changed, $(wc -l < "$STATE/removed") removed"
run "$UPLOAD" "$STATE/changed"
run "$REMOVE" "$STATE/removed"
mv "$STATE/files.new" "$STATE/files"
mv "$NOW" "$STATE/stamp"
