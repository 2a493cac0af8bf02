#!/usr/bin/env bash
# Writes apps/api/test/fixtures/previous-release.sql.gz: the demo data as a given release made it (its
# own migrations, its own seed generator and importer), as SQL inserts, for upgrade.int-spec.ts.
#   bash tools/scripts/upgrade-fixture.sh <git ref of the release> <its last migration's class name>
# Needs the PostgreSQL server of the README (127.0.0.1:5432, user postgres) and node_modules installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ref="$1"; last="$2"
root="$(pwd)"; tree="$(mktemp -d)"; db="sli_fixture_$$"
trap 'git worktree remove --force "$tree"; psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
git worktree add -q --detach "$tree" "$ref"
ln -s "$root/node_modules" "$tree/node_modules"
(cd "$tree" && npx nx run api:build --skip-nx-cache >/dev/null)
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db"
(cd "$tree" && DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" DEMO_PASSWORD=correct-horse-e2e-2026 node dist/api/tools/import/src/demo-cli.js)
# Data only, in the release's column order; the change history (audit_events) is left out to keep the
# file small, and psql's meta-commands (\restrict) too, so any client can run it.
{
  echo "-- The demo data of release $ref (last migration $last), made by tools/scripts/upgrade-fixture.sh."
  echo "-- release-last-migration: $last"
  pg_dump -h 127.0.0.1 -U postgres -d "$db" --data-only --inserts --rows-per-insert=500 \
    --exclude-table=migrations --exclude-table-data=audit_events --no-owner --no-privileges 2>/dev/null | grep -v '^\\'
} | gzip -9 > apps/api/test/fixtures/previous-release.sql.gz
ls -la apps/api/test/fixtures/previous-release.sql.gz
