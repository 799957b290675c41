#!/bin/sh
# What a coach's spreadsheet writes (issue 18), read as meant and checked
# in the plan: a German Excel file (byte-order mark, semicolons, CRLF,
# decimal commas, headers typed as words, a trailing empty column), "%"
# after a percentage, "@" before an RPE, a unit after a load (converted
# when it is not the plan's), en and em dashes and " to " in ranges. The
# refusals of what cannot be read as meant are in tests/data/bad
# (bad-input.sh).
. "$srcdir/tests/e2e/lib.sh"
plan 25
c="$data/coach"

# top_load CSV EXERCISE: the weight, reps and rpe of EXERCISE's top set in
# week 1 of a plan CSV.
top() {
    grep -F ",$2," "$1" | grep -F ",top," | head -n 1 | cut -d, -f8-10
}
backoff() {
    grep -F ",$2," "$1" | grep -F ",backoff," | head -n 1 | cut -d, -f8
}

run_topset check "$c/template-semicolon.csv"
is 0 "$status" "a German Excel template checks"
is "$c/template-semicolon.csv: ok (template), 1 warning" "$out" "... as a template (its dumbbell row's 24 is off the 2.5 step: step-warnings.sh)"
run_topset plan --template "$c/template-semicolon.csv" --as-of 2026-11-22 --weeks 1 \
    --format csv --out "$tmp/de"
is 0 "$status" "and plans"
is "62.5,5,8" "$(top "$tmp/de.csv" "Bench Press")" "62,5 is 62.5; 5–6 (en dash) starts at 5; @8 is RPE 8"
is "55" "$(backoff "$tmp/de.csv" "Bench Press")" "12% drop: 62.5 less 12% is 55 on the 1,25 step"
is "8," "$(top "$tmp/de.csv" "Dumbbell Row" | cut -d, -f2-)" "\"8 to 10\" starts at 8"
is "22.5" "$(backoff "$tmp/de.csv" "Dumbbell Row")" "\"10 %\": 10% under the top set"
is "60,3,8.5" "$(top "$tmp/de.csv" "Squat")" "60kg is 60; 3—5 (em dash) starts at 3; \"@ 8,5\" is 8.5"
is "100,5," "$(top "$tmp/de.csv" "Deadlift")" "220 lb in a kg plan is 99.8, 100 on the step"
run_topset plan --template "$c/template-semicolon.csv" --as-of 2026-11-22 --weeks 1 \
    --unit lb --format csv --out "$tmp/de-lb"
is "130,3,8.5" "$(top "$tmp/de-lb.csv" "Squat")" "60kg in a lb plan is 132.3, 130 on the 5 lb step"
is "220,5," "$(top "$tmp/de-lb.csv" "Deadlift")" "220 lb in a lb plan stays 220"

run_topset plan --template "$c/template-pct.csv" --maxes "$c/maxes-units.csv" \
    --as-of 2026-11-22 --weeks 1 --format csv --out "$tmp/pct"
is 0 "$status" "headers Top_Reps, Top-Pct; 85%; maxes with units plan"
is "122.5,5," "$(top "$tmp/pct.csv" "Squat")" "85% of 315 lb (142.9 kg) is 122.5"
is "80,5," "$(top "$tmp/pct.csv" "Bench Press")" "100kg in a lb row is still 100 kg: 80% is 80"
is "145,5," "$(top "$tmp/pct.csv" "Deadlift")" "182,5 in a semicolon maxes file: 80% is 145"

run_topset plan --template "$c/template-log.csv" --log "$c/log-semicolon.csv" \
    --as-of 2026-11-22 --weeks 1 --format csv --out "$tmp/log"
is 0 "$status" "a semicolon log with units, @ and decimal commas plans"
is "82.5,5," "$(top "$tmp/log.csv" "Bench Press")" "80kg x 6 @8 last time: add 2.5"
is "137.5,5," "$(top "$tmp/log.csv" "Squat")" "135,5 x 5: 138, 137.5 on the step"
is "152.5,5," "$(top "$tmp/log.csv" "Deadlift")" "330 lb in a kg row is 149.7: plus 2.5 is 152.5"

# The same files through check: every one is read as its kind.
run_topset check "$c/maxes-units.csv" "$c/log-semicolon.csv" "$c/template-pct.csv"
is 0 "$status" "check reads the maxes, the log and the template"

# The refusals of issue 18's table in batch's words: the messages check
# and plan give (tests/data/bad/*.expect, bad-input.sh), under the line
# naming the client.
cd "$tmp" || exit 99
for f in template-range-made-date template-week-made-date template-near-column \
    template-misspelt-columns template-decimal-comma; do
    cp "$data/bad/$f.csv" . || exit 99
    printf 'client,template\nAlex,%s.csv\n' "$f" >roster.csv
    run_topset batch roster.csv --out "$tmp/out" --as-of 2026-11-22
    is "Alex failed (roster.csv:2):
$(cat "$data/bad/$f.expect")" "$(printf '%s\n' "$err" | sed '$d' | unstamp)" "batch: $f's messages"
done
