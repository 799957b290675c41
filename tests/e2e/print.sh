#!/bin/sh
# The gym sheet on paper (issue 16): LibreOffice prints the workbook of
# every shipped template, and the pages are what a lifter is handed:
# the Overview on one page, then a page per training day (pages = 1 +
# weeks x days), each day whole on its page (its set rows counted against
# the plan CSV), type a lifter reads (median word height >= 10.5 pt),
# plates never cut (every plates text of the plan printed whole) and notes
# on the top-set row; the Overview of a plan of up to 8 lifts in type of
# 9 pt or more (every word on its page). LibreOffice is slow: one run
# converts every workbook.
. "$srcdir/tests/e2e/lib.sh"
for tool in soffice pdfinfo pdftotext; do
    command -v "$tool" >/dev/null 2>&1 ||
        skip_all "$tool not found: install libreoffice-calc-nogui and poppler-utils (tools/install-deps)"
done
# Thinned (lib.sh, the valgrind pass): this test's time is LibreOffice's.
[ "$thin" -eq 1 ] || skip_all "LibreOffice's time, not topset's: run by the plain and sanitizer passes"

t="$srcdir/templates"
s="$srcdir/samples"
# name template log maxes unit paper weeks
clients="alex upper-lower.csv $s/logs/alex.csv - kg a4 6
sam strength-percent.csv $s/logs/sam.csv $s/maxes/sam.csv lb letter 4
jo full-body-3day.csv $s/logs/jo.csv - kg a4 4
riley rpe-block.csv $s/logs/riley.csv $s/maxes/riley.csv kg letter 4
bbb 531-bbb.csv - $srcdir/tests/data/programs/maxes-531.csv lb letter 4
gz gzclp.csv - - lb a4 3
tx texas-method.csv $srcdir/tests/data/programs/texas-log.csv - lb letter 3
ns nsuns-lp.csv - $srcdir/tests/data/programs/maxes-nsuns.csv lb letter 1
e8 $srcdir/tests/data/print/eight-lifts.csv $s/logs/alex.csv - kg letter 6"
n=$(echo "$clients" | wc -l)
plan $((n * 8 + 1))

