#!/bin/sh
# Proof in a real spreadsheet program: LibreOffice opens the workbooks
# topset writes for the shipped templates and samples, prints them to PDF
# (every page landscape, every week sheet one page wide with its header
# row on each page) and recalculates them (every cached value is what the
# formula gives; a top set overwritten by a coach moves its warm-ups and
# back-offs, rounded to step).
. "$srcdir/tests/e2e/lib.sh"
for tool in soffice pdfinfo pdftotext python3; do
    command -v "$tool" >/dev/null 2>&1 ||
        skip_all "$tool not found: install libreoffice-calc-nogui, poppler-utils and python3 (tools/install-deps)"
done
# Thinned (lib.sh, the valgrind pass): this test's time is LibreOffice's.
[ "$thin" -eq 1 ] || skip_all "LibreOffice's time, not topset's: run by the plain and sanitizer passes"
python3 -c 'import zipfile' 2>/dev/null || skip_all "python3 cannot import zipfile"

t="$srcdir/templates"
s="$srcdir/samples"
asof=2026-11-22
# name template log maxes unit paper weeks
clients="alex upper-lower.csv alex.csv - kg a4 6
sam strength-percent.csv sam.csv sam.csv lb letter 4
jo full-body-3day.csv jo.csv - kg a4 4
riley rpe-block.csv riley.csv riley.csv kg letter 4"
n=$(echo "$clients" | wc -l)

# Per client: 3 plan checks, 5 print checks (and alex's charts); then 2
# recalculation checks per client and 9 for the edited top set.
plan $((n * 8 + 1 + n * 2 + 9))

mkdir -p "$tmp/wb" "$tmp/pdf" "$tmp/shown" "$tmp/recalc"
echo "$clients" >"$tmp/clients"
while read -r name template log maxes unit paper weeks <&3; do
    set -- --template "$t/$template" --log "$s/logs/$log" --as-of "$asof" --client "$name" \
        --unit "$unit" --paper "$paper" --weeks "$weeks" --out "$tmp/wb/$name"
    [ "$maxes" != - ] && set -- "$@" --maxes "$s/maxes/$maxes"
    run_topset plan "$@"
    is 0 "$status" "plan $name: exit 0"
    is "" "$err" "plan $name: nothing on stderr"
    ok "$(test -s "$tmp/wb/$name.xlsx"; echo $?)" "plan $name: workbook written"
done 3<"$tmp/clients"

# soffice PROFILE ARGS...: LibreOffice with a private profile, so a run
# never touches (or waits on) the user's own and two runs never share one.
lo() {
    profile=$1
    shift
    # A LibreOffice that hangs fails the test instead of stopping make check.
    timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$tmp/$profile" "$@" \
        >>"$tmp/soffice.log" 2>&1
}

# A profile told to recalculate every OOXML file on load (the default
# trusts the cached values, as Excel does): what a coach's spreadsheet does
# with a cell that changed.
mkdir -p "$tmp/lo-recalc/user"
cat >"$tmp/lo-recalc/user/registrymodifications.xcu" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
EOF
# Every sheet to its own CSV (NAME-SHEET.csv), numbers as stored (the
# "as shown" option, the 9th, is false).
csv_all='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

names=$(echo "$clients" | cut -d' ' -f1)
books=""
for name in $names; do books="$books $tmp/wb/$name.xlsx"; done
# shellcheck disable=SC2086
lo lo-print --convert-to pdf --outdir "$tmp/pdf" $books
# shellcheck disable=SC2086
lo lo-print --convert-to "$csv_all" --outdir "$tmp/shown" $books
# shellcheck disable=SC2086
lo lo-recalc --convert-to "$csv_all" --outdir "$tmp/recalc" $books

# --- print ------------------------------------------------------------

while read -r name template log maxes unit paper weeks <&3; do
    pdf="$tmp/pdf/$name.pdf"
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    ok "$(test -n "$pages" && test "$pages" -gt 0; echo $?)" \
        "$name: LibreOffice printed the workbook ($pages pages)"
    [ -n "$pages" ] || pages=0

    # Page sizes: "Page    1 size:  841.89 x 595.304 pts (A4)".
    sizes=$(pdfinfo -f 1 -l "$pages" "$pdf" 2>/dev/null | sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p')
    portrait=$(echo "$sizes" | awk '$1 <= $2' | wc -l)
    is "$pages 0" "$(echo "$sizes" | grep -c .) $portrait" "$name: every page is landscape"
    case $paper in
    a4) want="842 595" ;;
    letter) want="792 612" ;;
    esac
    seen=$(echo "$sizes" | awk '{ printf "%.0f %.0f\n", $1, $2 }' | sort -u)
    is "$want" "$seen" "$name: every page is $paper ($want pt)"

    # Which sheet each page belongs to, from the page header; a sheet one
    # page wide shows its whole header row (first to last column) on every
    # page, and the page footer counts all pages.
    sheets="" bad=""
    i=1
    while [ "$i" -le "$pages" ]; do
        text=$(pdftotext -f "$i" -l "$i" -layout "$pdf" - 2>/dev/null)
        sheet=$(echo "$text" | head -n 3 | grep -o 'Overview (\|Week [0-9]* (' | head -n 1 | sed 's/ ($//')
        case $sheets in
        *"|$sheet") ;;
        *) sheets="$sheets|$sheet" ;;
        esac
        case $sheet in
        Week*) echo "$text" | grep -q 'Day  *Exercise .*Notes' || bad="$bad $i" ;;
        Overview) echo "$text" | grep -qE "Week $weeks([^0-9]|\$)" || bad="$bad $i" ;;
        *) bad="$bad $i" ;;
        esac
        echo "$text" | grep -q "Page $i of $pages" || bad="$bad $i(footer)"
        i=$((i + 1))
    done
    want="|Overview"
    w=1
    while [ "$w" -le "$weeks" ]; do
        want="$want|Week $w"
        w=$((w + 1))
    done
    is "$want" "$sheets" "$name: pages run Overview, Week 1 .. Week $weeks, each sheet on its own pages"
    is "" "$bad" "$name: every page is one sheet wide, with its header row and 'Page i of $pages'"
    [ "$name" = alex ] && {
        pdftotext -layout "$pdf" - 2>/dev/null | grep -o 'Planned top set per week\|Estimated 1RM per session' | wc -l >"$tmp/charts"
        is 2 "$(cat "$tmp/charts")" "alex: the Overview's two charts are drawn (their titles are in the PDF)"
    }
