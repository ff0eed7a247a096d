# Sourced by run.sh and screenshots.sh: start_devcluster DIR [ARGS...] starts the demo cluster
# (3 masters, 3 agents, Marathon when built in) on the ZooKeeper of lib/zookeeper.sh, with its work
# dir under DIR, waits for its ready line (DIR/ready.json) and sets DC_PID; stop_devcluster ends it.
start_devcluster() {
  local dir=$1
  shift
  build/bin/mesosdesk-devcluster --zk "127.0.0.1:$ZK_PORT" --masters 3 --agents 3 \
    --work-dir "$dir/work" "$@" > "$dir/ready.json" 2> "$dir/devcluster.log" &
  DC_PID=$!
  for _ in $(seq 300); do
    [ -s "$dir/ready.json" ] && return 0
    kill -0 "$DC_PID" 2>/dev/null || { cat "$dir/devcluster.log" >&2; return 1; }
    sleep 0.1
  done
  echo "the devcluster did not get ready; its log:" >&2
  cat "$dir/devcluster.log" >&2
  return 1
}

stop_devcluster() {
  if [ -n "${DC_PID:-}" ]; then
    kill -TERM "$DC_PID" 2>/dev/null || true
    wait "$DC_PID" 2>/dev/null || true
  fi
}
