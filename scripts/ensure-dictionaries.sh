#!/usr/bin/env bash
# Makes sure the FreeDict bilingual dictionaries that translate questions in
# another language than the knowledge base (src/rag/bilingual.ts) are installed:
# Debian's dict-freedict-<src>-<dst> packages (dictd format, GPL), with apt-get
# when running as root. Idempotent: exits at once when they are there. Never
# fails the caller: without them retrieval works, only cross-language
# questions are not translated (a note is printed).
#
# Called by `npm test` (pretest), `npm run up` and `.ci/run`.
set -uo pipefail

DIR="${RAG_DICTIONARY_DIR:-/usr/share/dictd}"
# Both directions between English and the languages Postgres can stem (and Japanese, Hungarian... one way).
PACKAGES="deu-eng eng-deu spa-eng eng-spa fra-eng eng-fra ita-eng eng-ita por-eng eng-por nld-eng eng-nld pol-eng eng-pol swe-eng eng-swe tur-eng eng-tur eng-rus dan-eng fin-eng hun-eng ces-eng jpn-eng"

missing=""
for p in $PACKAGES; do
  [ -f "$DIR/freedict-$p.index" ] || missing="$missing dict-freedict-$p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "dictionaries: not installed in $DIR ($(echo $missing | wc -w) missing); questions in another language than the knowledge base are not translated offline (sudo apt-get install$missing)" >&2
  exit 0
fi

echo "dictionaries: installing FreeDict bilingual dictionaries (apt-get)"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! apt-get install -y -qq $missing >/dev/null 2>&1; then
  # A fresh machine may have no package lists yet.
  apt-get update -qq >/dev/null 2>&1
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null 2>&1 || echo "dictionaries: apt-get could not install$missing; questions in another language are not translated offline" >&2
fi
exit 0
