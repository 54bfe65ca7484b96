#!/usr/bin/env bash
# Whole archives, whole processes: converts a 1,000-document archive (made here by cycling the
# shared corpus's texts and pages) with this tree's build and with a baseline commit's build
# (default: the previous commit), side by side with farm-bench, on all cores and on one.
# Prints documents per CPU-second and the 2-core/1-core wall ratio. Run from the repository root:
#   tests/Epub.Benchmarks/archive-bench.sh [BASELINE_COMMIT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
baseline=${1:-HEAD~1}
runs=${2:-3}
work=$(mktemp -d /tmp/epub-archive-bench.XXXXXX)
trap 'git worktree remove --force "$work/baseline-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The archive: 1,000 inputs, cycling the corpus's documents in name order, ten per folder.
corpus=../shared/corpus
mapfile -t documents < <(find "$corpus/text" "$corpus/html" "$corpus/pg" -type f \( -name '*.txt' -o -name '*.htm' -o -name '*.html' \) | LC_ALL=C sort)
for i in $(seq 0 999); do
  source=${documents[$((i % ${#documents[@]}))]}
  folder=$work/archive/$(printf '%03d' $((i / 10)))
  mkdir -p "$folder"
  cp "$source" "$folder/$(printf '%04d' "$i")-$(basename "$source")"
done
bytes=$(du -sb "$work/archive" | cut -f1)
echo "archive: 1000 documents, $((bytes / 1024)) KiB"

dotnet build src/Epub.Cli -c Release -o "$work/current" >/dev/null
git worktree add --detach "$work/baseline-src" "$baseline" >/dev/null 2>&1
dotnet build "$work/baseline-src/src/Epub.Cli" -c Release -o "$work/baseline" >/dev/null

# The baseline may not take folders: it is given the files (xargs keeps under the argument limit).
find "$work/archive" -type f | LC_ALL=C sort > "$work/list"
current="sh -c 'rm -rf $work/out-a; exec dotnet $work/current/epub.dll convert $work/archive -o $work/out-a --quiet >/dev/null 2>&1'"
base="sh -c 'rm -rf $work/out-b; xargs -a $work/list dotnet $work/baseline/epub.dll convert -o $work/out-b >/dev/null 2>&1'"
echo "== all cores: current (A) vs $baseline (B)"
eval farm-bench -n "$runs" --timeout 3000 --vs "\"$base\"" -- "$current"
echo "== one core: current (A) vs $baseline (B)"
eval farm-bench -n "$runs" --timeout 3000 --pin 0 --vs "\"$base\"" -- "$current"
