#!/bin/sh
# The filled-in workbook is a log (issue 16): week 1 of a plan is filled in
# twice with the same actuals, in the workbook's "Done" boxes (openpyxl, as
# a spreadsheet saves them) and in the plan CSV; the workbook is saved again
# by LibreOffice and rewritten with inline strings. Planned from each, the
# next week is the same. Empty boxes are no sessions; a workbook that is no
# topset plan, or holds a bad value, is refused with its place.
. "$srcdir/tests/e2e/lib.sh"
py=""
for p in python3 /usr/bin/python3; do
    command -v "$p" >/dev/null 2>&1 && "$p" -c 'import openpyxl' 2>/dev/null && py=$p && break
done
[ -n "$py" ] || skip_all "no python3 with openpyxl: install python3-openpyxl (tools/install-deps)"
plan 22

t="$(cd "$srcdir" && pwd)/templates/upper-lower.csv"
logs="$srcdir/samples/logs"
# next LOG OUT: plan week 2 of the block (the Monday after week 1) from LOG.
next() {
    run_topset plan --template "$t" --log "$1" --as-of 2026-11-29 --weeks 1 --client Alex \
        --format csv --out "$tmp/$2"
}

run_topset plan --template "$t" --log "$logs/alex.csv" --as-of 2026-11-22 --weeks 2 \
    --client Alex --out "$tmp/p"
is 0 "$status" "the plan is written"
"$py" "$srcdir/tests/e2e/fill-week.py" "$tmp/p.xlsx" "$tmp/p.csv" "$tmp/f.xlsx" "$tmp/f.csv" \
    >"$tmp/fill.log" 2>&1
ok $? "week 1 filled in, in the workbook and in the plan CSV"
sed 's/^/# /' "$tmp/fill.log"

run_topset check "$tmp/f.xlsx"
is "0|$tmp/f.xlsx: ok (log (plan workbook))" "$status|$out" "check: a filled-in workbook is a log"

next "$tmp/f.csv" from-csv
is 0 "$status" "planned from the plan CSV"
next "$tmp/f.xlsx" from-xlsx
is "0|" "$status|$err" "planned from the workbook, silently"
ok "$(cmp -s "$tmp/from-csv.csv" "$tmp/from-xlsx.csv"; echo $?)" \
    "the next week from the workbook equals the one from the plan CSV"
top=$(grep -m1 ',Bench Press,.*,top,' "$tmp/from-xlsx.csv" | cut -d, -f8-9,12)
is "87.5,6,add 1 rep: 5/6 reps @8.5 last time" "$top" \
    "and it follows the done boxes: the bench top set 87.5 x5 @8.5 becomes 87.5 x6"

# Empty done boxes are no sessions: the unfilled workbook is an empty log.
next "$tmp/p.xlsx" from-empty
run_topset plan --template "$t" --as-of 2026-11-29 --weeks 1 --client Alex --format csv \
    --out "$tmp/no-log"
ok "$(cmp -s "$tmp/no-log.csv" "$tmp/from-empty.csv"; echo $?)" \
    "an unfilled workbook plans as no log at all"
ok "$(cmp -s "$tmp/no-log.csv" "$tmp/from-xlsx.csv"; test $? -ne 0; echo $?)" \
    "(and the filled one does not)"

# openpyxl writes inline strings (LibreOffice, below, shared ones); some
# programs keep every number as text, or as a formula's text result.
"$py" - "$tmp/f.xlsx" "$tmp/text.xlsx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1:]
zi = zipfile.ZipFile(src)
assert "xl/sharedStrings.xml" not in zi.namelist()
zo = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
n = 0
for item in zi.infolist():
    data = zi.read(item.filename)
    if item.filename.startswith("xl/worksheets/sheet"):
        text, k = re.subn(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?)( t="n")?><v>([0-9.]+)</v></c>',
                          r'<c r="\1"\2 t="str"><v>\4</v></c>', data.decode("utf-8"))
        n += k
        data = text.encode("utf-8")
    zo.writestr(item, data)
zo.close()
sys.exit(0 if n > 0 else 1)
PY
ok $? "the workbook rewritten with every number as text"
next "$tmp/text.xlsx" from-text
ok "$(cmp -s "$tmp/from-csv.csv" "$tmp/from-text.csv"; echo $?)" \
    "inline strings, numbers as text: the same next week"

