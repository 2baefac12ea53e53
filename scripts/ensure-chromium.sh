#!/bin/sh
# Make sure a headless Chromium is available for the widget's browser tests.
# Idempotent: does nothing when a chromium binary is already on the machine.
# Uses Debian's package (never a Playwright browser download).
set -eu

find_chromium() {
    for candidate in "${DATACHAT_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if path=$(find_chromium); then
    echo "chromium: $path"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
else
    SUDO=""
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null

path=$(find_chromium)
echo "chromium: $path"
