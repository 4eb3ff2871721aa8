#!/usr/bin/env bash
# Stops a Redis started by scripts/redis/start.sh and removes its temporary folder.
#   scripts/redis/stop.sh "$REDIS_DIR"
# Only the server whose pid is in that folder's pid file is stopped.
set -uo pipefail
source "$(dirname "$0")/../services/stop-server.sh"

DIR="${1:-${REDIS_DIR:-}}"
if [[ -z "$DIR" || ! -f "$DIR/redis.conf" ]]; then
  echo "redis: usage: stop.sh <folder printed by start.sh as REDIS_DIR>" >&2; exit 64
fi
stop_server redis "$DIR" "$(cat "$DIR/redis.pid" 2>/dev/null || true)" 0.2
