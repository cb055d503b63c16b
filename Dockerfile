# Gateway + worker image. Postgres must ship pgvector (e.g. pgvector/pgvector:pg15) and Redis is separate;
# see docker-compose.yml. The same image runs `npm start` (both), `npm run gateway` or `npm run worker`.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    PUPPETEER_SKIP_DOWNLOAD=1 \
    CHROMIUM_PATH=/usr/bin/chromium

# Chromium drives WhatsApp Web sessions (whatsapp-web.js); nothing is downloaded at run time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json .puppeteerrc.cjs ./
# postinstall applies patches/ (patch-package): the postgres.js fix must be in the image.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY tsconfig.json drizzle.config.ts ./
COPY src ./src
COPY channels ./channels
COPY drizzle ./drizzle
COPY workers ./workers
COPY examples ./examples

USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
