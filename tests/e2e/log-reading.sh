#!/bin/sh
# How a log is read, whatever app wrote it (issue 15): failed sets,
# rows that cannot be read, names that match no template exercise,
# several logs, the unit of a unitless export.
. "$srcdir/tests/e2e/lib.sh"
plan 46
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
# topset import keeps a failed set failed: the native log's set_type
# "failed", read back by plan with the same outcome as the export.
"$TOPSET" import --from strong "$d/failed-strong.csv" >"$tmp/strong-native.csv"
is "2026-11-16,Bench Press,failed,105,2" "$(grep ',failed,' "$tmp/strong-native.csv" | cut -d, -f1-5)" \
    "import writes Strong's F set as set_type failed"
plan_top "$tmp/strong-native.csv"
is "105,5,hold: 0 of 5 reps" "$top" "planned from the import: the same miss at 105"
"$TOPSET" import --from hevy "$d/failed-hevy.csv" >"$tmp/hevy-native.csv"
plan_top "$tmp/hevy-native.csv"
is "100,6,add 1 rep: 5/6 reps last time" "$top" \
    "planned from the Hevy import: the failed 107.5x3 is still not the top set"
run_topset plan --template "$d/template.csv" --log "$d/failed-after-top.csv" \
    --as-of 2026-11-22 --weeks 1 --format csv --out "$tmp/bo"
is 3 "$(grep -c ',backoff,90,8,' "$tmp/bo.csv")" "back-offs follow the completed top: 3 x 90x8"
is 0 "$(grep -c ',110,' "$tmp/bo.csv")" "the failed 110 appears nowhere in the plan"

# --- one bad row costs that row, not the plan
bad="$d/bad-rows.csv"
plan_top "$bad"
is 0 "$status" "a log with two bad rows: exit 0"
is "100,6,add 1 rep: 5/6 reps last time" "$top" "the plan is made from the good rows"
is "$bad:5:5: warning: column \"reps\": expected a whole number of reps from 0 to 1000 like 8, got \"eight\"; the row is skipped
$bad:6:1: warning: column \"date\": expected a date YYYY-MM-DD, got \"2026-11-31\"; the row is skipped" \
    "$err" "each bad row: FILE:LINE:COLUMN: warning: ...; the row is skipped"
rm -f "$tmp/top.csv" "$tmp/top.xlsx"
run_topset plan --template "$d/template.csv" --log "$bad" --as-of 2026-11-22 --strict --out "$tmp/top"
is 1 "$status" "--strict: exit 1"
is "$bad:5:5: column \"reps\": expected a whole number of reps from 0 to 1000 like 8, got \"eight\"
$bad:6:1: column \"date\": expected a date YYYY-MM-DD, got \"2026-11-31\"" "$err" \
    "--strict: the same rows, as errors"
ok "$(test ! -e "$tmp/top.csv" && test ! -e "$tmp/top.xlsx"; echo $?)" "--strict: nothing written"
run_topset check "$bad"
is "0:$bad: ok (log (native)), 2 warnings" "$status:$out" "check: ok, 2 warnings (exit 0)"
run_topset check --strict "$bad"
is 1 "$status" "check --strict: exit 1"
# 25 bad rows: the first 20 printed, then the count.
{
    echo "date,exercise,set_type,weight,reps,rpe,unit,notes"
    echo "2026-11-16,Bench Press,work,100,5,,kg,"
    for i in $(seq 1 25); do echo "2026-11-16,Bench Press,work,9O,8,,kg,"; done
} >"$tmp/many-bad.csv"
plan_top "$tmp/many-bad.csv"
is "0:100,6" "$status:$(echo "$top" | cut -d, -f1,2)" "25 bad rows: planned from the good one, exit 0"
is 20 "$(echo "$err" | grep -c ': warning: ')" "25 bad rows: 20 warnings printed"
is "... and 5 more warnings" "$(echo "$err" | tail -n 1)" "then the count of the rest"

