#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine with the .NET 10 SDK: installs what the tests
# need when it is missing (EPUBCheck with a Java runtime; Node.js packages and Chromium for Ace
# by DAISY; calibre, whose ebook-convert turns the Kindle build into AZW3), then runs every test. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -f /usr/share/java/epubcheck.jar ] || need_apt+=(epubcheck)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
[ -x /usr/bin/ebook-convert ] || need_apt+=(calibre)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} ..." >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Ace by DAISY drives Debian's Chromium; Puppeteer must not download a browser of its own.
if [ -f tests/tools/package.json ] && [ ! -d tests/tools/node_modules ]; then
  echo "Installing the Node.js test tools ..." >&2
  (cd tests/tools && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# Release: the configuration that ships (the memory test measures what optimised code holds).
exec dotnet test Epub.sln -c Release "$@"
