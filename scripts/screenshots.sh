#!/bin/sh
# Screenshots of the real app's main states, under a virtual X server.
# Usage: scripts/screenshots.sh [OUT_FOLDER]   (default: docs/screenshots)
# Needs Xvfb (Debian: apt-get install xvfb) and the project's .venv.
set -eu
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run not found (apt-get install xvfb)" >&2; exit 1; }
exec xvfb-run -a -s "-screen 0 1500x950x24" .venv/bin/python scripts/screenshots.py "$out"
