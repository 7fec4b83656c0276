#!/usr/bin/env bash
# `npm run bench`: installs ripgrep from Debian when it is missing (the benchmark compares against
# it), then runs `raksa bench` with any extra arguments. Results go to stdout as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rg >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null
  else
    echo "ripgrep is not installed; install it (apt-get install ripgrep) to compare against it" >&2
  fi
fi
exec node packages/cli/bin/raksa.js bench "$@"
