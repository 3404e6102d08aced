#!/bin/sh
# Runs both test runners inside one D-Bus session with the keyring, the browser tests under Xvfb.
# Each runner's exit code is kept: errors outside tests (unhandled rejections, broken files) count too.
set +e
npx vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile.json=reports/vitest.json
echo $? > reports/vitest.exit
xvfb-run -a -s '-screen 0 1280x900x24' npx playwright test --config test/playwright.config.ts
echo $? > reports/playwright.exit
exit 0
