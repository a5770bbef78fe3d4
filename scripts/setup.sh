#!/usr/bin/env bash
# Sets up a fresh Debian machine with Node 20 for grant-budget: the Debian tools the tests use
# (LibreOffice to recalculate workbooks, xmllint for XSDs, pdftoppm, Chromium for the task pane, openpyxl),
# then the npm packages from package-lock.json, then the build (not with --for-tests). Safe to run again:
# it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || need+=(fonts-liberation)
# openpyxl writes test workbooks the way Python tools save them (repair must keep every byte it does not repair)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)  # Debian's python, not a pyenv shim

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "setup: need root (or sudo) to install: ${need[*]}" >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --for-tests: `npm test` builds what it tests, side by side with its type check and lint
# (scripts/test/prepare.js): a build here would be done twice.
if [ "${1:-}" = "--for-tests" ]; then
  echo "setup: done (npm test builds)"
  exit 0
fi

echo "setup: building"
# The command (tsc) and the pane (webpack) side by side: each is mostly one core.
npm run --silent build:cli &
cli=$!
npm run --silent build:web &
web=$!
wait "$cli"
wait "$web"
echo "setup: done"
