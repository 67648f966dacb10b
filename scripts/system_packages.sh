#!/usr/bin/env bash
# Installs the Debian packages behind the commands the suite needs, only when a command is missing.
# Usage: scripts/system_packages.sh command:debian-package ...   (e.g. chromium:chromium java:default-jre-headless)
# Quiet when everything is present, so `make test` stays quiet on a machine that is already set up.
set -euo pipefail

missing_cmds=()
missing_pkgs=()
for spec in "$@"; do
  cmd=${spec%%:*}
  pkg=${spec#*:}
  if [ -z "$cmd" ] || [ -z "$pkg" ] || [ "$cmd" = "$spec" ]; then
    echo "system_packages.sh: expected command:debian-package, got '$spec'" >&2
    exit 2
  fi
  command -v "$cmd" >/dev/null 2>&1 && continue
  missing_cmds+=("$cmd")
  # Several commands can come from one package (pg_isready and psql); name it once.
  case " ${missing_pkgs[*]-} " in *" $pkg "*) ;; *) missing_pkgs+=("$pkg") ;; esac
done

[ ${#missing_cmds[@]} -eq 0 ] && exit 0

# Only root with apt-get can install; anyone else gets the one command to run, not a sudo prompt
# in the middle of a test run.
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages: ${missing_pkgs[*]}" >&2
  echo "Install them with: sudo apt-get install -y --no-install-recommends ${missing_pkgs[*]}" >&2
  exit 1
fi

echo "== installing from Debian: ${missing_pkgs[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing_pkgs[@]}"

# A package that installs but does not provide the command (renamed binary, wrong mapping) must
# fail here, not as a confusing error deep inside the suite.
hash -r
failed=0
for cmd in "${missing_cmds[@]}"; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "FATAL: '$cmd' is still not on PATH after installing ${missing_pkgs[*]}." >&2
    failed=1
  fi
done
exit "$failed"
