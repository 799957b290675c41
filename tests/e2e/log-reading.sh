#!/bin/sh
# How a log is read, whatever app wrote it (issue 15): failed sets,
# rows that cannot be read, names that match no template exercise,
# several logs, the unit of a unitless export.
. "$srcdir/tests/e2e/lib.sh"
plan 8
d="$data/logs"

# plan_top LOG...: plans one week after the logs (run_topset's $status,
# $err) and sets $top to its first top set, as "weight,reps,why".
plan_top() {
    rm -f "$tmp/top.csv"
    run_topset plan --template "$d/template.csv" --log "$@" --as-of 2026-11-22 \
        --weeks 1 --format csv --out "$tmp/top"
    top=$(grep ',top,' "$tmp/top.csv" 2>/dev/null | head -n 1 | cut -d, -f8,9,12)
}

# --- a failed set is never the next top set
plan_top "$d/failed-after-top.csv"
is "100,6,add 1 rep: 5/6 reps last time" "$top" \
    "110x0 after the completed 100x5 is not the top set: 100x6 next, not 110"
is "0:" "$status:$err" "the plan is written, exit 0, nothing said"
plan_top "$d/failed-top.csv"
is "102.5,5,hold: 0 of 5 reps" "$top" \
    "102.5x0 where the top set stood is a miss at 102.5 (the 92.5 back-offs are not the top)"
plan_top "$d/failed-hevy.csv"
is "100,6,add 1 rep: 5/6 reps last time" "$top" \
    "Hevy \"failure\" 107.5x3 after the normal 100x5: top stays 100x5"
plan_top "$d/failed-strong.csv"
is "105,5,hold: 0 of 5 reps" "$top" \
    "Strong F 105x2 before the working sets: a miss at 105, not 95x6 as the top"
is "0:" "$status:$err" "the Strong export is read without a word"
run_topset plan --template "$d/template.csv" --log "$d/failed-after-top.csv" \
    --as-of 2026-11-22 --weeks 1 --format csv --out "$tmp/bo"
is 3 "$(grep -c ',backoff,90,8,' "$tmp/bo.csv")" "back-offs follow the completed top: 3 x 90x8"
is 0 "$(grep -c ',110,' "$tmp/bo.csv")" "the failed 110 appears nowhere in the plan"
