#!/usr/bin/env bash
# Interim Exchange on Payara Server's own cluster, on this machine: a domain (the DAS), a deployment group of two
# standalone instances sharing sessions through the Domain Data Grid (Hazelcast), the EAR deployed to the group with
# availability enabled, and HAProxy in front on one port, on PostgreSQL, in production mode.
#
#   cluster.sh start     create (first time) and start everything; prints the address
#   cluster.sh stop      stop HAProxy, the instances and the DAS
#   cluster.sh status    what runs
#   cluster.sh kill N    kill -9 instance N (1 or 2): a node dying
#   cluster.sh restart N stop instance N gracefully and start it again (one step of a rolling restart)
#   cluster.sh rolling   restart instance 1, then instance 2, each only once the other serves
#   cluster.sh start-instance N   start instance N again after a kill
#
# Settings (environment): INTERIM_SMTP_HOST (required: production sends real email), INTERIM_SMTP_PORT,
# INTERIM_SMTP_USERNAME, INTERIM_SMTP_PASSWORD, INTERIM_SMTP_STARTTLS, INTERIM_DB_URL (default: a database
# interim_cluster it creates on 127.0.0.1:5432), INTERIM_DB_USER, INTERIM_DB_PASSWORD, INTERIM_LINK_KEY (default:
# a random key made when the domain is created), INTERIM_FIRST_ADMIN, INTERIM_MAIL_POLL_SECONDS, INTERIM_MAIL_RETRY_SECONDS,
# INTERIM_REMINDERS_HOURS, INTERIM_REMINDERS_MINUTE, INTERIM_REMINDERS_SIGN_OFF_WORKING_DAYS,
# INTERIM_RETENTION_CLOSED_PLACEMENT_MONTHS, INTERIM_REPORT_DAY_RATE, CLUSTER_PORT (the load balancer, 8080),
# CLUSTER_PORTBASE (34000: the DAS at +48 admin, the instances' HTTP at +180 and +280), CLUSTER_HOME (ear/target/cluster),
# PAYARA_HOME (unpacked by `mvn -Pcluster package`), EAR.
set -euo pipefail
trap 'echo "cluster: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

here="$(cd "$(dirname "$0")" && pwd)"
ear_dir="$(cd "$here/../.." && pwd)"
CLUSTER_HOME="${CLUSTER_HOME:-$ear_dir/target/cluster}"
PAYARA_HOME="${PAYARA_HOME:-$CLUSTER_HOME/payara6}"
EAR="${EAR:-$(ls "$ear_dir"/target/interim-exchange*.ear 2>/dev/null | head -1 || true)}"
CLUSTER_PORT="${CLUSTER_PORT:-8080}"
CLUSTER_PORTBASE="${CLUSTER_PORTBASE:-34000}"
DOMAIN=interim
GROUP=interim
NODE="localhost-$DOMAIN"
ADMIN_PORT=$((CLUSTER_PORTBASE + 48))
BALANCER_ADMIN_PORT=$((CLUSTER_PORTBASE + 90))
INSTANCES=(interim-1 interim-2)
# Each instance's ports start at its own base: HTTP at +80 from it.
instance_base() { echo $((CLUSTER_PORTBASE + 100 * $1 + 100)); }
instance_http() { echo $(( $(instance_base "$1") + 80 )); }
# Heap: the DAS only administers (512 MB); each instance serves pages and holds its share of the grid (768 MB).
DAS_HEAP=512m
INSTANCE_HEAP=768m

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --interactive=false "$@"; }
say() { echo "== $*"; }
fail() { echo "cluster: $*" >&2; exit 1; }

# asadmin reads a colon as a separator in system properties: escape it (and backslashes) in values.
escaped() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # url, seconds, what
  local url="$1" seconds="$2" what="$3" started=$SECONDS
  until curl -fs -o /dev/null --max-time 5 "$url"; do
    if (( SECONDS - started > seconds )); then fail "$what did not answer at $url within ${seconds}s"; fi
    sleep 2
  done
}

