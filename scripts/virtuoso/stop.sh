#!/usr/bin/env bash
# Stops a Virtuoso started by scripts/virtuoso/start.sh and removes its temporary folder.
#   scripts/virtuoso/stop.sh "$VIRTUOSO_DIR"
# Only the server whose pid is in that folder's lock file is stopped.
set -uo pipefail
source "$(dirname "$0")/../services/stop-server.sh"

DIR="${1:-${VIRTUOSO_DIR:-}}"
if [[ -z "$DIR" || ! -f "$DIR/virtuoso.ini" ]]; then
  echo "virtuoso: usage: stop.sh <folder printed by start.sh as VIRTUOSO_DIR>" >&2; exit 64
fi
stop_server virtuoso "$DIR" "$(sed -n 's/^VIRT_PID=//p' "$DIR/virtuoso.lck" 2>/dev/null || true)" 0.5
