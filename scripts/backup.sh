#!/usr/bin/env bash
# Backs up the whole Deputy Action database (organisation, closed loop, accounts, sessions,
# change logs and the attachments, which are stored in the database) with pg_dump in its
# custom format, to one dated file.
#
# Connection, as for psql: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE.
# BACKUP_DIR  where to write (default: ./backups)
# PG_BIN      directory of pg_dump, when it is not the one on PATH. pg_dump must be of the
#             server's major version or newer (PostgreSQL 17 for the embedded database).
#
# Prints the path of the file written. Exits non-zero, leaving no partial file, on failure.
set -euo pipefail

pg() {
	if [[ -n "${PG_BIN:-}" ]]; then
		echo "${PG_BIN%/}/$1"
	else
		echo "$1"
	fi
}

: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the database to back up}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}"
backup_dir="${BACKUP_DIR:-./backups}"
mkdir -p "$backup_dir"

file="$backup_dir/deputy-action-${PGDATABASE}-$(date +%Y%m%d-%H%M%S).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

"$(pg pg_dump)" --format=custom --compress=6 --no-owner --no-privileges --file="$partial" "$PGDATABASE"
mv "$partial" "$file"
trap - EXIT
echo "$file"
