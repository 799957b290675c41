#!/bin/sh
# Bodyweight and added-weight lifts (issue 14): load 0 is the lifter alone.
# Double progression adds reps through the range and only then load, and
# the sheets print "BW" and "BW+5"; the plan CSV keeps the added load as a
# number (0, 5) for other tools.
. "$srcdir/tests/e2e/lib.sh"
plan 17
data="$srcdir/tests/data/bodyweight"

# tops FILE EXERCISE: week:LOADxREPS of each week's first top set.
tops() {
    grep ",$2,[0-9]*,top," "$1" | awk -F, '!seen[$2]++' | cut -d, -f2,8,9 | sed 's/^\([0-9]*\),\(.*\),/\1:\2x/' | tr '\n' ' ' |
        sed 's/ $//'
}

run_topset plan --template "$data/template.csv" --weeks 6 --start 2026-12-07 \
    --as-of 2026-12-05 --format csv,xlsx,pdf --out "$tmp/p"
is 0 "$status" "a template with BW and BW+5 start weights plans"
is "1:0x6 2:0x7 3:0x8 4:0x9 5:0x10 6:2.5x6" "$(tops "$tmp/p.csv" Chin-up)" \
    "BW chin-ups: a rep a week through 6-10, then 2.5 added at 6 reps"
is "1:5x6 2:5x7 3:5x8 4:5x9 5:5x10 6:7.5x6" "$(tops "$tmp/p.csv" Dip)" \
    "BW+5 dips: 5 added, reps first, then 7.5"
grep -q ',6,[^,]*,A,Chin-up,1,top,2.5,6,,kg,add 2.5: 10/10 reps last time,' "$tmp/p.csv"
ok $? "the reason says load was added, after the top of the range"
grep -q ',2,[^,]*,A,Chin-up,1,top,0,7,,kg,add 1 rep: 6/10 reps last time,' "$tmp/p.csv"
ok $? "the reason says a rep was added"
is "1:100x5" "$(tops "$tmp/p.csv" Squat | cut -d' ' -f1)" "a barbell lift beside them is unchanged"
grep -q ',A,Squat,1,warmup,20,' "$tmp/p.csv"
ok $? "the barbell lift keeps its warm-up ramp from the empty bar"
grep ',A,Dip,' "$tmp/p.csv" | grep -q ',warmup,'
[ $? -ne 0 ]
ok $? "a bodyweight lift has no percentage warm-ups, even at BW+7.5"

pdf=$(pdftotext -layout "$tmp/p.pdf" - 2>/dev/null)
echo "$pdf" | grep -q 'BW × 6'
ok $? "the PDF prints a bodyweight chin-up as BW"
echo "$pdf" | grep -q 'BW+5 × 6'
ok $? "the PDF prints a dip with 5 added as BW+5"

# The workbook's load cells stay numbers, shown BW / BW+5 by their format.
fmt=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/styles.xml").decode())' \
    "$tmp/p.xlsx" | grep -o 'formatCode="[^"]*BW[^"]*"')
is 'formatCode="&quot;BW+&quot;General;-General;&quot;BW&quot;"' "$fmt" \
    "the workbook shows bodyweight loads as BW and BW+5"

# The Overview's week 1 top set of each lift, read back from the workbook:
# its cell's cached value and the number format it is shown with. A
# bodyweight lift's is shown BW / BW+5 as on the week sheets, not as 0.
ov=$(python3 "$srcdir/tests/e2e/overview-cells.py" "$tmp/p.xlsx" C)
bwfmt='"BW+"General;-General;"BW"'
is "Chin-up|0|$bwfmt Dip|5|$bwfmt" "$(echo "$ov" | grep -E '^(Chin-up|Dip)\|' | sort -u | tr '\n' ' ' |
    sed 's/ $//')" "the Overview shows the chin-up's top set as BW and the dip's as BW+5"
is "Squat|100|General" "$(echo "$ov" | grep '^Squat|' | sort -u)" \
    "and a barbell lift's as a plain number"

# A chin-up logged at 0 kg x8, in a template without BW: still bodyweight.
printf 'day,exercise,top_reps,top_sets,backoff_sets,increment\nA,Chin-up,6-10,3,0,2.5\n' \
    >"$tmp/plain.csv"
printf 'date,exercise,set_type,weight,reps,rpe,unit,notes\n2026-11-30,Chin-up,top,0,8,,kg,\n' \
    >"$tmp/log.csv"
run_topset plan --template "$tmp/plain.csv" --log "$tmp/log.csv" --weeks 3 \
    --start 2026-12-07 --as-of 2026-12-05 --format csv --out "$tmp/l"
is 0 "$status" "a log at load 0 plans"
is "1:0x9 2:0x10 3:2.5x6" "$(tops "$tmp/l.csv" Chin-up)" \
    "0 kg x8 logged: 0 x9, not 2.5 x9; load only after 10 reps"

run_topset check "$data/bad.csv"
is 1 "$status" "a start_weight that is neither a load nor BW is refused"
is "$data/bad.csv:2:4: column \"start_weight\": expected BW, BW and a load added (BW+5) or a load like 62.5, got \"BW-5\"" \
    "$err" "the refusal says what to write"
