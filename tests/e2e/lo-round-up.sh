#!/bin/sh
# 5/3/1's loads round up to 5 lb (issue 14), and the workbook computes its
# set lists live from each top set's cell: LibreOffice, recalculating the
# 531-bbb workbook with every formula's cached value taken out, must give
# every load the plan CSV has, and the book's bench at a training max of
# 225 (150x5, 170x5, 195x5+, BBB 115x10 x5). One conversion.
. "$srcdir/tests/e2e/lib.sh"
for tool in soffice python3; do
    command -v "$tool" >/dev/null 2>&1 ||
        skip_all "$tool not found: install libreoffice-calc-nogui and python3 (tools/install-deps)"
done
# Thinned (lib.sh, the valgrind pass): this test's time is LibreOffice's.
[ "$thin" -eq 1 ] || skip_all "LibreOffice's time, not topset's: run by the plain and sanitizer passes"
plan 6

run_topset plan --template "$srcdir/templates/531-bbb.csv" \
    --maxes "$data/programs/maxes-531.csv" --as-of 2026-11-22 --weeks 4 --unit lb \
    --format csv,xlsx --out "$tmp/p"
is 0 "$status" "531-bbb plans 4 weeks to CSV and workbook"

# Every cached value of a formula cell taken out: what LibreOffice shows
# then is what the formula computes, not what topset stored.
python3 - "$tmp/p.xlsx" "$tmp/bare.xlsx" >"$tmp/stripped" <<'PY'
import re, sys, zipfile
zi, zo = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
n = 0
for item in zi.infolist():
    data = zi.read(item.filename)
    if item.filename.startswith("xl/worksheets/sheet"):
        text, k = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", data.decode("utf-8"))
        n += len(re.findall(r"<f>ROUNDUP\(", text))
        data = text.encode("utf-8")
    zo.writestr(item, data)
zo.close()
print(n)
PY
ok "$(test "$(cat "$tmp/stripped")" -gt 0; echo $?)" \
    "the workbook's set lists are ROUNDUP formulas ($(cat "$tmp/stripped") of them), values taken out"

# A profile that recalculates every OOXML file on load.
mkdir -p "$tmp/lo/user" "$tmp/csv"
cat >"$tmp/lo/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# Every sheet to its own CSV (bare-SHEET.csv), numbers as stored.
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$tmp/csv" "$tmp/bare.xlsx" >"$tmp/soffice.log" 2>&1
is 4 "$(find "$tmp/csv" -name 'bare-Week *.csv' | wc -l)" "LibreOffice recalculated the four week sheets"

# "WEEK EXERCISE SET LOAD" of every set: from the plan CSV, and from the
# recalculated week sheets (Exercise, Set and Load are columns 2, 3, 5).
awk -F, 'NR > 1 { print $2, $5, $6, $8 }' "$tmp/p.csv" >"$tmp/want"
for w in 1 2 3 4; do
    awk -F, -v w="$w" '$3 ~ /^[0-9]+$/ { print w, $2, $3, $5 }' "$tmp/csv/bare-Week $w.csv"
done >"$tmp/seen"
is "$(wc -l <"$tmp/want")" "$(wc -l <"$tmp/seen")" "as many sets in the sheets as in the plan CSV"
diff "$tmp/want" "$tmp/seen" >"$tmp/diff" 2>&1
ok "$(test ! -s "$tmp/diff"; echo $?)" "every recalculated load is the plan CSV's"
sed 's/^/# /' "$tmp/diff" | head -20
is "150 170 195 115 115 115 115 115" \
    "$(grep '^1 Bench Press ' "$tmp/seen" | awk '$(NF - 1) > 4 { printf "%s ", $NF }' | sed 's/ $//')" \
    "recalculated, week 1 bench at TM 225 is the book's 150, 170, 195, BBB 115"
