#!/bin/sh
# Session dates (issue 16): a template's weekday column dates each day's
# session (tests/data/dates/template.csv: Upper A on Monday, Lower A on
# Thursday, Upper B on Sunday). The plan CSV's date, the workbook's day
# bands and the PDF's day pages carry that date, not the Monday; the
# filled-in plan read back as a log (CSV and workbook) keeps each session on
# its own day, a Sunday session in its own week; topset diff still matches
# weeks. Its rest and tempo columns print with their exercise's sets.
. "$srcdir/tests/e2e/lib.sh"
plan 13

t="$data/dates/template.csv"
run_topset plan --template "$t" --as-of 2026-11-22 --weeks 2 --client Alex --format csv,xlsx,pdf \
    --out "$tmp/p"
is "0|" "$status|$err" "a template with weekdays plans, silently"

dates=$(awk -F, 'NR > 1 { print $2, $3, $4 }' "$tmp/p.csv" | uniq | tr '\n' ';')
is "1 2026-11-23 Upper A;1 2026-11-26 Lower A;1 2026-11-29 Upper B;2 2026-11-30 Upper A;2 2026-12-03 Lower A;2 2026-12-06 Upper B;" \
    "$dates" "plan CSV: each session on its own day, a Sunday session in its week"
# The template's rest and tempo (written tidy) on every set of their exercise.
rt=$(awk -F, 'NR == 1 { print $16, $17 } NR > 1 { print $5 "|" $16 "|" $17 }' "$tmp/p.csv" | sort -u |
    tr '\n' ';')
is "Barbell Row|90 s|;Bench Press|3 min|3-1-X-0;Chin-up||;Overhead Press||2-0-X-1;Squat|2-3 min|;rest tempo;" \
    "$rt" "plan CSV: rest and tempo columns carry the template's values"

if [ -n "$TOPSET_UNZIP" ] && command -v "$TOPSET_UNZIP" >/dev/null 2>&1; then
    bands=$("$TOPSET_UNZIP" -p "$tmp/p.xlsx" xl/sharedStrings.xml |
        grep -o '[A-Z][a-z][a-z] 2026-1[12]-[0-9][0-9]' | tr '\n' ';')
    is "Mon 2026-11-23;Thu 2026-11-26;Sun 2026-11-29;Mon 2026-11-30;Thu 2026-12-03;Sun 2026-12-06;" \
        "$bands" "workbook: the day bands carry the session dates"
    # The template's rest and tempo lead the notes on the top-set row.
    notes=$("$TOPSET_UNZIP" -p "$tmp/p.xlsx" xl/sharedStrings.xml |
        grep -o '<t[^>]*>\(rest\|tempo\) [^<]*' | sed 's/<t[^>]*>//' | sort -u | tr '\n' ';')
    is "rest 2-3 min;rest 3 min, tempo 3-1-X-0;rest 90 s;tempo 2-0-X-1;" "$notes" \
        "workbook: rest and tempo printed with their exercise"
else
    skip "no unzip to read the workbook's strings"
    skip "no unzip to read the workbook's strings"
fi

if command -v pdftotext >/dev/null 2>&1; then
    heads=$(pdftotext "$tmp/p.pdf" - 2>/dev/null | grep '^Week [12] ' | tr '\n' ';')
    is "Week 1 · Upper A · Mon 2026-11-23;Week 1 · Lower A · Thu 2026-11-26;Week 1 · Upper B · Sun 2026-11-29;Week 2 · Upper A · Mon 2026-11-30;Week 2 · Lower A · Thu 2026-12-03;Week 2 · Upper B · Sun 2026-12-06;" \
        "$heads" "PDF: each day's page carries its date"
    notes=$(pdftotext "$tmp/p.pdf" - 2>/dev/null | grep -e '^rest ' -e '^tempo ' | sort -u | tr '\n' ';')
    is "rest 2-3 min;rest 3 min, tempo 3-1-X-0;rest 90 s;tempo 2-0-X-1;" "$notes" \
        "PDF: rest and tempo printed under their exercise's sets"
else
    skip "pdftotext not found: install poppler-utils (tools/install-deps)"
    skip "pdftotext not found: install poppler-utils (tools/install-deps)"
fi

py=""
for p in python3 /usr/bin/python3; do
    command -v "$p" >/dev/null 2>&1 && "$p" -c 'import openpyxl' 2>/dev/null && py=$p && break
done
if [ -z "$py" ]; then
    i=0
    while [ $i -lt 6 ]; do
        skip "no python3 with openpyxl: install python3-openpyxl (tools/install-deps)"
        i=$((i + 1))
    done
    exit 0
fi
"$py" "$srcdir/tests/e2e/fill-week.py" "$tmp/p.xlsx" "$tmp/p.csv" "$tmp/f.xlsx" "$tmp/f.csv" \
    >"$tmp/fill.log" 2>&1
ok $? "week 1 filled in, in the workbook and in the plan CSV"
sed 's/^/# /' "$tmp/fill.log"

# On Thursday of week 1, Monday's and Thursday's sessions are done and
# Sunday's is not yet: the week shows the actuals of the first two only.
for f in csv xlsx; do
    run_topset plan --template "$t" --log "$tmp/f.$f" --as-of 2026-11-26 --start 2026-11-23 \
        --weeks 1 --format csv --out "$tmp/mid-$f"
    done_days=$(awk -F, 'NR > 1 && $13 != "" { print $4 }' "$tmp/mid-$f.csv" | uniq | tr '\n' ';')
    is "Upper A;Lower A;" "$done_days" "log from the $f: on Thursday, Sunday's session is not done yet"
done

# On Sunday, the Sunday session counts for the week after it.
for f in csv xlsx; do
    run_topset plan --template "$t" --log "$tmp/f.$f" --as-of 2026-11-29 --weeks 1 --format csv \
        --out "$tmp/next-$f"
done
why=$(grep -m1 ',Overhead Press,.*,top,' "$tmp/next-csv.csv" | cut -d, -f12)
is "add 1 rep: 5/6 reps @8.5 last time" "$why" \
    "the Sunday session of week 1 is the last time of the next week's overhead press"
ok "$(cmp -s "$tmp/next-csv.csv" "$tmp/next-xlsx.csv"; echo $?)" \
    "the next week from the workbook equals the one from the plan CSV"

# topset diff takes a plan CSV's dates for their weeks: the Thursday squat
# of the plan made without a log is matched with the one made from it.
run_topset diff "$tmp/p.csv" "$tmp/next-csv.csv"
is "1|Squat 125x5 -> 120x5" "$status|$out" "topset diff matches the sessions of a week by their dates"
