#!/usr/bin/env bash
# Installs and starts the services of the mandatory integration tests, and writes their settings to
# /tmp/parley-ci-env: a PostgreSQL 15 server on 127.0.0.1:55432 and Debian's Chromium.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGPORT=${PARLEY_CI_PGPORT:-55432}
PGROOT=/tmp/parley-pg

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

if ! command -v chromium >/dev/null 2>&1; then
  $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$PGBIN/initdb" ]; then
  $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql-15 >/dev/null
fi

# initdb refuses to run as root: run the server as an unprivileged user.
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then
  id pgtest >/dev/null 2>&1 || useradd -m pgtest
  RUNAS=(su pgtest -c)
fi
run() { if [ ${#RUNAS[@]} -gt 0 ]; then "${RUNAS[@]}" "$*"; else bash -c "$*"; fi; }

if ! run "$PGBIN/pg_ctl -D $PGROOT/data status" >/dev/null 2>&1; then
  rm -rf "$PGROOT"; mkdir -p "$PGROOT"
  [ "$(id -u)" -eq 0 ] && chown pgtest "$PGROOT"
  run "$PGBIN/initdb -D $PGROOT/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  run "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/log -o '-h 127.0.0.1 -p $PGPORT -k $PGROOT -c max_connections=200' -w start" >/dev/null
fi

cat > /tmp/parley-ci-env <<ENV
export PARLEY_TEST_PG=postgres://postgres@127.0.0.1:$PGPORT/postgres
export PARLEY_TEST_CHROMIUM=$(command -v chromium)
export PARLEY_REQUIRE_SERVICES=1
ENV
echo "services ready: PostgreSQL on 127.0.0.1:$PGPORT, Chromium at $(command -v chromium)"