done 3<"$tmp/clients"

# --- recalculation ----------------------------------------------------

# Recalculated, every sheet shows exactly the values we cached.
while read -r name template log maxes unit paper weeks <&3; do
    count=$(find "$tmp/recalc" -name "$name-*.csv" | wc -l)
    is $((weeks + 1)) "$count" "$name: LibreOffice recalculated all $((weeks + 1)) sheets"
    : >"$tmp/diff-$name"
    for f in "$tmp/shown/$name"-*.csv; do
        diff "$f" "$tmp/recalc/${f##*/}" >>"$tmp/diff-$name" 2>&1
    done
    ok "$(test ! -s "$tmp/diff-$name"; echo $?)" \
        "$name: every formula recalculates to the value topset cached"
    sed 's/^/# /' "$tmp/diff-$name"
done 3<"$tmp/clients"

# A coach overwrites alex's first top set (bench press, week 1, planned
# 87.5 kg) with 103 kg. Hand-computed, step 2.5, ties down: warm-ups 40%
# 41.2 -> 40, 60% 61.8 -> 62.5, 80% 82.4 -> 82.5; the empty bar stays 20;
# back-offs 10% under: 92.7 -> 92.5.
week1="$tmp/shown/alex-Week 1.csv"
header=$(sed -n 2p "$week1")
loadcol=$(echo "$header" | tr ',' '\n' | grep -n '^Load' | cut -d: -f1)
toprow=$(grep -n '^,Bench Press,[0-9]*,top,' "$week1" | head -n 1 | cut -d: -f1)
is "5 8" "$loadcol $toprow" "alex week 1: the bench top set's load is in column 5, row 8"
cell=$(printf "\\$(printf '%03o' $((64 + loadcol)))")$toprow
is "87.5" "$(sed -n "${toprow}p" "$week1" | cut -d, -f"$loadcol")" "and it was planned at 87.5"

python3 - "$tmp/wb/alex.xlsx" "$tmp/edited.xlsx" "$cell" 103 <<'EOF'
# Put a new value in one number cell of the first week sheet (sheet2),
# leaving every cached formula value as it was.
import re, sys, zipfile
src, dst, cell, value = sys.argv[1:]
zi = zipfile.ZipFile(src)
zo = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
done = 0
for item in zi.infolist():
    data = zi.read(item.filename)
    if item.filename == "xl/worksheets/sheet2.xml":
        text, done = re.subn(r'(<c r="%s"[^>]*>)<v>[^<]*</v>' % cell, r"\g<1><v>%s</v>" % value,
                             data.decode("utf-8"))
        data = text.encode("utf-8")
    zo.writestr(item, data)
zo.close()
sys.exit(0 if done == 1 else 1)
EOF
ok $? "the top set cell $cell is overwritten with 103"
mkdir -p "$tmp/edited"
lo lo-recalc --convert-to "$csv_all" --outdir "$tmp/edited" "$tmp/edited.xlsx"
ed="$tmp/edited/edited-Week 1.csv"
loads() { grep '^,Bench Press,' "$1" | awk -F, -v t="$2" -v c="$loadcol" '$4 == t { printf "%s ", $c }'; }
is "20 40 62.5 82.5 " "$(loads "$ed" warm-up)" "the warm-ups follow: 20 40 62.5 82.5"
is "103 " "$(loads "$ed" top)" "the top set reads 103"
is "92.5 92.5 92.5 " "$(loads "$ed" back-off)" "the back-offs follow: 92.5 x 3"
is "77.5 77.5 77.5 " "$(loads "$week1" back-off)" "(they were 77.5 before)"
is "$(grep -v '^,Bench Press,' "$week1")" "$(grep -v '^,Bench Press,' "$ed")" \
    "no other row of week 1 changed"
is "Upper A,Bench Press,103" "$(grep '^Upper A,Bench Press,' "$tmp/edited/edited-Overview.csv" | head -n 1 | cut -d, -f1-3)" \
    "the overview's week 1 bench top set follows"
