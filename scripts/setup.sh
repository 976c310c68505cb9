#!/bin/sh
# Sets up a fresh Debian/Ubuntu machine for Inroads, as root or as a user with sudo:
# the browsers the tests and the demo drive (Debian's Chromium and Firefox ESR), the WebDAV server the
# sync tests start on 127.0.0.1 (Debian's rclone), then the npm packages.
set -eu
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=""
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/lib/chromium/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  missing="$missing chromium"
fi
if ! command -v firefox-esr >/dev/null 2>&1 && [ -z "${FIREFOX_PATH:-}" ]; then missing="$missing firefox-esr"; fi
if ! command -v rclone >/dev/null 2>&1; then missing="$missing rclone"; fi
if [ -n "$missing" ] && [ -n "$SUDO" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "Missing Debian packages:$missing. Install them as root (apt-get update && apt-get install -y$missing), then run this again."
  exit 1
fi
if [ -n "$missing" ]; then
  echo "Installing$missing (Debian packages)…"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
npm ci --no-audit --no-fund
