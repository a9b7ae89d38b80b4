#!/usr/bin/env bash
# Installs what OpsHub needs from Debian's packages when it is missing. Sourced by run.sh and test.sh.
# Usage: ensure_packages postgres [chromium] [prometheus] [alertmanager] [npm]
set -euo pipefail

_apt_updated=0
_apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: $*; run as root or install them: apt-get install -y $*" >&2
    exit 1
  fi
  if [ "$_apt_updated" -eq 0 ]; then
    echo "==> apt-get update"
    apt-get update -qq
    _apt_updated=1
  fi
  echo "==> apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_packages() {
  local wanted=()
  for need in "$@"; do
    case "$need" in
      postgres)
        compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || wanted+=(postgresql)
        command -v runuser >/dev/null || wanted+=(util-linux)
        [ -e /usr/share/zoneinfo/Asia/Ho_Chi_Minh ] || wanted+=(tzdata)
        ;;
      chromium)
        [ -x /usr/bin/chromium ] || wanted+=(chromium fonts-noto-core)
        ;;
      prometheus)
        # The package may try to start its service; without systemd (a container) that is skipped, which is fine:
        # the tests start their own Prometheus on a free port.
        { [ -x /usr/bin/promtool ] && [ -x /usr/bin/prometheus ]; } || wanted+=(prometheus)
        ;;
      alertmanager)
        [ -x /usr/bin/prometheus-alertmanager ] || wanted+=(prometheus-alertmanager)
        ;;
      npm)
        # The dashboard's build fetches ApexCharts from npm.
        command -v npm >/dev/null || wanted+=(npm)
        ;;
    esac
  done
  if [ "${#wanted[@]}" -gt 0 ]; then
    _apt_install "${wanted[@]}"
  fi
}
