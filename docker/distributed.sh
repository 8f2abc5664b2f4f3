#!/usr/bin/env bash
# The distributed set-up of compose.yaml without containers, on this machine: PostgreSQL (the embedded binaries),
# Axon Server from $AXONSERVER_JAR (or an existing one at $AXON_AXONSERVER_SERVERS), 2x command side, 2x query side,
# the web UI and nginx as the reverse proxy with the same routing template. Keep it in step with compose.yaml.
#
#   AXONSERVER_JAR=/path/to/axonserver.jar docker/distributed.sh start   # builds the jars when missing
#   docker/distributed.sh status
#   docker/distributed.sh stop
#
# Ports (compose runs every instance on its own port 8081/8082 inside its container; here they share one host):
#   proxy $PROXY_PORT (8080) · command side 8181, 8182 · query side 8281, 8282 · web UI 8381 · PostgreSQL 15432 ·
#   Axon Server 8024 (HTTP) and 8124 (gRPC). Logs and data live in $DISTRIBUTED_DIR (target/distributed).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${DISTRIBUTED_DIR:-$root/target/distributed}
proxy_port=${PROXY_PORT:-8080}
pg_port=${POSTGRES_PORT:-15432}
command_ports=(8181 8182)
query_ports=(8281 8282)
web_ui_port=8381
export AXONIQ_UPDATE_CHECKER_DISABLED=true

jar() { ls "$root"/$1 2>/dev/null | head -n 1; }

build_if_missing() {
    if [ -z "$(jar 'command-side/target/command-side-*-exec.jar')" ] || [ -z "$(jar 'query-side/target/query-side-*-exec.jar')" ] \
        || [ -z "$(jar 'web-ui/target/web-ui-*-exec.jar')" ] \
        || [ -z "$(jar 'standalone/target/standalone-*-SNAPSHOT.jar')" ]; then
        echo "Building the jars ..."
        (cd "$root" && ./mvnw -B -q -DskipTests package)
    fi
}

# start <name> <command...>: runs in the background with its log and pid in $dir
start_process() {
    local name=$1; shift
    mkdir -p "$dir/logs"
    nohup "$@" >"$dir/logs/$name.log" 2>&1 &
    echo $! >"$dir/$name.pid"
    echo "started $name (pid $!)"
}

wait_for() {
    local name=$1 url=$2 seconds=${3:-120}
    for _ in $(seq "$seconds"); do
        if curl -fsS -o /dev/null "$url" 2>/dev/null; then echo "$name ready"; return 0; fi
        if [ -f "$dir/$name.pid" ] && ! kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; then
            echo "$name stopped; see $dir/logs/$name.log" >&2; return 1
        fi
        sleep 1
    done
    echo "$name not ready after ${seconds}s; see $dir/logs/$name.log" >&2
    return 1
}

wait_for_postgres() {
    for _ in $(seq 60); do
        grep -q "PostgreSQL ready" "$dir/logs/postgres.log" 2>/dev/null && { echo "postgres ready"; return 0; }
        sleep 1
    done
    echo "postgres not ready; see $dir/logs/postgres.log" >&2
    return 1
}