# Saved again by LibreOffice.
if command -v soffice >/dev/null 2>&1; then
    mkdir -p "$tmp/lo"
    timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo-profile" \
        --convert-to xlsx --outdir "$tmp/lo" "$tmp/f.xlsx" >"$tmp/soffice.log" 2>&1
    ok "$(test -s "$tmp/lo/f.xlsx"; echo $?)" "LibreOffice saved the workbook again"
    next "$tmp/lo/f.xlsx" from-lo
    ok "$(cmp -s "$tmp/from-csv.csv" "$tmp/from-lo.csv"; echo $?)" \
        "saved by LibreOffice: the same next week"
else
    skip "soffice not found (libreoffice-calc-nogui)"
    skip "soffice not found (libreoffice-calc-nogui)"
fi

# A roster's log column takes a workbook too.
printf 'client,template,log,unit,start,weeks\nAlex,%s,%s,kg,2026-11-30,1\n' "$t" "$tmp/f.xlsx" \
    >"$tmp/roster.csv"
run_topset batch "$tmp/roster.csv" --out "$tmp/batch" --as-of 2026-11-29 --format csv
is 0 "$status" "batch: a roster whose log is a workbook"
ok "$(cmp -s "$tmp/from-csv.csv" "$tmp/batch/Alex.csv"; echo $?)" "batch: the same next week"

# --- refused ----------------------------------------------------------

"$py" - "$tmp" <<'PY'
import sys, zipfile, openpyxl
tmp = sys.argv[1]
wb = openpyxl.Workbook()
wb.active.append(["date", "exercise", "weight", "reps"])
wb.active.append(["2026-11-23", "Squat", 100, 5])
wb.save(tmp + "/other.xlsx")
with zipfile.ZipFile(tmp + "/not-a-workbook.xlsx", "w") as z:
    z.writestr("readme.txt", "hello")
# A load that is no number, and a set with reps but no load.
for name, col, value in (("bad-load", "Done load", "heavy"), ("half", "Done load", None)):
    wb = openpyxl.load_workbook(tmp + "/f.xlsx")
    ws = wb["Week 1"]
    head = {c.value: c.column for c in ws[2] if c.value}
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, head["Type"]).value == "top")
    ws.cell(row, head[col]).value = value
    wb.save("%s/%s.xlsx" % (tmp, name))
PY
[ $? -eq 0 ]
ok $? "bad workbooks made"

run_topset plan --template "$t" --log "$tmp/other.xlsx" --as-of 2026-11-29 --out "$tmp/o1"
is "1|$tmp/other.xlsx: not a topset plan workbook: no sheet has the columns \"Exercise\", \"Type\", \"Done load\" and \"Done reps\" (expected a workbook written by topset plan, with its week sheets)" \
    "$status|$err" "a workbook that is no topset plan is refused"
ok "$(test ! -e "$tmp/o1.csv" && test ! -e "$tmp/o1.xlsx"; echo $?)" "and nothing is written"

run_topset check "$tmp/not-a-workbook.xlsx"
is "1|$tmp/not-a-workbook.xlsx: a zip file but not a spreadsheet workbook (expected a plan workbook topset wrote, or a CSV log)" \
    "$status|$err" "a zip that is no workbook is refused"

head -c 3000 "$tmp/f.xlsx" >"$tmp/cut.xlsx"
run_topset check "$tmp/cut.xlsx"
case $err in
"$tmp/cut.xlsx: not a readable workbook: "*) r=0 ;;
*) r=1 ;;
esac
is "1|0" "$status|$r" "a workbook cut short is refused: $err"

run_topset check "$tmp/bad-load.xlsx"
is "1|$tmp/bad-load.xlsx[Week 1]:8:9: column \"Done load\": expected a load from 0 to 10000 like 62.5, got \"heavy\"" \
    "$status|$err" "a done load that is no number: its sheet, row and column"
run_topset check "$tmp/half.xlsx"
is "1|$tmp/half.xlsx[Week 1]:8:9: column \"Done load\": empty (expected the load lifted, or both done boxes empty to skip the set)" \
    "$status|$err" "done reps without a done load: refused at its cell"
