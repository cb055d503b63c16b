#!/usr/bin/env bash
# One command for a fresh machine: install what is missing (npm dependencies,
# Debian's Chromium for WhatsApp Web sessions and the browser tests), start
# local PostgreSQL/Redis when they are installed but stopped, then `npm start`
# (pgvector if missing, migrations, gateway + worker) with the demo tenant
# (`--demo`: seeded on an empty database; plain `npm start` never seeds one).
set -euo pipefail
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "up: installing npm dependencies"
  npm ci --no-audit --no-fund
fi

if [ -z "${DATABASE_URL:-}" ] && command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "up: starting local PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
  fi
fi
if [ -z "${REDIS_URL:-}" ] && command -v redis-cli >/dev/null 2>&1 && ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "up: starting local Redis"
    mkdir -p .data/redis
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir "$PWD/.data/redis" --logfile "$PWD/.data/redis/redis.log"
    sleep 0.5
  fi
fi

# WhatsApp Web sessions and `npm test` need a browser; the gateway runs without one.
bash scripts/ensure-chromium.sh || echo "up: continuing without Chromium (needed only by WhatsApp Web sessions and the browser tests)"
# Offline translation of questions in another language than the knowledge base (never fails).
bash scripts/ensure-dictionaries.sh
# English word vectors for the word-vector ranking, when RAG_WORD_VECTORS names their folder (never fails).
node scripts/ensure-word-vectors.mjs
# Chinese–English dictionary (CC-CEDICT) for Chinese questions to other knowledge bases (never fails).
node scripts/ensure-cjk-dictionary.mjs

exec npm start -- --demo