start() {
    command -v nginx >/dev/null || { echo "nginx is needed as the reverse proxy (apt-get install nginx)" >&2; exit 1; }
    if [ -z "${AXON_AXONSERVER_SERVERS:-}" ] && [ -z "${AXONSERVER_JAR:-}" ]; then
        echo "Set AXONSERVER_JAR (an Axon Server SE jar) or AXON_AXONSERVER_SERVERS (host:8124 of a running one)." >&2
        exit 1
    fi
    build_if_missing
    mkdir -p "$dir"

    start_process postgres java -cp "$(jar 'standalone/target/standalone-*-SNAPSHOT.jar')" \
        -Dloader.main=nl.integraletoegang.standalone.EmbeddedPostgresServer \
        org.springframework.boot.loader.launch.PropertiesLauncher "$dir/postgres" "$pg_port"
    wait_for_postgres

    if [ -z "${AXON_AXONSERVER_SERVERS:-}" ]; then
        mkdir -p "$dir/axonserver"
        (cd "$dir/axonserver" && start_process axonserver java -jar "$AXONSERVER_JAR" \
            --axoniq.axonserver.devmode.enabled=true --axoniq.axonserver.standalone=true \
            --axoniq.axonserver.event.storage="$dir/axonserver/events" \
            --axoniq.axonserver.snapshot.storage="$dir/axonserver/events" \
            --axoniq.axonserver.controldb-path="$dir/axonserver/data" \
            --axoniq.axonserver.pid-file-location="$dir/axonserver" \
            --logging.file.name="$dir/logs/axonserver-internal.log")
        wait_for axonserver http://localhost:8024/actuator/health 180
        export AXON_AXONSERVER_SERVERS=localhost:8124
    fi

    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" SPRING_DATASOURCE_USERNAME=postgres \
        SPRING_DATASOURCE_PASSWORD= AXON_AXONSERVER_ENABLED=true
    for i in 0 1; do
        start_process "command-side-$((i + 1))" env SERVER_PORT="${command_ports[$i]}" \
            java -jar "$(jar 'command-side/target/command-side-*-exec.jar')"
        # The first instance migrates the schema; the others start once it is up.
        [ "$i" -eq 0 ] && wait_for command-side-1 "http://localhost:${command_ports[0]}/actuator/health/readiness" 180
    done
    for i in 0 1; do
        start_process "query-side-$((i + 1))" env SERVER_PORT="${query_ports[$i]}" \
            java -jar "$(jar 'query-side/target/query-side-*-exec.jar')"
        [ "$i" -eq 0 ] && wait_for query-side-1 "http://localhost:${query_ports[0]}/actuator/health/readiness" 180
    done
    wait_for command-side-2 "http://localhost:${command_ports[1]}/actuator/health/readiness" 180
    wait_for query-side-2 "http://localhost:${query_ports[1]}/actuator/health/readiness" 180
    start_process web-ui-1 env SERVER_PORT="$web_ui_port" java -jar "$(jar 'web-ui/target/web-ui-*-exec.jar')"
    wait_for web-ui-1 "http://localhost:$web_ui_port/actuator/health/readiness" 180

    mkdir -p "$dir/nginx"
    sed -e "s/\${COMMAND_SIDE_1}/127.0.0.1:${command_ports[0]}/" -e "s/\${COMMAND_SIDE_2}/127.0.0.1:${command_ports[1]}/" \
        -e "s/\${QUERY_SIDE_1}/127.0.0.1:${query_ports[0]}/" -e "s/\${QUERY_SIDE_2}/127.0.0.1:${query_ports[1]}/" \
        -e "s/\${WEB_UI_1}/127.0.0.1:$web_ui_port/" \
        -e "s/\${PROXY_PORT}/$proxy_port/" "$root/docker/nginx/integrale-toegang.conf.template" >"$dir/nginx/site.conf"
    cat >"$dir/nginx/nginx.conf" <<CONF
pid $dir/nginx/nginx.pid;
error_log $dir/logs/proxy.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    include $dir/nginx/site.conf;
}
CONF
    nginx -c "$dir/nginx/nginx.conf"
    cp "$dir/nginx/nginx.pid" "$dir/proxy.pid"
    wait_for proxy "http://localhost:$proxy_port/actuator/health" 30
    echo "Open http://localhost:$proxy_port/ (demo users as in the README)."
}

stop() {
    for name in proxy web-ui-1 query-side-2 query-side-1 command-side-2 command-side-1 axonserver postgres; do
        local pidfile="$dir/$name.pid"
        [ -f "$pidfile" ] || continue
        local pid; pid=$(cat "$pidfile")
        if kill "$pid" 2>/dev/null; then
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            kill -9 "$pid" 2>/dev/null || true
            echo "stopped $name"
        fi
        rm -f "$pidfile"
    done
}

status() {
    for name in postgres axonserver command-side-1 command-side-2 query-side-1 query-side-2 web-ui-1 proxy; do
        local pidfile="$dir/$name.pid"
        if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "$name: running (pid $(cat "$pidfile"))"
        else
            echo "$name: not running"
        fi
    done
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
