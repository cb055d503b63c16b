#!/usr/bin/env bash
# Makes sure the offline translation of questions in another language than the
# knowledge base has its data: FreeDict bilingual dictionaries (Debian's
# dict-freedict-<src>-<dst>, dictd format, GPL; src/rag/bilingual.ts) and
# Apertium with its English–Spanish pair and the pairs into Spanish
# (src/rag/machine-translation.ts), and the LibreOffice thesauri (Debian's
# mythes-<ll>, MyThes format; src/rag/thesaurus.ts: in-language synonyms for
# knowledge bases in other languages than English), with apt-get when running
# as root. Idempotent: exits at once when they are there. Never fails the
# caller: without them retrieval works, only cross-language questions are not
# translated and non-English questions not expanded (a note is printed).
#
# Called by `npm test` (pretest), `npm run up` and `.ci/run`.
set -uo pipefail

DIR="${RAG_DICTIONARY_DIR:-/usr/share/dictd}"
# Both directions between English and the languages Postgres can stem (and Japanese, Hungarian... one way),
# Arabic–English, Greek–English (both directions), Welsh–English (Welsh questions: the language detector cannot tell Welsh, src/rag/language.ts
# refineLanguageByLexicon), English into Indonesian and Japanese; and every direct pair Debian packages between
# the knowledge-base languages German, French, Spanish, Italian, Portuguese, Dutch and a question
# language (src/rag/bilingual.ts translateWord: direct where the pair knows the word, else through English).
PACKAGES="deu-eng eng-deu spa-eng eng-spa fra-eng eng-fra ita-eng eng-ita por-eng eng-por nld-eng eng-nld pol-eng eng-pol swe-eng eng-swe tur-eng eng-tur eng-rus dan-eng fin-eng hun-eng ces-eng jpn-eng
 ara-eng eng-ara ell-eng eng-ell eng-ind eng-jpn cym-eng
 deu-fra fra-deu deu-spa spa-deu deu-ita ita-deu deu-por por-deu deu-nld nld-deu deu-pol pol-deu deu-rus deu-tur tur-deu jpn-deu
 fra-spa fra-ita fra-por fra-nld nld-fra fra-pol pol-fra fra-tur fra-rus jpn-fra
 spa-por por-spa ita-spa ita-por ita-pol pol-ita ita-tur ita-rus pol-spa pol-por nld-spa nld-por pol-tur pol-rus"

MODES="${APERTIUM_MODES_DIR:-/usr/share/apertium/modes}"
# mode file → package (cg3 runs the Italian pair's constraint grammar).
APERTIUM="spa-eng:apertium-eng-spa fr-es:apertium-fr-es pt-es:apertium-es-pt ita-spa:apertium-es-it ro-es:apertium-es-ro"

THESAURI="${RAG_THESAURUS_DIR:-/usr/share/mythes}"
# package:index file it installs.
MYTHES="mythes-de:th_de_DE_v2 mythes-fr:thes_fr mythes-es:th_es_ES_v2 mythes-it:th_it_IT_v2 mythes-pt-pt:th_pt_PT_v2 mythes-pt-br:th_pt_BR mythes-pl:th_pl_PL_v2 mythes-ru:th_ru_RU_v2 mythes-sv:th_sv_SE_v2 mythes-id:th_id_ID_v2 mythes-cs:th_cs_CZ_v2 mythes-da:th_da_DK mythes-no:th_nb_NO_v2 mythes-uk:th_uk_UA_v2 mythes-ro:th_ro_RO_v2 mythes-hu:th_hu_HU_v2 mythes-en-us:th_en_US_v2"

missing=""
for m in $MYTHES; do
  [ -f "$THESAURI/${m#*:}.idx" ] || missing="$missing ${m%%:*}"
done
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
  echo "dictionaries: $(echo $missing | wc -w) packages missing; questions in another language than the knowledge base are not translated offline, nor non-English questions expanded with synonyms (sudo apt-get install$missing)" >&2
  exit 0
fi

echo "dictionaries: installing FreeDict dictionaries, Apertium pairs and thesauri (apt-get):$missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! apt-get install -y -qq $missing >/dev/null 2>&1; then
  # A fresh machine may have no package lists yet.
  apt-get update -qq >/dev/null 2>&1
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null 2>&1 || echo "dictionaries: apt-get could not install$missing; questions in another language are not translated offline, nor expanded with synonyms" >&2
fi
exit 0
