#!/bin/sh
# Installs what `jixiao render` and its tests need from Debian's packages, when missing:
#   chromium                               prints the HTML rendition to PDF (renderers/node/pdf-renderer.ts)
#   fonts-arphic-uming fonts-arphic-ukai   TrueType CJK faces (宋/仿宋 and 楷 substitutes) Chromium embeds as real fonts
#   fonts-wqy-zenhei fonts-noto-cjk        黑体 substitute; Noto CJK for any character the others lack
#   libreoffice-writer libreoffice-calc    tests: LibreOffice opens the DOCX and XLSX and recomputes the workbook
#   poppler-utils                          tests: pdffonts, pdfinfo, pdftotext
# Safe to run again; retries while another apt holds the lock. Needs root (CI and the workplace run as root).
set -eu
PACKAGES="chromium fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-noto-cjk libreoffice-writer libreoffice-calc poppler-utils"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
for attempt in 1 2 3 4 5 6; do
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; then
    fc-cache -f >/dev/null 2>&1 || true
    exit 0
  fi
  echo "apt busy or failed (attempt $attempt), retrying in 20 s"
  sleep 20
done
exit 1
