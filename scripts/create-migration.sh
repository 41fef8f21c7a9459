#!/usr/bin/env bash
# Creates a migration for both SQL databases after a collection change:
#   npm run migration:create -- <name>
# SQLite diffs against its last snapshot; Postgres against a scratch database brought up to date
# with the committed migrations first (needs the local Postgres server).
set -euo pipefail
name=${1:?usage: npm run migration:create -- <name>}
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--conditions=production --no-deprecation"
scratch_dir=$(mktemp -d)
trap 'rm -rf "$scratch_dir"; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS cms_migration_scratch WITH (FORCE)" postgres >/dev/null 2>&1 || true' EXIT
DATABASE_URI="file:$scratch_dir/cms.db" npx payload migrate:create "$name"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS cms_migration_scratch WITH (FORCE)" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE cms_migration_scratch" postgres
pg_uri=postgres://postgres@127.0.0.1:5432/cms_migration_scratch
DATABASE_URI=$pg_uri npx payload migrate
DATABASE_URI=$pg_uri npx payload migrate:create "$name"
