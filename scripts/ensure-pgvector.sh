#!/usr/bin/env bash
# Builds and installs pgvector from Debian's own source package when the local
# PostgreSQL has no `vector` extension available. Idempotent: exits at once when
# the extension can already be created.
#
# Debian 12 ships no pgvector binary for PostgreSQL 15, but the trixie source
# package (0.8.x) builds against postgresql-server-dev-15 in ~30 s. The mirror
# address is read from the machine's own apt sources, never hard-coded here.
set -euo pipefail

# The database to check against: first argument (what `npm start` passes), else PGVECTOR_CHECK_DB, else `test`.
PSQL_DB="${1:-${PGVECTOR_CHECK_DB:-test}}"
psql_q() { psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$PSQL_DB" -Atqc "$1" 2>/dev/null; }

if [ "$(psql_q "select 1")" != "1" ]; then
  # Nothing to check against: the caller reports the unreachable server in its own words.
  echo "pgvector: PostgreSQL is not reachable at ${PGHOST:-127.0.0.1} (or it has no database $PSQL_DB); not checked" >&2
  exit 0
fi

if [ "$(psql_q "select count(*) from pg_available_extensions where name='vector'")" = "1" ]; then
  echo "pgvector: available"
  exit 0
fi

if [ "$(id -u)" != "0" ]; then
  echo "pgvector: the 'vector' extension is missing and building it needs root (re-run: sudo bash scripts/ensure-pgvector.sh)" >&2
  exit 1
fi

PG_MAJOR="$(psql_q "show server_version_num" | cut -c1-2)"
PG_MAJOR="${PG_MAJOR:-15}"
echo "pgvector: building from Debian's source package for PostgreSQL ${PG_MAJOR}"

export DEBIAN_FRONTEND=noninteractive
MIRROR=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  MIRROR="$(awk '/^URIs:/ {print $2; exit}' "$f" | grep -v security || true)"
  [ -n "$MIRROR" ] && break
done
if [ -z "$MIRROR" ] && [ -f /etc/apt/sources.list ]; then
  MIRROR="$(awk '/^deb / && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)"
fi
[ -n "$MIRROR" ] || { echo "pgvector: no Debian mirror found in apt sources" >&2; exit 1; }

apt-get update -qq >/dev/null || true
if ! dpkg -s "postgresql-server-dev-${PG_MAJOR}" >/dev/null 2>&1; then
  apt-get install -y -qq "postgresql-server-dev-${PG_MAJOR}" dpkg-dev make gcc >/dev/null
fi
command -v dpkg-source >/dev/null || apt-get install -y -qq dpkg-dev >/dev/null

TMP="$(mktemp -d)"; chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/sources.list.d" "$TMP/lists/partial" "$TMP/build"
cat > "$TMP/sources.list.d/trixie-src.sources" <<SRC
Types: deb-src
URIs: ${MIRROR}
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
APT_OPTS=(-o "Dir::Etc::SourceParts=$TMP/sources.list.d" -o "Dir::Etc::SourceList=/dev/null" -o "Dir::State::Lists=$TMP/lists")
apt-get "${APT_OPTS[@]}" update -qq >/dev/null
( cd "$TMP/build" && apt-get "${APT_OPTS[@]}" source --download-only pgvector >/dev/null )
ORIG="$(ls "$TMP"/build/pgvector_*.orig.tar.* | head -n1)"
tar -xf "$ORIG" -C "$TMP/build"
SRC_DIR="$(find "$TMP/build" -maxdepth 1 -type d -name 'pgvector-*' | head -n1)"
make -s -C "$SRC_DIR" PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" OPTFLAGS="" >/dev/null
make -s -C "$SRC_DIR" PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" install >/dev/null
echo "pgvector: installed $(basename "$SRC_DIR")"
