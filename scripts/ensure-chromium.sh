#!/usr/bin/env bash
# Makes sure a Chromium the browser tests (playwright-core) and WhatsApp Web
# sessions (whatsapp-web.js) can drive is installed: Debian's `chromium`
# package, installed with apt-get when running as root. Idempotent: exits at
# once when the browser is already there. Nothing is ever downloaded from a
# browser vendor (PUPPETEER_SKIP_DOWNLOAD, no `playwright install`).
#
# Called by `npm test` (pretest), `npm run up` and `.ci/run`.
set -euo pipefail

BROWSER="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$BROWSER" ]; then
  exit 0
fi

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found at $BROWSER; install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary" >&2
  exit 1
fi

echo "chromium: installing Debian's chromium package (apt-get)"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq chromium >/dev/null 2>&1; then
  # A fresh machine may have no package lists yet.
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$BROWSER" ]; then
  echo "chromium: installed the chromium package but $BROWSER is still missing; set CHROMIUM_PATH" >&2
  exit 1
fi
echo "chromium: installed $("$BROWSER" --version 2>/dev/null || echo "$BROWSER")"
