#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, once. Safe to run again: it skips what is present.
set -euo pipefail
packages=()
need() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }
# Browser tests (tests/MedRec.Portal.EndToEndTests): Debian's Chromium, driven by Playwright; never `playwright install`.
need chromium
# Chinese glyphs for the zh-CN pages and their screenshots (without it CJK renders as boxes).
need fonts-wqy-zenhei
# Database tests against PostgreSQL (tests/scripts/postgres.sh starts it).
need postgresql
# The results export opens in a second program: LibreOffice converts the workbook (Infrastructure.Tests, Exports).
need libreoffice-calc
# Scale-out (tests/scripts/scale-out.sh): Redis carries events between portal processes, nginx balances them.
need redis-server
need nginx
if [ ${#packages[@]} -gt 0 ]; then
  echo "installing test dependencies: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
