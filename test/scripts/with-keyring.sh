#!/bin/sh
# Usage: dbus-run-session -- sh test/scripts/with-keyring.sh CMD...
# Starts an unlocked gnome-keyring (Secret Service) in this private D-Bus session, so keychain tests are real.
set -e
XDG_DATA_HOME="$(mktemp -d)"; export XDG_DATA_HOME         # keyring files stay out of the real home
XDG_RUNTIME_DIR="$(mktemp -d)"; export XDG_RUNTIME_DIR; chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'test-only-keyring-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
