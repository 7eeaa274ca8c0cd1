#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the shared-mode tests.
#   source .ci/postgres.sh start   -> exports CREDITDESK_TEST_PG_URL
#   .ci/postgres.sh stop
# Needs the Debian postgresql package; runs the server as the postgres user from a
# temporary data directory on 127.0.0.1 only. The postgres superuser is trusted (the tests
# create databases with it); every other role signs in with its password (scram-sha-256),
# and auth_delay slows down each failed sign-in, as an office's server would be set up.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PGPORT=${CREDITDESK_PG_PORT:-54329}
PGDATA=${CREDITDESK_PG_DATA:-/tmp/creditdesk-ci-pg}

start() {
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  su postgres -c "$PGBIN/initdb -D $PGDATA -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null"
  cat >"$PGDATA/pg_hba.conf" <<HBA
local all postgres trust
host  all postgres 127.0.0.1/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -o '-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGDATA -c fsync=off -c password_encryption=scram-sha-256 -c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=200' -w -l $PGDATA/server.log start >/dev/null"
  su postgres -c "$PGBIN/createdb -h 127.0.0.1 -p $PGPORT creditdesk_test"
  export CREDITDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/creditdesk_test"
  echo "PostgreSQL test server on 127.0.0.1:$PGPORT"
}

stop() {
  if [ -d "$PGDATA" ]; then
    su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast -w stop >/dev/null" || true
    rm -rf "$PGDATA"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
