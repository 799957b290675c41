#!/bin/sh
# Loads off the step (issue 18): a start_weight or increment that the plan
# would round to the step without a word warns, FILE:LINE:COLUMN: warning:,
# saying what it became and how to keep it (a step column); --strict
# refuses it. The same message through check, plan and batch. A value in
# another unit is converted and meets the step by design: no warning.
. "$srcdir/tests/e2e/lib.sh"
plan 13
# Run from the fixture's folder, so that messages name it as the roster does.
cd "$data/steps" || exit 99
w1='template.csv:2:4: warning: column "start_weight": 24 is not on the step of 2.5 kg, so it is rounded to 25; write 25, or a step of 2 in the row'"'"'s step column to keep 24'
w2='template.csv:4:5: warning: column "increment": 1 is not on the step of 2.5 kg, so it is rounded to 0; write 2.5, or a step of 1 in the row'"'"'s step column to keep 1'
strict() { printf '%s (refused under --strict)' "$1" | sed 's/: warning: /: /'; }

run_topset check template.csv
is "0|template.csv: ok (template), 2 warnings|$w1
$w2" "$status|$out|$err" "check: ok, the two warnings (a dumbbell's 24 on the 2.5 step, an increment of 1)"
run_topset check --strict template.csv
is "1|$(strict "$w1")
$(strict "$w2")" "$status|$err" "check --strict: refused, the same words"

run_topset plan --template template.csv --as-of 2026-11-22 --format csv --out "$tmp/p"
is "0|$w1
$w2" "$status|$err" "plan: written, with the same warnings"
is "25,8" "$(grep ',Dumbbell Press,' "$tmp/p.csv" | grep ',top,' | head -n 1 | cut -d, -f8,9)" \
    "plan: the dumbbell press starts at 25, as the warning says"
is "24,10" "$(grep ',Cable Row,' "$tmp/p.csv" | grep ',top,' | head -n 1 | cut -d, -f8,9)" \
    "plan: a step column of 2 keeps the cable row's 24, and no warning"
run_topset plan --strict --template template.csv --as-of 2026-11-22 --format csv --out "$tmp/q"
is "1|$(strict "$w1")
$(strict "$w2")" "$status|$err" "plan --strict: refused"
ok "$(test ! -e "$tmp/q.csv"; echo $?)" "plan --strict: nothing written"

# In lb the step is 5: 24 and 1 still warn, in lb; 100kg is converted
# (220.462 lb, planned 220) and says nothing.
run_topset plan --template template.csv --as-of 2026-11-22 --format csv --unit lb --out "$tmp/lb"
is "0|$(printf '%s\n%s' "$w1" "$w2" | sed 's/2\.5 kg/5 lb/; s/write 2\.5,/write 5,/')" "$status|$err" \
    "plan --unit lb: the same rows warn against the 5 lb step; a load converted from kg does not"
is "220" "$(grep ',Leg Press,' "$tmp/lb.csv" | grep ',top,' | head -n 1 | cut -d, -f8)" "100kg is 220 lb"

run_topset batch roster.csv --out "$tmp/b" --as-of 2026-11-22
is "0" "$status" "batch: exit 0"
is "alex written (block 1 starts 2026-11-23), with 2 warnings:
$w1
$w2" "$(printf '%s\n' "$err" | sed -n 1,3p | unstamp)" "batch: the client's line, then the same warnings"
is "2" "$(python3 -c 'import csv,sys
print(list(csv.reader(open(sys.argv[1])))[1][-1])' "$tmp/b/index.csv")" "batch: the index counts them"
run_topset batch --strict roster.csv --out "$tmp/c" --as-of 2026-11-22
is "1|alex failed (roster.csv:2):
$(strict "$w1")
$(strict "$w2")" "$status|$(printf '%s\n' "$err" | sed -n 1,3p | unstamp)" "batch --strict: that client fails, the same words"
