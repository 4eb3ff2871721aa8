#!/usr/bin/env bash
# Starts a throwaway Redis bound to 127.0.0.1 with a random password and its files in a
# temporary folder (no persistence), waits until it answers, and prints the environment the
# queue's integration test reads (tests/integration/queue.test.ts):
#
#   eval "$(scripts/redis/start.sh)"      # exports NEWSKG_TEST_REDIS_URL and REDIS_DIR
#   ...
#   scripts/redis/stop.sh "$REDIS_DIR"
#
# Needs redis-server and redis-cli (Debian: apt-get install redis-server).
# Port: REDIS_PORT (default 16379). Progress goes to standard error; only the export lines
# go to standard output.
set -euo pipefail

PORT="${REDIS_PORT:-16379}"
WAIT_SECONDS="${REDIS_WAIT_SECONDS:-30}"

for tool in redis-server redis-cli; do
  command -v "$tool" >/dev/null || { echo "redis: $tool not found (apt-get install redis-server)" >&2; exit 127; }
done
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "redis: port $PORT on 127.0.0.1 is already in use (set REDIS_PORT)" >&2; exit 1
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/newskg-redis.XXXXXX")"
PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"

# The password goes in the config file, never on a command line (the process list shows those).
# BullMQ needs noeviction: an evicted job key would be a lost article.
cat > "$DIR/redis.conf" <<CONF
bind 127.0.0.1
port $PORT
dir $DIR
pidfile $DIR/redis.pid
logfile $DIR/redis.log
daemonize yes
save ""
appendonly no
maxmemory-policy noeviction
requirepass $PASSWORD
CONF
chmod 600 "$DIR/redis.conf"

echo "redis: starting in $DIR (127.0.0.1:$PORT)" >&2
redis-server "$DIR/redis.conf" >&2 || { echo "redis: server did not start; last log lines:" >&2; tail -n 20 "$DIR/redis.log" >&2 || true; exit 1; }

started=$SECONDS
until REDISCLI_AUTH="$PASSWORD" redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; do
  if (( SECONDS - started > WAIT_SECONDS )); then
    echo "redis: no answer on port $PORT within ${WAIT_SECONDS}s; last log lines:" >&2
    tail -n 20 "$DIR/redis.log" >&2 || true; bash "$(dirname "$0")/stop.sh" "$DIR" >&2 || true; exit 1
  fi
  sleep 0.2
done

echo "redis: ready after ${SECONDS}s" >&2
cat <<ENV
export REDIS_DIR='$DIR'
export NEWSKG_TEST_REDIS_URL='redis://:$PASSWORD@127.0.0.1:$PORT/0'
ENV
