#!/usr/bin/env bash
# Stops a Virtuoso started by scripts/virtuoso/start.sh and removes its temporary folder.
#   scripts/virtuoso/stop.sh "$VIRTUOSO_DIR"
# Only the server whose pid is in that folder's lock file is stopped.
set -uo pipefail

DIR="${1:-${VIRTUOSO_DIR:-}}"
if [[ -z "$DIR" || ! -f "$DIR/virtuoso.ini" ]]; then
  echo "virtuoso: usage: stop.sh <folder printed by start.sh as VIRTUOSO_DIR>" >&2; exit 64
fi

pid="$(sed -n 's/^VIRT_PID=//p' "$DIR/virtuoso.lck" 2>/dev/null || true)"
if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  echo "virtuoso: stopped (pid $pid)" >&2
fi
case "$DIR" in
  */newskg-virtuoso.*) rm -rf -- "$DIR" ;;
  *) echo "virtuoso: left $DIR in place (not a folder made by start.sh)" >&2 ;;
esac
