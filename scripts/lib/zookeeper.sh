# Sourced by run.sh and test.sh: start_zookeeper starts a private ZooKeeper server on a free
# loopback port and sets ZK_PORT, ZK_PID and ZK_DIR; stop_zookeeper ends it.

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

start_zookeeper() {
  ZK_DIR=$(mktemp -d /tmp/mesosdesk-zk.XXXXXX)
  ZK_PORT=${ZK_PORT:-$(free_port)}
  mkdir -p "$ZK_DIR/data"
  cat > "$ZK_DIR/zoo.cfg" <<CFG
tickTime=500
dataDir=$ZK_DIR/data
clientPort=$ZK_PORT
clientPortAddress=127.0.0.1
admin.enableServer=false
4lw.commands.whitelist=ruok,srvr
maxClientCnxns=0
CFG
  java -Xmx256m -cp /usr/share/java/zookeeper.jar org.apache.zookeeper.server.quorum.QuorumPeerMain \
    "$ZK_DIR/zoo.cfg" > "$ZK_DIR/zk.log" 2>&1 &
  ZK_PID=$!
  for _ in $(seq 200); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$ZK_PORT" && printf ruok >&3 && timeout 1 cat <&3) 2>/dev/null | grep -q imok; then
      return 0
    fi
    kill -0 "$ZK_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "ZooKeeper did not start on port $ZK_PORT; its log:" >&2
  cat "$ZK_DIR/zk.log" >&2
  return 1
}

stop_zookeeper() {
  [ -n "${ZK_PID:-}" ] && kill "$ZK_PID" 2>/dev/null || true
  [ -n "${ZK_PID:-}" ] && wait "$ZK_PID" 2>/dev/null || true
  [ -n "${ZK_DIR:-}" ] && rm -rf "$ZK_DIR" || true
}
