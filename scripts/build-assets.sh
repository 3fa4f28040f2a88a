#!/usr/bin/env bash
# Copies the self-hosted front-end assets out of node_modules and derives the right-to-left build.
# Nothing is loaded from a CDN: every page only ever requests files from its own origin.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/netzwerk/static/vendor
if [ ! -d node_modules/@kern-ux/native ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
rm -rf "$out"
mkdir -p "$out/kern/fonts" "$out/htmx" "$out/axe"
kern=node_modules/@kern-ux/native/dist
# Only the KERN rules the platform uses (340 KB -> about 115 KB); see scripts/purgecss.config.cjs.
node scripts/purge-css.cjs "$kern/kern.min.css" "$out/kern/kern.min.css"
# Fira Sans in the three weights KERN uses (400, 500, 600; bold text takes 600), each cut into a Latin and
# a Cyrillic part: a browser loads a part only when the page shows a character of it (unicode-range), so a
# German page loads about 60 KB of fonts instead of 540 KB. Arabic and Persian use the system's fonts.
"${PYTHON:-.venv/bin/python}" scripts/subset-fonts.py "$kern/fonts/fira-sans" "$out/kern/fonts"
node_modules/.bin/rtlcss "$out/kern/kern.min.css" "$out/kern/kern.rtl.min.css" >/dev/null
cp node_modules/htmx.org/dist/htmx.min.js "$out/htmx/htmx.min.js"
cp node_modules/axe-core/axe.min.js "$out/axe/axe.min.js"
echo "assets built in $out"
