# Sourced by scripts/redis/stop.sh and scripts/virtuoso/stop.sh: the one way a throwaway server
# that start.sh made is stopped and its folder removed.
#   stop_server NAME DIR PID POLL_SECONDS
# Stops PID (TERM, then KILL after 30 polls) if it is alive, then removes DIR when it is a
# folder start.sh made (named newskg-NAME.*); anything else is left in place.
stop_server() {
  local name="$1" dir="$2" pid="$3" poll="$4"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep "$poll"; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    echo "$name: stopped (pid $pid)" >&2
  fi
  case "$dir" in
    */newskg-"$name".*) rm -rf -- "$dir" ;;
    *) echo "$name: left $dir in place (not a folder made by start.sh)" >&2 ;;
  esac
}
