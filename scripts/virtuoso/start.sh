#!/usr/bin/env bash
# Starts a throwaway Virtuoso bound to 127.0.0.1 with its database in a temporary folder,
# waits until its HTTP port answers, sets the DBA password, and prints the environment the
# integration test reads (tests/integration/virtuoso.test.ts):
#
#   eval "$(scripts/virtuoso/start.sh)"      # exports NEWSKG_TEST_STORE* and VIRTUOSO_DIR
#   ...
#   scripts/virtuoso/stop.sh "$VIRTUOSO_DIR"
#
# Needs the virtuoso-t and isql-vt binaries (Debian: apt-get install virtuoso-opensource-7-bin).
# Ports: VIRTUOSO_SQL_PORT (default 11111) and VIRTUOSO_HTTP_PORT (default 18890).
# Sizes, for a store of millions of quads (npm run bench:query): VIRTUOSO_BUFFERS (8 KB pages
# of cache, default 10000), VIRTUOSO_DIRTY_BUFFERS (default 6000), VIRTUOSO_MAX_ROWS (rows a
# SPARQL result may have, default 100000), VIRTUOSO_QUERY_SECONDS (a query running longer
# returns the rows found so far with an X-SQL-State header, default 60) and
# VIRTUOSO_COST_SECONDS (a query estimated to take longer is refused, default 400) and
# VIRTUOSO_QUERY_MEMORY (memory one query may use, default 2G: a query past it fails instead of
# growing the server until the kernel's OOM killer stops it, or something else).
# Progress goes to standard error; only the export lines go to standard output.
set -euo pipefail

SQL_PORT="${VIRTUOSO_SQL_PORT:-11111}"
HTTP_PORT="${VIRTUOSO_HTTP_PORT:-18890}"
WAIT_SECONDS="${VIRTUOSO_WAIT_SECONDS:-120}"
BUFFERS="${VIRTUOSO_BUFFERS:-10000}"
DIRTY_BUFFERS="${VIRTUOSO_DIRTY_BUFFERS:-6000}"
MAX_ROWS="${VIRTUOSO_MAX_ROWS:-100000}"
QUERY_SECONDS="${VIRTUOSO_QUERY_SECONDS:-60}"
COST_SECONDS="${VIRTUOSO_COST_SECONDS:-400}"
QUERY_MEMORY="${VIRTUOSO_QUERY_MEMORY:-2G}"

for tool in virtuoso-t isql-vt; do
  command -v "$tool" >/dev/null || { echo "virtuoso: $tool not found (apt-get install virtuoso-opensource-7-bin)" >&2; exit 127; }
done

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$SQL_PORT" "$HTTP_PORT"; do
  if port_busy "$port"; then echo "virtuoso: port $port on 127.0.0.1 is already in use (set VIRTUOSO_SQL_PORT / VIRTUOSO_HTTP_PORT)" >&2; exit 1; fi
done

DIR="$(mktemp -d "${TMPDIR:-/tmp}/newskg-virtuoso.XXXXXX")"
PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"

cat > "$DIR/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $DIR/virtuoso.db
ErrorLogFile       = $DIR/virtuoso.log
LockFile           = $DIR/virtuoso.lck
TransactionFile    = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $DIR/virtuoso-temp.db
TransactionFile    = $DIR/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$SQL_PORT
ServerThreads      = 10
CheckpointInterval = 60
NumberOfBuffers    = $BUFFERS
MaxDirtyBuffers    = $DIRTY_BUFFERS
DirsAllowed        = ., $DIR
MaxQueryMem        = $QUERY_MEMORY

[HTTPServer]
ServerPort           = 127.0.0.1:$HTTP_PORT
ServerRoot           = $DIR
ServerThreads        = 10
MaxClientConnections = 10
KeepAliveTimeout     = 10
MaxKeepAlives        = 10
EnabledGzipContent   = 0

[SPARQL]
ResultSetMaxRows           = $MAX_ROWS
MaxQueryCostEstimationTime = $COST_SECONDS
MaxQueryExecutionTime      = $QUERY_SECONDS
DefaultQuery               = select distinct ?Concept where {[] a ?Concept} LIMIT 100
DeferInferenceRulesInit    = 0
INI

echo "virtuoso: starting in $DIR (sql 127.0.0.1:$SQL_PORT, http 127.0.0.1:$HTTP_PORT)" >&2
(cd "$DIR" && virtuoso-t +configfile "$DIR/virtuoso.ini" +wait) >&2 || {
  echo "virtuoso: server did not start; last log lines:" >&2; tail -n 20 "$DIR/virtuoso.log" >&2 || true; exit 1; }

started=$SECONDS
until port_busy "$HTTP_PORT"; do
  if (( SECONDS - started > WAIT_SECONDS )); then
    echo "virtuoso: HTTP port $HTTP_PORT did not answer within ${WAIT_SECONDS}s; last log lines:" >&2
    tail -n 20 "$DIR/virtuoso.log" >&2 || true; bash "$(dirname "$0")/stop.sh" "$DIR" >&2 || true; exit 1
  fi
  sleep 1
done

# A fresh database has DBA password "dba": replace it with a random one before anything else.
# (on standard input, so the new password never shows in the process list)
isql-vt "127.0.0.1:$SQL_PORT" dba dba >/dev/null <<<"USER_SET_PASSWORD('dba', '$PASSWORD');" || {
  echo "virtuoso: could not set the DBA password" >&2; bash "$(dirname "$0")/stop.sh" "$DIR" >&2 || true; exit 1; }
echo "$PASSWORD" > "$DIR/dba-password"
chmod 600 "$DIR/dba-password"

echo "virtuoso: ready after ${SECONDS}s" >&2
cat <<ENV
export VIRTUOSO_DIR='$DIR'
export NEWSKG_TEST_STORE='virtuoso'
export NEWSKG_TEST_STORE_SPARQL='http://127.0.0.1:$HTTP_PORT/sparql'
export NEWSKG_TEST_STORE_SPARQL_AUTH='http://127.0.0.1:$HTTP_PORT/sparql-auth'
export NEWSKG_TEST_STORE_GSP='http://127.0.0.1:$HTTP_PORT/sparql-graph-crud-auth'
export NEWSKG_TEST_STORE_USER='dba'
export NEWSKG_TEST_STORE_PASSWORD='$PASSWORD'
ENV
