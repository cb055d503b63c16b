#!/usr/bin/env bash
# Makes sure the offline translation of questions in another language than the
# knowledge base has its data: FreeDict bilingual dictionaries (Debian's
# dict-freedict-<src>-<dst>, dictd format, GPL; src/rag/bilingual.ts) and
# Apertium with its English–Spanish pair and the pairs into Spanish
# (src/rag/machine-translation.ts), with apt-get when running as root. Idempotent: exits at once when they are there. Never
# fails the caller: without them retrieval works, only cross-language
# questions are not translated (a note is printed).
#
# Called by `npm test` (pretest), `npm run up` and `.ci/run`.
set -uo pipefail

DIR="${RAG_DICTIONARY_DIR:-/usr/share/dictd}"
# Both directions between English and the languages Postgres can stem (and Japanese, Hungarian... one way).
PACKAGES="deu-eng eng-deu spa-eng eng-spa fra-eng eng-fra ita-eng eng-ita por-eng eng-por nld-eng eng-nld pol-eng eng-pol swe-eng eng-swe tur-eng eng-tur eng-rus dan-eng fin-eng hun-eng ces-eng jpn-eng"

MODES="${APERTIUM_MODES_DIR:-/usr/share/apertium/modes}"
# mode file → package (cg3 runs the Italian pair's constraint grammar).
APERTIUM="spa-eng:apertium-eng-spa fr-es:apertium-fr-es pt-es:apertium-es-pt ita-spa:apertium-es-it"

missing=""
for p in $PACKAGES; do
  [ -f "$DIR/freedict-$p.index" ] || missing="$missing dict-freedict-$p"
done
command -v apertium >/dev/null 2>&1 || missing="$missing apertium"
command -v vislcg3 >/dev/null 2>&1 || missing="$missing cg3"
for m in $APERTIUM; do
  [ -f "$MODES/${m%%:*}.mode" ] || missing="$missing ${m#*:}"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "dictionaries: not installed in $DIR ($(echo $missing | wc -w) missing); questions in another language than the knowledge base are not translated offline (sudo apt-get install$missing)" >&2
  exit 0
fi

echo "dictionaries: installing FreeDict dictionaries and Apertium pairs (apt-get):$missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! apt-get install -y -qq $missing >/dev/null 2>&1; then
  # A fresh machine may have no package lists yet.
  apt-get update -qq >/dev/null 2>&1
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null 2>&1 || echo "dictionaries: apt-get could not install$missing; questions in another language are not translated offline" >&2
fi
exit 0
