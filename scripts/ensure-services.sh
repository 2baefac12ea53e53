#!/usr/bin/env bash
# Make sure the local PostgreSQL, Redis and MariaDB the tests use are up; start them if they are installed but down.
# ClickHouse runs in process (chDB, installed by the dev extra): Debian's clickhouse-server is release 18.16,
# which cannot join more than two tables, so the warehouse tests do not use it.
# Tests that need a service that still is not up skip with a loud reason.
set -u

if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
    echo "PostgreSQL is down; starting it"
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
    for _ in $(seq 1 20); do pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break; sleep 0.5; done
fi

if command -v redis-cli >/dev/null 2>&1 && ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "Redis is down; starting it"
    if command -v redis-server >/dev/null 2>&1; then
        mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
        redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
            --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
    fi
    for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi

mariadb_up() { mysqladmin --connect-timeout=2 -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; }
if command -v mysqladmin >/dev/null 2>&1 && ! mariadb_up; then
    echo "MariaDB is down; starting it"
    if command -v mysqld_safe >/dev/null 2>&1; then
        mkdir -p /run/mysqld 2>/dev/null && chown mysql:mysql /run/mysqld 2>/dev/null
        (mysqld_safe --bind-address=127.0.0.1 >/dev/null 2>&1 &) || true
    fi
    for _ in $(seq 1 30); do mariadb_up && break; sleep 0.5; done
fi

pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && echo "PostgreSQL: up" || echo "!!! PostgreSQL: DOWN (its tests will skip)"
mariadb_up && echo "MariaDB: up" || echo "!!! MariaDB: DOWN (tests/warehouses MariaDB tests will skip)"
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && echo "Redis: up" || echo "!!! Redis: DOWN (its tests will skip)"
exit 0
