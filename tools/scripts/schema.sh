#!/usr/bin/env bash
# write: regenerate apps/api/schema.gql. check: fail when the committed schema differs from the code.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-check}"
npx nx run api:build --skip-nx-cache >/dev/null
if [ "$mode" = "write" ]; then
  env -u DATABASE_URL SCHEMA_FILE="$PWD/apps/api/schema.gql" DATA_DIR=memory:// node dist/api/apps/api/src/schema-cli.js
  echo "wrote apps/api/schema.gql"
else
  tmp="$(mktemp -d)/schema.gql"
  env -u DATABASE_URL SCHEMA_FILE="$tmp" DATA_DIR=memory:// node dist/api/apps/api/src/schema-cli.js
  if ! diff -u apps/api/schema.gql "$tmp"; then
    echo "apps/api/schema.gql is stale: run 'npm run schema:write' and commit it" >&2
    exit 1
  fi
  echo "schema is current"
fi
