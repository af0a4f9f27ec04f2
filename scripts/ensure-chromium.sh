#!/usr/bin/env bash
# Makes sure Debian's chromium is installed for the browser tests (STACK.md: never
# `npx playwright install`, it downloads a browser build and fails here). Prints the path of the
# browser and exits 0 when it is there; prints the reason and exits 1 when it cannot be installed.
set -u
BIN=/usr/bin/chromium
if [ -x "$BIN" ]; then echo "$BIN"; exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then echo "chromium missing and apt-get not available" >&2; exit 1; fi
if [ "$(id -u)" != "0" ]; then echo "chromium missing and not root: cannot apt-get install it" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
# Another apt run may hold the lock: wait for it a while rather than fail.
for _ in $(seq 1 60); do
  if apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then break; fi
  [ -x "$BIN" ] && break
  sleep 5
done
if [ -x "$BIN" ]; then echo "$BIN"; exit 0; fi
echo "chromium could not be installed with apt-get" >&2
exit 1
