#!/bin/bash
# F1 per language of a gold set at each first-parent commit since BASE (aggregates only), to see which
# changes carry over to a blind set:  bash bench/commit_trace.sh BASE bench/heldout7
# Each commit is checked out in a temporary git worktree and scored with bench/blind_scores.py, with
# PYTHONPATH set to that worktree (the installed package is the current checkout's).
set -e
base=$1; set_dir=$(realpath "$2"); repo=$(git rev-parse --show-toplevel); wt=$(mktemp -d)/trace
python=${PYTHON:-python}
for c in $(git -C "$repo" log --first-parent --reverse --format=%h "$base"..HEAD); do
  git -C "$repo" worktree add -q "$wt" "$c"
  line=$(cd "$wt" && PYTHONPATH="$wt" $python bench/blind_scores.py "$set_dir" 2>/dev/null \
         | grep -E "^\| (nl|en|de|fr|es) " | awk -F'|' '{printf "%s%s", $2, $6}')
  echo "$c $line | $(git -C "$repo" log -1 --format=%s "$c" | cut -c1-70)"
  git -C "$repo" worktree remove --force "$wt"
done
