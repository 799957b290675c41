#!/bin/sh
# What changed (issue 17): index.csv and index.xlsx name, for each client
# written, the coming week's top sets that differ from the plan CSV the run
# replaced; `topset diff OLD.csv NEW.csv` prints the same for two plan
# CSVs and exits as diff(1) does.
. "$srcdir/tests/e2e/lib.sh"
plan 17
tpl="$data/batch/template.csv"
w="$tmp/w"
mkdir "$w"
printf 'client,template,log,maxes,unit,start,weeks\nalex,%s,%s,,,2026-11-16,4\nbea,%s,%s,,,2026-11-16,4\n' \
    "$tpl" "$w/alex.csv" "$tpl" "$w/bea.csv" >"$w/roster.csv"
head='date,exercise,set_type,weight,reps,rpe,unit,notes'
printf '%s\n2026-11-16,Bench Press,top,100,6,,kg,\n2026-11-18,Squat,top,140,5,,kg,\n' "$head" >"$w/alex.csv"
printf '%s\n2026-11-16,Bench Press,top,90,6,,kg,\n2026-11-18,Squat,top,120,5,,kg,\n' "$head" >"$w/bea.csv"

# col CLIENT: the changes column (7th; no quoted commas here) of CLIENT's row.
col() { grep "^$1," "$w/plans/index.csv" | cut -d, -f7; }

run_topset batch "$w/roster.csv" --out "$w/plans" --as-of 2026-11-22 -j 1
is 0 "$status" "first run: exit 0"
is "client,file,status,block,block_week,next_week,changes,last_log,flag,error,warnings" \
    "$(sed -n 1p "$w/plans/index.csv")" "index.csv: a changes column after next_week"
is "|" "$(col alex)|$(col bea)" "first run: no previous plan, no changes"
cp "$w/plans/alex.csv" "$w/alex-old.csv"
cp "$w/plans/bea.csv" "$w/bea-old.csv"

# A week on: alex did what was planned (102.5x5, 140x6), bea's log gained a
# week where she missed her bench reps and squatted more than planned.
printf '2026-11-23,Bench Press,top,102.5,5,,kg,\n2026-11-25,Squat,top,140,6,,kg,\n' >>"$w/alex.csv"
printf '2026-11-23,Bench Press,top,92.5,3,,kg,\n2026-11-25,Squat,top,125,6,,kg,\n' >>"$w/bea.csv"
run_topset batch "$w/roster.csv" --out "$w/plans" --as-of 2026-11-29 -j 2
is 0 "$status" "a week on: exit 0"
is "" "$(col alex)" "alex trained as planned: nothing moved"
bea_next=$(grep '^bea,' "$w/plans/index.csv" | cut -d, -f6)
is "Bench Press 92.5x5; Squat 130x5" "$bea_next" "bea's coming week, from her log"
is "Bench Press 92.5x6 -> 92.5x5; Squat 125x5 -> 130x5" "$(col bea)" \
    "bea: each moved top set, as it was planned -> as it is now"
is "92.5,6 125,5" "$(grep '^bea,3,.*,Bench Press,1,top,' "$w/bea-old.csv" | cut -d, -f8,9) $(grep '^bea,3,.*,Squat,1,top,' "$w/bea-old.csv" | cut -d, -f8,9)" \
    "the previous plan's week 3, which the changes start from: 92.5x6 and 125x5"

# The workbook index has the column too.
if command -v "${TOPSET_UNZIP:-unzip}" >/dev/null 2>&1; then
    sheet=$("${TOPSET_UNZIP:-unzip}" -p "$w/plans/index.xlsx" xl/worksheets/sheet1.xml 2>/dev/null)
    case "$sheet" in *'<t>Next week'*'<t>Changes since the last plan</t>'*'<t>Bench Press 92.5x5; Squat 130x5</t>'*'Bench Press 92.5x6 -&gt; 92.5x5; Squat 125x5 -&gt; 130x5'*) r=0 ;; *) r=1 ;; esac
    ok $r "index.xlsx: the Changes column, bea's changes in it"
else
    skip "unzip is needed to read index.xlsx"
fi

# Unchanged inputs: the plan is the one in place, nothing moved.
run_topset batch "$w/roster.csv" --out "$w/plans" --as-of 2026-11-29
is "0 written, 2 unchanged|" "$(printf '%s' "$err" | grep -o '0 written, 2 unchanged')|$(col bea)" \
    "a rerun with the same inputs: unchanged, changes empty"

# topset diff: the same changes, a line each; exit 1.
run_topset diff --as-of 2026-11-29 "$w/bea-old.csv" "$w/plans/bea.csv"
is "1" "$status" "diff: plans that differ exit 1"
is "Bench Press 92.5x6 -> 92.5x5
Squat 125x5 -> 130x5" "$out" "diff: one change a line, as in the index"
run_topset diff --as-of 2026-11-29 "$w/alex-old.csv" "$w/plans/alex.csv"
is "0|" "$status|$out" "diff: nothing moved: exit 0, no output"
# Every week of NEW begun: its last week (2026-12-07), against OLD's.
run_topset diff --as-of 2026-12-13 "$w/bea-old.csv" "$w/plans/bea.csv"
is "1|Bench Press 95x5 -> 92.5x6
Squat 125x6 -> 130x6" "$status|$out" "diff: NEW has no later week: its last week, against OLD's"
# Trouble: exit 2, the file and what is wrong with it.
printf 'date,exercise\n2026-11-16,Squat\n' >"$w/not-a-plan.csv"
run_topset diff "$w/bea-old.csv" "$w/not-a-plan.csv"
case "$status $err" in "2 $w/not-a-plan.csv:1: "*set_type*) r=0 ;; *) r=1 ;; esac
ok $r "diff: a file that is not a plan CSV: exit 2, FILE:LINE and the missing column"
run_topset diff "$w/bea-old.csv" "$w/nope.csv"
case "$status $err" in "2 $w/nope.csv: No such file or directory"*) r=0 ;; *) r=1 ;; esac
ok $r "diff: a missing file: exit 2, named"
run_topset diff "$w/bea-old.csv"
case "$status $err" in "2 topset: diff: expected two plan CSVs, OLD.csv NEW.csv"*) r=0 ;; *) r=1 ;; esac
ok $r "diff: one file: a usage error, exit 2"
