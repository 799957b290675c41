#!/bin/sh
# index.xlsx on paper (issue 16): it prints on the plans' paper (--paper),
# a failed client's row is red and a stale one's yellow, and a row is as
# tall as its longest wrapped text, so a long "next week" never runs over
# the rows below; LibreOffice prints each client's name on the line of its
# own status.
. "$srcdir/tests/e2e/lib.sh"
command -v unzip >/dev/null 2>&1 || skip_all "unzip not found"
plan 8

# The sample roster, and a client whose template is missing: a failure.
cp -r "$srcdir/samples" "$tmp/s"
cp -r "$srcdir/templates" "$tmp/templates"
echo "gone,../templates/missing.csv,,,kg,,4" >>"$tmp/s/roster.csv"
# As of 2026-12-20 the sample logs (to 2026-11-20) are a month old: flagged.
run_topset batch "$tmp/s/roster.csv" --out "$tmp/plans" --as-of 2026-12-20 --paper letter
is 1 "$status" "batch with one failing client: exit 1"

mkdir "$tmp/ix" && (cd "$tmp/ix" && unzip -q "$tmp/plans/index.xlsx")
sheet="$tmp/ix/xl/worksheets/sheet1.xml"
styles="$tmp/ix/xl/styles.xml"
ok "$(grep -q '<pageSetup paperSize="1"' "$sheet"; echo $?)" "--paper letter: the index prints on Letter"

# The fill of a row's style: the row of the client named in column A.
row_fill() {
    s=$(tr '<' '\n' <"$sheet" | grep -A1 "^c r=\"A$1\"" | head -n 1 | sed -n 's/.* s="\([0-9]*\)".*/\1/p')
    fill=$(tr '\n' ' ' <"$styles" | sed 's/<cellXfs/\n/' | tail -n 1 | tr '<' '\n' | grep '^xf ' |
        sed -n "$((s + 1))p" | sed -n 's/.*fillId="\([0-9]*\)".*/\1/p')
    tr '\n' ' ' <"$styles" | sed 's/<fills/\n/' | tail -n 1 | sed 's/<fill>/\n/g' |
        sed -n "$((fill + 2))p" | grep -o 'fgColor rgb="[0-9A-F]*"' | cut -d'"' -f2
}
# Rows: title 1, header 2, then the roster's order.
is "FFFFC7CE" "$(row_fill 8)" "the failed client's row is red"
# (index.csv's line n is the sheet's row n + 1: the sheet has a title row)
stale=$(awk -F, 'NR > 1 && $9 != "" && $3 != "failed" { print NR + 1; exit }' "$tmp/plans/index.csv")
if [ -n "$stale" ]; then
    is "FFFFF2CC" "$(row_fill "$stale")" "a flagged (stale) client's row is yellow"
else
    skip "no client is flagged in the sample roster"
fi
is "" "$(row_fill 7)" "a client planned as usual (casey, no log, starting later) has no fill"

# Every row whose next week's top sets do not fit one line is made taller.
long=$(awk -F, 'NR > 1 && length($6) > 60 { print NR + 1; exit }' "$tmp/plans/index.csv")
if [ -n "$long" ]; then
    ok "$(grep -q "<row r=\"$long\"[^>]* ht=\"[1-9][0-9]*\"" "$sheet"; echo $?)" \
        "row $long, with a long text, is as tall as its lines"
else
    skip "no long text in the index"
fi

if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo" \
        --convert-to pdf --outdir "$tmp/pdf" "$tmp/plans/index.xlsx" >"$tmp/soffice.log" 2>&1
    size=$(pdfinfo "$tmp/pdf/index.pdf" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\).*/\1x\2/p')
    is "792x612" "$size" "LibreOffice prints it landscape on Letter"
    pdftotext -layout "$tmp/pdf/index.pdf" "$tmp/index.txt" 2>/dev/null
    bad=""
    for c in alex sam jo riley casey gone; do
        grep -Eq "^ *$c +($c +)?(written|failed|unchanged)" "$tmp/index.txt" || bad="$bad $c"
    done
    is "" "$bad" "each client's name, file and status print on one line"
else
    skip "soffice or pdftotext not found"
    skip "soffice or pdftotext not found"
fi
