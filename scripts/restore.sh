#!/usr/bin/env bash
# Restores a backup made by backup.sh into a fresh, empty database, then prints the number
# of rows of every table so that they can be compared with the source.
#
# Usage: restore.sh BACKUP_FILE
# Connection, as for psql: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass); PGDATABASE is
# the database to restore into. It is created when it does not exist; an existing database
# must be empty (the script refuses to restore over data).
# PG_BIN   directory of pg_restore, psql and createdb, when they are not the ones on PATH.
set -euo pipefail

pg() {
	if [[ -n "${PG_BIN:-}" ]]; then
		echo "${PG_BIN%/}/$1"
	else
		echo "$1"
	fi
}

backup="${1:?usage: restore.sh BACKUP_FILE (with PGDATABASE naming the new, empty database)}"
[[ -f "$backup" ]] || { echo "restore.sh: no such file: $backup" >&2; exit 2; }
: "${PGDATABASE:?set PGDATABASE to the new, empty database to restore into}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}"
target="$PGDATABASE"

exists=$(PGDATABASE=postgres "$(pg psql)" -X -At -v ON_ERROR_STOP=1 \
	-c "select 1 from pg_database where datname = '${target//\'/\'\'}'")
if [[ "$exists" != "1" ]]; then
	PGDATABASE=postgres "$(pg createdb)" "$target"
else
	tables=$("$(pg psql)" -X -At -v ON_ERROR_STOP=1 \
		-c "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
	if [[ "$tables" != "0" ]]; then
		echo "restore.sh: database $target already has $tables tables; restore into a new, empty one" >&2
		exit 3
	fi
fi

"$(pg pg_restore)" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$target" "$backup"

# One line per table: schema.table<TAB>rows
"$(pg psql)" -X -At -v ON_ERROR_STOP=1 -F $'\t' <<'SQL'
select format('select %L, count(*) from %I.%I', schemaname || '.' || tablename, schemaname, tablename)
from pg_tables
where schemaname not in ('pg_catalog', 'information_schema')
order by schemaname, tablename
\gexec
SQL
