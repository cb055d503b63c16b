#!/usr/bin/env bash
# Reproduces the Docker image's install and start without Docker (CI runs it before `npm test`):
#   fresh clone of the committed tree → npm ci → npm run build
#   → NODE_ENV=production npm prune --omit=dev (the image's runtime stage runs `npm ci --omit=dev`:
#     the same tree, without a second download; no tsx, no vitest)
#   → NODE_ENV=production npm start against a throwaway database and Redis prefix
#   → poll /health and /ready → SIGTERM → clean up.
# Needs the local Postgres (trust auth, pgvector) and Redis that `npm test` uses.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_BASE="${SMOKE_PG_URL:-postgres://postgres@127.0.0.1:5432}"
REDIS_URL="${SMOKE_REDIS_URL:-redis://127.0.0.1:6379}"
export PUPPETEER_SKIP_DOWNLOAD=1

log() { echo "[prod-smoke] $*"; }
# GET a URL; print the body; fail unless 2xx (node's fetch: no curl needed).
get() { node -e "fetch(process.argv[1]).then(async r=>{process.stdout.write(await r.text());process.exit(r.ok?0:1)}).catch(()=>process.exit(1))" "$1"; }

WORK="$(mktemp -d /tmp/gw-prod-smoke.XXXXXX)"
ID="$(basename "$WORK" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')"
DB="gw_smoke_${ID}"
PREFIX="smoke${ID}"
PID=""
cleanup() {
  # The whole process group: npm and the node process it started.
  if [ -n "$PID" ]; then kill -KILL -- "-$PID" 2>/dev/null || true; fi
  psql "$PG_BASE/postgres" -qAtc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  redis-cli -u "$REDIS_URL" --scan --pattern "${PREFIX}:*" 2>/dev/null | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "cloning $(git -C "$ROOT" rev-parse --short HEAD) into $WORK/app"
git clone -q "$ROOT" "$WORK/app"
cd "$WORK/app"

log "npm ci (with dev dependencies) + npm run build"
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
test -f dist/src/cli/start.js

log "NODE_ENV=production npm prune --omit=dev (the tree the image's \`npm ci --omit=dev\` installs)"
NODE_ENV=production npm prune --omit=dev --no-audit --no-fund --loglevel=error
if [ -e node_modules/tsx ] || [ -e node_modules/vitest ]; then
  echo "[prod-smoke] dev dependencies (tsx, vitest) are still installed: the production start would not be tested" >&2
  exit 1
fi
# The image carries no TypeScript source either: a start that needed it would fail here.
rm -rf src channels tests bench

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
log "NODE_ENV=production npm start on port $PORT (database $DB)"
NODE_ENV=production \
DATABASE_URL="$PG_BASE/$DB" \
REDIS_URL="$REDIS_URL" \
QUEUE_PREFIX="$PREFIX" \
ENCRYPTION_KEY="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")" \
PORT="$PORT" HOST=127.0.0.1 PUBLIC_BASE_URL="http://127.0.0.1:$PORT" \
DATA_DIR="$WORK/data" WHATSAPP_WEB_SESSIONS=false LOG_LEVEL=info \
  setsid npm start >"$WORK/start.log" 2>&1 &
PID=$!  # setsid: npm leads its own process group, so the node process under it is signalled too

ok=""
for _ in $(seq 1 120); do
  if ! kill -0 "$PID" 2>/dev/null; then break; fi
  if get "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then ok=1; break; fi
  sleep 0.5
done
if [ -z "$ok" ]; then
  echo "[prod-smoke] the production start did not answer /health; its output:" >&2
  tail -n 60 "$WORK/start.log" >&2
  exit 1
fi
get "http://127.0.0.1:$PORT/ready" >/dev/null || { echo "[prod-smoke] /ready is not 200" >&2; tail -n 60 "$WORK/start.log" >&2; exit 1; }
get "http://127.0.0.1:$PORT/metrics" | grep -q '^process_cpu_user_seconds_total' || { echo "[prod-smoke] /metrics lacks the process metrics" >&2; exit 1; }
if grep -q "tsx: not found" "$WORK/start.log"; then echo "[prod-smoke] tsx was needed" >&2; exit 1; fi

# SIGTERM to the group (what a supervisor sends); every process of it must end.
kill -TERM -- "-$PID"
for _ in $(seq 1 40); do kill -0 -- "-$PID" 2>/dev/null || break; sleep 0.5; done
if kill -0 -- "-$PID" 2>/dev/null; then echo "[prod-smoke] did not stop on SIGTERM: $(pgrep -g "$PID" -a | head -3)" >&2; exit 1; fi
PID=""
# Production never seeds demo data unless asked (DEMO=1), and never prints an API key.
if [ -e "$WORK/data/demo.json" ]; then echo "[prod-smoke] a demo tenant was created without DEMO=1" >&2; exit 1; fi
if grep -q 'gwk_' "$WORK/start.log"; then echo "[prod-smoke] an API key was printed" >&2; exit 1; fi
log "ok: built, installed without dev dependencies, started from dist/, /health /ready /metrics answered, stopped on SIGTERM"
