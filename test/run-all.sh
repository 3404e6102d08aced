#!/usr/bin/env bash
# npm test: system packages (when missing) -> type-check -> build -> vitest + Playwright -> one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/scripts/system-deps.sh
echo "== type-check"; npx tsc -p tsconfig.json --noEmit
echo "== build"; npm run --silent build
mkdir -p reports && rm -f reports/vitest.json reports/playwright.json reports/*.exit
echo "== tests (vitest, then Playwright in Chromium under Xvfb; real keychain in a private D-Bus session)"
timeout 1200 dbus-run-session -- sh test/scripts/with-keyring.sh sh test/scripts/run-in-session.sh 2> >(grep -v -e 'Failed to set fd limit' -e 'unexpected operator' >&2) || true
node test/scripts/summary.mjs
