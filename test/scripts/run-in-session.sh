#!/bin/sh
# Runs both test runners inside one D-Bus session with the keyring, the browser tests under Xvfb.
set +e
npx vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile.json=reports/vitest.json
echo "vitest exit code: $?"
xvfb-run -a -s '-screen 0 1280x900x24' npx playwright test --config test/playwright.config.ts
echo "playwright exit code: $?"
exit 0
