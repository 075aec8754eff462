#!/usr/bin/env bash
# Refreshes resources/translations/gatehouse_de.ts from every string in core/, ui/ and
# app/ (docs/i18n.md). New strings arrive as "unfinished": translate them (Qt Linguist,
# or by hand in the .ts) until `ctest -R i18n` passes. Same as the gatehouse_lupdate target.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -silent -locations none -no-obsolete -target-language de_DE \
  core ui app -ts resources/translations/gatehouse_de.ts "$@"
# English is the source language: its catalogue needs only the plural forms.
"$lupdate" -silent -locations none -no-obsolete -pluralonly -target-language en_US \
  core ui app -ts resources/translations/gatehouse_en.ts
ts=resources/translations/gatehouse_de.ts
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
echo "update-translations: $ts has $unfinished unfinished entries"
