#!/usr/bin/env bash
# Debian/Ubuntu packages Qt needs below PySide6's wheel: GL/EGL, fonts (CJK for Chinese
# text), xkbcommon and the xcb libraries for a real window. Installs only what is missing;
# without root or sudo it says what to install and carries on.
set -u
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-noto-cjk
          libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 "$@")
command -v dpkg >/dev/null || exit 0   # not Debian: nothing we know how to check
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else
  echo "Please install: sudo apt-get install ${missing[*]}" >&2; exit 0
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
