#!/usr/bin/env bash
# Installs every Debian 12 package MesosDesk needs to build, test and run. Safe to re-run.
set -euo pipefail
PKGS=(build-essential cmake ninja-build pkg-config ccache
      qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
      libzookeeper-mt-dev qtkeychain-qt6-dev libsimdjson-dev
      libqt6svg6 librsvg2-bin desktop-file-utils appstream gzip file
      libzookeeper-java default-jre-headless
      clang libclang-rt-14-dev
      xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core curl jq openssl)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
