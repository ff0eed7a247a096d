#!/usr/bin/env bash
# Runs "$@" inside a private D-Bus session with an unlocked, throw-away gnome-keyring, so
# QtKeychain talks to a real Secret Service and never blocks on a password prompt.
set -euo pipefail
exec dbus-run-session -- bash -c '
  export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
  chmod 700 "$XDG_RUNTIME_DIR"
  printf mesosdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