mkdir -p "$tmp/wb" "$tmp/pdf"
echo "$clients" >"$tmp/clients"
books=""
# A template is a shipped one (templates/) unless given by its path.
tpath() {
    case $1 in */*) echo "$1" ;; *) echo "$t/$1" ;; esac
}
while read -r name template log maxes unit paper weeks <&3; do
    set -- --template "$(tpath "$template")" --as-of 2026-11-22 --client "$name" --unit "$unit" \
        --paper "$paper" --weeks "$weeks" --format csv,xlsx --out "$tmp/wb/$name"
    [ "$log" != - ] && set -- "$@" --log "$log"
    [ "$maxes" != - ] && set -- "$@" --maxes "$maxes"
    run_topset plan "$@"
    # e8 plans from a log made for all of upper-lower: warnings about its
    # other exercises.
    [ "$name" = e8 ] && err=""
    is "0|" "$status|$err" "plan $name ($(basename "$template")): exit 0, silent"
    books="$books $tmp/wb/$name.xlsx"
done 3<"$tmp/clients"

# A private profile: never the user's own, never shared by two runs.
# shellcheck disable=SC2086
timeout 600 soffice --headless --norestore "-env:UserInstallation=file://$tmp/lo" \
    --convert-to pdf --outdir "$tmp/pdf" $books >"$tmp/soffice.log" 2>&1
ok "$(test "$(find "$tmp/pdf" -name '*.pdf' | wc -l)" -eq "$n"; echo $?)" \
    "LibreOffice printed all $n workbooks"

while read -r name template log maxes unit paper weeks <&3; do
    pdf="$tmp/pdf/$name.pdf"
    csv="$tmp/wb/$name.csv"
    # The training days in order with their set rows: "Week 1|Upper A|29".
    awk -F, 'NR > 1 { k = "Week " $2 "|" $4; if (!(k in n)) order[++m] = k; n[k]++ }
        END { for (i = 1; i <= m; i++) print order[i] "|" n[order[i]] }' "$csv" >"$tmp/$name.days"
    days=$(wc -l <"$tmp/$name.days")
    cut -d'|' -f2 "$tmp/$name.days" | sort -u >"$tmp/$name.daynames"

    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')

    # Each page of a week sheet: its week (page header), the day bands on
    # it and its set rows ("3 back-off 77.5": set, type, load).
    : >"$tmp/$name.seen"
    ov=0
    i=1
    while [ "$i" -le "${pages:-0}" ]; do
        pdftotext -f "$i" -l "$i" -layout "$pdf" "$tmp/page.txt" 2>/dev/null
        week=$(head -n 3 "$tmp/page.txt" | grep -o 'Overview (\|Week [0-9]* (' | head -n 1 | sed 's/ ($//')
        if [ "$week" = Overview ]; then
            ov=$((ov + 1))
        else
            bands=$(sed 's/^ *//; s/ *$//' "$tmp/page.txt" | grep -Fx -f "$tmp/$name.daynames" | paste -sd+ -)
            sets=$(grep -Ec '[0-9]+ +(warm-up|top|back-off|drop|work) +[0-9]' "$tmp/page.txt")
            echo "$week|$bands|$sets" >>"$tmp/$name.seen"
        fi
        i=$((i + 1))
    done
    is 1 "$ov" "$name: the Overview prints on one page"
    is "$((1 + days))" "${pages:-0}" "$name: pages = 1 (Overview) + weeks x days ($days)"
    is "$(cat "$tmp/$name.days")" "$(cat "$tmp/$name.seen")" \
        "$name: a page per training day, in order, each day's set rows all on its page"

    heights=$(pdftotext -bbox "$pdf" - 2>/dev/null | grep '<word' |
        sed 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)".*/\1 \2/' | awk '{ print $2 - $1 }' | sort -n)
    median=$(echo "$heights" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    ok "$(echo "$median" | awk '{ exit !($1 >= 10.5) }'; echo $?)" \
        "$name: median word height $median pt >= 10.5"

    # Plates: the longest plates text of the plan printed whole (the
    # workbook's Plates column is sized by it; a cut one loses its end).
    unzip -p "$tmp/wb/$name.xlsx" xl/sharedStrings.xml 2>/dev/null | tr '<' '\n' |
        sed -En 's/^t>([0-9.]+(\+[0-9.]+)+)$/\1/p' | awk '{ print length, $0 }' | sort -n |
        tail -n 1 | cut -d' ' -f2 >"$tmp/plates"
    longest=$(cat "$tmp/plates")
    if [ -n "$longest" ]; then
        pat=$(echo "$longest" | sed 's/[+.]/\\&/g')
        pdftotext -layout "$pdf" - 2>/dev/null | grep -Ec -- "[0-9] +$pat +[0-9]" >"$tmp/count"
        ok "$(test "$(cat "$tmp/count")" -gt 0; echo $?)" "$name: the longest plates, $longest, print whole"
    else
        skip "$name: no plates text in the plan"
    fi

    # Notes print on the top-set row: the row holding "top" holds the
    # note (its first line: a long note wraps within its column).
    note=$(awk -F, 'NR > 1 && $NF != "" { n = substr($NF, 1, 12); sub(/ +$/, "", n); print n; exit }' "$(tpath "$template")")
    if [ -n "$note" ]; then
        pdftotext -layout "$pdf" - 2>/dev/null | grep -F -- "$note" | head -n 1 >"$tmp/noteline"
        ok "$(grep -Eq '[0-9]+ +top +[0-9]' "$tmp/noteline"; echo $?)" \
            "$name: the note \"$note\" is on a top-set row"
    else
        skip "$name: the template has no notes"
    fi

    # The Overview (page 1) of up to 8 lifts: every word, cells and charts
    # alike, in type of 9 pt or more (a word's box is about 1.05 times its
    # type: 9.4 pt).
    lifts=$(awk -F, 'NR > 1 { print $4 "|" $5 }' "$csv" | sort -u | wc -l)
    if [ "$lifts" -le 8 ]; then
        least=$(pdftotext -f 1 -l 1 -bbox "$pdf" - 2>/dev/null | grep '<word' |
            sed 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)".*/\1 \2/' | awk '{ print $2 - $1 }' |
            sort -n | head -n 1)
        ok "$(echo "${least:-0}" | awk '{ exit !($1 >= 9.4) }'; echo $?)" \
            "$name: the Overview of $lifts lifts prints no word under 9 pt (least box $least pt)"
    else
        skip "$name: $lifts lifts, more than the 8 the Overview keeps at 9 pt"
    fi
done 3<"$tmp/clients"
