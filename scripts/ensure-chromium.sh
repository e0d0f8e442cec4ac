#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (a test tool's own browser download cannot work offline):
# install it when missing and we may, otherwise say how.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's chromium for the browser tests..."
	apt-get update -qq && apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
	sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
else
	echo "Chromium is needed for the browser tests: install it, or set CHROMIUM_PATH to a Chromium binary." >&2
	exit 1
fi