# A batch: a client whose log has bad rows is written, its warnings shown
# under its name and counted in the index; planned again on every run
# until the log is mended; --strict fails it.
run_topset batch "$d/roster.csv" --out "$tmp/b" --as-of 2026-11-22
is 0 "$status" "batch: a client with bad log rows is written, exit 0"
is "clean,0
typos,2" "$(python3 -c 'import csv, sys
for r in list(csv.reader(open(sys.argv[1])))[1:]: print(r[0] + "," + r[-1])' "$tmp/b/index.csv")" \
    "batch: the index's warnings column counts them per client"
case "$err" in *"typos written ("*"), with 2 warnings:"*"bad-rows.csv:5:5: warning: "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: the warnings are printed under the client"
run_topset batch "$d/roster.csv" --out "$tmp/b" --as-of 2026-11-22
case "$err" in *"1 written, 1 unchanged, 0 failed"*) r=0 ;; *) r=1 ;; esac
ok $r "batch rerun: the client with warnings is planned (and warned) again"
run_topset batch "$d/roster.csv" --out "$tmp/b2" --as-of 2026-11-22 --strict
is 1 "$status" "batch --strict: exit 1"
is "typos,failed" "$(grep '^typos,' "$tmp/b2/index.csv" | cut -d, -f1,3)" "batch --strict: that client failed"

# The roster's strict column: that client's bad rows refuse its plan, as
# --strict does for all; "no" (or empty) leaves it to --strict.
run_topset batch "$d/roster-strict.csv" --out "$tmp/b3" --as-of 2026-11-22
is 1 "$status" "roster strict=yes: exit 1"
is "clean,written
typos,failed
lax,written" "$(python3 -c 'import csv, sys
for r in list(csv.reader(open(sys.argv[1])))[1:]: print(r[0] + "," + r[2])' "$tmp/b3/index.csv")" \
    "roster strict=yes fails the client with bad rows alone; strict=no writes it, warned"
case "$err" in *"typos failed ("*"bad-rows.csv:5:5: column \"reps\""*"lax written"*) r=0 ;; *) r=1 ;; esac
ok $r "roster strict=yes: the row's problem is the client's error"
run_topset batch "$d/roster-strict.csv" --out "$tmp/b4" --as-of 2026-11-22 --strict
is "lax,failed" "$(grep '^lax,' "$tmp/b4/index.csv" | cut -d, -f1,3)" \
    "strict=no does not undo --strict"

# --- nothing dropped in silence: logged names no template exercise takes
u="$d/unmatched.csv"
want_unmatched="$u:5: warning: \"benchpress\" (2 sets, last 2026-11-18) matches no exercise of the template; did you mean \"Bench Press\"?
$u:4: warning: \"Face Pull\" (1 set, last 2026-11-16) matches no exercise of the template (name it in an exercise's aliases to plan from it)"
plan_top "$u"
is "0:100,6,add 1 rep: 5/6 reps last time" "$status:$(echo "$top" | cut -d, -f1-3)" \
    "unmatched names: planned from the sets that match, exit 0"
is "$want_unmatched" "$err" "unmatched names: each listed once, its sets, last date, closest name"
plan_top "$u" --strict
is "0:$want_unmatched" "$status:$err" "--strict lists them too, and still plans"
run_topset check "$u" --template "$d/template.csv"
is "0" "$status" "check LOG --template: exit 0"
is "$u: ok (log (native)), 2 warnings" "$out" "check LOG --template: ok, 2 warnings"
is "$want_unmatched" "$err" "check LOG --template: the same list as plan"
run_topset check "$u"
is "0:$u: ok (log (native)):" "$status:$out:$err" "check LOG without a template: nothing to match"
run_topset check "$u" --template "$tmp/nope.csv"
is 1 "$status" "check --template with a missing template: exit 1"

# --- several logs: --log A --log B, and a roster's "a.csv;b.csv"
h="$d/merge-history.csv"
r="$d/merge-recent.csv"
plan_top "$h"
is "100,6" "$(echo "$top" | cut -d, -f1,2)" "the history alone: 100x5 last, 100x6 next"
plan_top "$h" --log "$r"
is "0:102.5,5,add 2.5: 6/6 reps last time" "$status:$top" \
    "--log A --log B: the newest session, from B, decides the next top set"
is "$h:6: warning: \"Face Pull\" (1 set, last 2026-11-09) matches no exercise of the template (name it in an exercise's aliases to plan from it)" \
    "$err" "--log A --log B: a set both hold is counted once"
plan_top "$r" --log "$h"
is "102.5,5" "$(echo "$top" | cut -d, -f1,2)" "--log B --log A: the same plan"
run_topset batch "$d/roster-merge.csv" --out "$tmp/b5" --as-of 2026-11-22 --format csv
is "0:102.5,5" "$status:$(grep ',top,' "$tmp/b5/both.csv" | head -n 1 | cut -d, -f8,9)" \
    "roster log \"a.csv; b.csv\": both logs merged"
run_topset check "$d/roster-merge.csv"
is 0 "$status" "check: a roster naming two logs for a client"