install_haproxy() {
  if command -v haproxy >/dev/null; then return; fi
  say "Installing HAProxy from Debian's packages"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q haproxy >/dev/null \
    || { $sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q haproxy >/dev/null; }
}

database() {
  if [ -n "${INTERIM_DB_URL:-}" ]; then return; fi
  local name="${CLUSTER_DB:-interim_cluster}"
  INTERIM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$name"
  INTERIM_DB_USER="${INTERIM_DB_USER:-postgres}"
  INTERIM_DB_PASSWORD="${INTERIM_DB_PASSWORD:-unused}"
  if ! psql -h 127.0.0.1 -U "$INTERIM_DB_USER" -d postgres -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1; then
    say "Creating the database $name on 127.0.0.1:5432"
    psql -h 127.0.0.1 -U "$INTERIM_DB_USER" -d postgres -q -c "create database $name"
  fi
}

create_domain() {
  [ -x "$PAYARA_HOME/bin/asadmin" ] || fail "no Payara Server at $PAYARA_HOME: run 'mvn -Pcluster package' (it unpacks one)"
  [ -n "${INTERIM_SMTP_HOST:-}" ] || fail "INTERIM_SMTP_HOST is not set: the cluster runs in production mode and sends real email. Set INTERIM_SMTP_HOST (and INTERIM_SMTP_PORT, INTERIM_SMTP_USERNAME, INTERIM_SMTP_PASSWORD) to your mail server."
  database
  local link_key="${INTERIM_LINK_KEY:-$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48)}"
  say "Creating the domain $DOMAIN (admin port $ADMIN_PORT)"
  "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword=true --portbase "$CLUSTER_PORTBASE" "$DOMAIN" >/dev/null
  "$PAYARA_HOME/bin/asadmin" start-domain "$DOMAIN" >/dev/null
  # What every instance copies from default-config when it is created: no server banner, its heap, and the settings.
  asadmin set configs.config.default-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false >/dev/null
  asadmin set configs.config.default-config.network-config.protocols.protocol.http-listener-1.http.server-header=false >/dev/null
  asadmin set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false >/dev/null
  asadmin set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false >/dev/null
  asadmin delete-jvm-options --target default-config -Xmx512m >/dev/null || true
  asadmin create-jvm-options --target default-config "-Xmx$INSTANCE_HEAP" >/dev/null
  asadmin set configs.config.default-config.availability-service.web-container-availability.persistence-type=hazelcast >/dev/null
  # EJB timers in the Data Grid: an instance has no timer database of its own (the default, Database, is the DAS's).
  asadmin set configs.config.default-config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid >/dev/null
  local props=(
    "interim.production=true"
    "interim.db.class=org.postgresql.ds.PGSimpleDataSource"
    "interim.db.url=$INTERIM_DB_URL"
    "interim.db.user=${INTERIM_DB_USER:-postgres}"
    "interim.db.password=${INTERIM_DB_PASSWORD:-unused}"
    "interim.smtp.host=$INTERIM_SMTP_HOST"
    "interim.smtp.port=${INTERIM_SMTP_PORT:-587}"
    "interim.smtp.starttls=${INTERIM_SMTP_STARTTLS:-true}"
    "interim.base-url=${INTERIM_BASE_URL:-http://localhost:$CLUSTER_PORT}"
    "interim.link-key=$link_key"
    "interim.mail.poll-seconds=${INTERIM_MAIL_POLL_SECONDS:-10}"
    "interim.mail.retry-seconds=${INTERIM_MAIL_RETRY_SECONDS:-30}"
    "interim.reminders.hours=${INTERIM_REMINDERS_HOURS:-7-19}"
    "interim.reminders.minute=${INTERIM_REMINDERS_MINUTE:-5}"
    "interim.reminders.sign-off-working-days=${INTERIM_REMINDERS_SIGN_OFF_WORKING_DAYS:-3}"
    "interim.retention.closed-placement-months=${INTERIM_RETENTION_CLOSED_PLACEMENT_MONTHS:-72}"
    "interim.report.day-rate=${INTERIM_REPORT_DAY_RATE:-850}"
  )
  [ -n "${INTERIM_SMTP_USERNAME:-}" ] && props+=("interim.smtp.username=$INTERIM_SMTP_USERNAME")
  [ -n "${INTERIM_SMTP_PASSWORD:-}" ] && props+=("interim.smtp.password=$INTERIM_SMTP_PASSWORD")
  [ -n "${INTERIM_FIRST_ADMIN:-}" ] && props+=("interim.first-admin=$INTERIM_FIRST_ADMIN")
  local joined="" p
  for p in "${props[@]}"; do joined+="${joined:+:}${p%%=*}=$(escaped "${p#*=}")"; done
  asadmin create-system-properties --target default-config "$joined" >/dev/null
  say "Creating the deployment group $GROUP with ${#INSTANCES[@]} instances"
  asadmin create-deployment-group "$GROUP" >/dev/null
  local i
  for i in "${!INSTANCES[@]}"; do
    asadmin create-instance --node "$NODE" --portbase "$(instance_base $((i + 1)))" --checkports=true "${INSTANCES[$i]}" >/dev/null
    asadmin add-instance-to-deployment-group --instance "${INSTANCES[$i]}" --deploymentgroup "$GROUP" >/dev/null
  done
  [ -f "$EAR" ] || fail "no EAR to deploy (looked for ear/target/interim-exchange*.ear): run 'mvn -Pcluster package'"
  say "Deploying $(basename "$EAR") to the group, availability enabled"
  asadmin deploy --target "$GROUP" --availabilityenabled=true --name interim-exchange --contextroot / "$EAR" >/dev/null
}

haproxy_config() {
  mkdir -p "$CLUSTER_HOME/haproxy"
  sed -e "s/@PORT@/$CLUSTER_PORT/g" -e "s/@HTTP1@/$(instance_http 1)/g" -e "s/@HTTP2@/$(instance_http 2)/g" \
      -e "s/@ADMIN@/$BALANCER_ADMIN_PORT/g" \
      "$here/haproxy.cfg" > "$CLUSTER_HOME/haproxy/haproxy.cfg"
}

start_haproxy() {
  install_haproxy
  haproxy_config
  haproxy -c -q -f "$CLUSTER_HOME/haproxy/haproxy.cfg" || fail "the load balancer's configuration is not valid"
  nohup haproxy -f "$CLUSTER_HOME/haproxy/haproxy.cfg" >> "$CLUSTER_HOME/haproxy/haproxy.log" 2>&1 &
  echo $! > "$CLUSTER_HOME/haproxy/haproxy.pid"
}

stop_haproxy() {
  local pidfile="$CLUSTER_HOME/haproxy/haproxy.pid"
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}

instance_pid() { cat "$PAYARA_HOME/glassfish/nodes/$NODE/${INSTANCES[$(($1 - 1))]}/config/pid" 2>/dev/null || true; }

start() {
  port_free "$CLUSTER_PORT" || fail "port $CLUSTER_PORT is in use: stop what listens there (ss -ltnp | grep $CLUSTER_PORT) or set CLUSTER_PORT"
  if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    create_domain
  else
    port_free "$ADMIN_PORT" && "$PAYARA_HOME/bin/asadmin" start-domain "$DOMAIN" >/dev/null
  fi
  say "Starting the instances (each deploys the EAR and joins the Data Grid)"
  asadmin start-deployment-group "$GROUP" >/dev/null
  start_haproxy
  local n
  for n in 1 2; do wait_for "http://127.0.0.1:$(instance_http $n)/health/ready" 300 "instance $n"; done
  wait_for "http://127.0.0.1:$CLUSTER_PORT/" 120 "the load balancer"
  say "Interim Exchange runs on http://localhost:$CLUSTER_PORT/ (instances on $(instance_http 1) and $(instance_http 2), DAS admin on $ADMIN_PORT)"
}

instance_alive() { local pid; pid="$(instance_pid "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Each instance still running is stopped on its own (stop-deployment-group would wait on one that was killed).
stop() {
  stop_haproxy
  local n
  if [ -x "$PAYARA_HOME/bin/asadmin" ] && ! port_free "$ADMIN_PORT"; then
    for n in 1 2; do
      if instance_alive $n; then asadmin stop-instance "${INSTANCES[$((n - 1))]}" >/dev/null 2>&1 || true; fi
    done
    "$PAYARA_HOME/bin/asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  fi
  for n in 1 2; do # whatever did not stop in time leaves nothing behind either
    if instance_alive $n; then kill -9 "$(instance_pid $n)" || true; fi
  done
  say "Stopped"
}

# One command to HAProxy's runtime API; prints its answer.
balancer() {
  exec 3<>"/dev/tcp/127.0.0.1/$BALANCER_ADMIN_PORT"
  printf '%s\n' "$1" >&3
  cat <&3
  exec 3<&-
}

# A field of instance N's line in HAProxy's statistics: 5 is requests in progress (scur), 18 its status.
balancer_stat() { balancer "show stat" | awk -F, -v s="i$1" -v f="$2" '$1 == "instances" && $2 == s { print $f }'; }

# Waits (at most a minute) until a shell condition holds.
until_true() {
  local started=$SECONDS
  until eval "$1"; do
    (( SECONDS - started < 60 )) || fail "gave up waiting for: $2"
    sleep 0.5
  done
}

# A planned restart loses nothing: the instance is taken out of rotation first (its people go to the other
# instance, with their sessions from the Data Grid), its requests in progress finish, and it comes back only ready.
restart_instance() {
  local n="$1" other=$((3 - $1))
  wait_for "http://127.0.0.1:$(instance_http $other)/health/ready" 300 "instance $other"
  balancer "set server instances/i$n state maint" >/dev/null
  until_true '[ "$(balancer_stat '"$n"' 5)" = "0" ]' "instance $n's requests in progress to finish"
  asadmin stop-instance "${INSTANCES[$((n - 1))]}" >/dev/null
  asadmin start-instance "${INSTANCES[$((n - 1))]}" >/dev/null
  wait_for "http://127.0.0.1:$(instance_http $n)/health/ready" 300 "instance $n"
  balancer "set server instances/i$n state ready" >/dev/null
  until_true '[[ "$(balancer_stat '"$n"' 18)" == UP* ]]' "the load balancer to send to instance $n again"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    for n in 1 2; do
      printf 'instance %s (port %s): ' "$n" "$(instance_http $n)"
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 5 "http://127.0.0.1:$(instance_http $n)/health/ready" || echo down
    done
    printf 'load balancer (port %s): ' "$CLUSTER_PORT"; curl -s -o /dev/null -w '%{http_code}\n' --max-time 5 "http://127.0.0.1:$CLUSTER_PORT/" || echo down ;;
  kill)
    [[ "${2:-}" =~ ^[12]$ ]] || fail "kill which instance: 1 or 2"
    pid="$(instance_pid "$2")"; [ -n "$pid" ] || fail "instance $2 is not running"
    kill -9 "$pid"; say "Killed instance $2 (pid $pid)" ;;
  start-instance)
    [[ "${2:-}" =~ ^[12]$ ]] || fail "start which instance: 1 or 2"
    asadmin start-instance "${INSTANCES[$(($2 - 1))]}" >/dev/null
    wait_for "http://127.0.0.1:$(instance_http "$2")/health/ready" 300 "instance $2" ;;
  restart)
    [[ "${2:-}" =~ ^[12]$ ]] || fail "restart which instance: 1 or 2"
    restart_instance "$2" ;;
  rolling) restart_instance 1; restart_instance 2; say "Rolling restart done" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
