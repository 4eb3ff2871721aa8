#!/usr/bin/env bash
# Stops a Redis started by scripts/redis/start.sh and removes its temporary folder.
#   scripts/redis/stop.sh "$REDIS_DIR"
# Only the server whose pid is in that folder's pid file is stopped.
set -uo pipefail

DIR="${1:-${REDIS_DIR:-}}"
if [[ -z "$DIR" || ! -f "$DIR/redis.conf" ]]; then
  echo "redis: usage: stop.sh <folder printed by start.sh as REDIS_DIR>" >&2; exit 64
fi

pid="$(cat "$DIR/redis.pid" 2>/dev/null || true)"
if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  echo "redis: stopped (pid $pid)" >&2
fi
case "$DIR" in
  */newskg-redis.*) rm -rf -- "$DIR" ;;
  *) echo "redis: left $DIR in place (not a folder made by start.sh)" >&2 ;;
esac
