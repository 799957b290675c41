#!/bin/sh
# topset batch: isolation of a broken client, safe names, clients without a
# log, blocks started in the past, incremental reruns, -j 2 = -j 1, shards
# that partition and share a folder, a filled-in plan fed back as the next
# log, a rename that fails at the group commit, two clients whose names
# make one file name, and a client with more problems than the cap.
. "$srcdir/tests/e2e/lib.sh"
plan 75
b="$data/batch"
plans="$tmp/plans"

run_topset batch "$b/roster.csv" --out "$plans" --as-of 2026-11-22
is 1 "$status" "a broken client makes the run exit 1"
case "$err" in *'broken failed ('*'broken-template.csv:2:'*'unknown rule "lineer"'*) r=0 ;; *) r=1 ;; esac
ok $r "the broken client is named, with FILE:LINE and the problem"
case "$err" in *"4 written, 0 unchanged, 1 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "summary line: 4 written, 0 unchanged, 1 failed"
ok "$(test -s "$plans/alex.csv" && test -s "$plans/alex.xlsx"; echo $?)" "the others are still written"
ok "$(test ! -e "$plans/broken.csv"; echo $?)" "the broken client writes nothing"
is "" "$(ls "$tmp" | grep -v '^plans$')" "nothing is written outside the output folder"
is 1 "$(ls "$plans" | grep -c 'evil.*\.csv$')" "\"../evil\" gets a plan inside the folder"
ok "$(test -s "$plans/evil.csv"; echo $?)" "named evil: leading dots and the separator dropped"

# alex: history in the log.
is "102.5,5" "$(grep ',Bench Press,1,top,' "$plans/alex.csv" | head -n 1 | cut -d, -f8,9)" \
    "alex: bench 100x6 -> 102.5x5"
is "140,6" "$(grep ',Squat,1,top,' "$plans/alex.csv" | head -n 1 | cut -d, -f8,9)" "alex: squat 140x5 -> 140x6"
# newbie: no log, starts from start_weight.
is "60,5,start" "$(grep ',Bench Press,1,top,' "$plans/newbie.csv" | cut -d, -f8,9,12)" \
    "newbie: no log, bench starts at start_weight 60x5"
# past: a block that started 2026-11-09.
is "2026-11-09" "$(sed -n 2p "$plans/past.csv" | cut -d, -f3)" "past: week 1 is 2026-11-09"
is "60,5,,,," "$(grep '^past,1,.*,Bench Press,1,top,' "$plans/past.csv" | cut -d, -f8,9,10,13-15)" \
    "past: week 1 as prescribed then (start), nothing logged"
is "60,5,repeat: nothing logged in week 1,100,6" \
    "$(grep '^past,2,.*,Bench Press,1,top,' "$plans/past.csv" | cut -d, -f8,9,12,13,14)" \
    "past: week 2 repeats week 1 and shows the logged 100x6"
is "102.5,5" "$(grep '^past,3,.*,Bench Press,1,top,' "$plans/past.csv" | cut -d, -f8,9)" \
    "past: week 3 from the latest log"

# The index.
is "client,file,status,block,block_week,next_week,changes,last_log,flag,error,warnings" "$(sed -n 1p "$plans/index.csv")" "index header"
is "alex,alex,written,1,0,Bench Press 102.5x5; Squat 140x6,,2026-11-18,,,0" "$(grep '^alex,' "$plans/index.csv")" \
    "index: alex's next week"
is "past,past,written,1,2,Bench Press 102.5x5; Squat 140x6,,2026-11-18,,,0" "$(grep '^past,' "$plans/index.csv")" \
    "index: past is in block week 2"
case "$(grep '^broken,' "$plans/index.csv")" in broken,,failed,*'unknown rule'*) r=0 ;; *) r=1 ;; esac
ok $r "index: broken failed, with the error"

# The index as a workbook: the same rows, text as strings, failures marked.
ix="$tmp/ix"
mkdir "$ix" && (cd "$ix" && $TOPSET_UNZIP -q "$plans/index.xlsx") 2>/dev/null
sheet="$ix/xl/worksheets/sheet1.xml"
case "$(cat "$ix/xl/workbook.xml")" in *'<sheet name="Index"'*"_xlnm.Print_Titles"*"Index!\$2:\$2"*) r=0 ;; *) r=1 ;; esac
ok $r "index.xlsx: one sheet Index, header row repeated on every page"
case "$(cat "$sheet")" in *'orientation="landscape"'*) r=0 ;; *) r=1 ;; esac
ok $r "index.xlsx: landscape"
ok "$(grep -q '<f>' "$sheet"; test $? -eq 1; echo $?)" "index.xlsx: no formulas anywhere"
case "$(cat "$sheet")" in
*'t="inlineStr"><is><t>alex</t>'*'<t>Bench Press 102.5x5; Squat 140x6</t>'*'<t>broken</t>'*'<t>failed</t>'*'unknown rule'*) r=0 ;;
*) r=1 ;;
esac
ok $r "index.xlsx: clients, next week's top sets and the error as text"
style() { sed -n "s/.*<c r=\"$1\" s=\"\([0-9]*\)\".*/\1/p" "$sheet"; }
ok "$(test -n "$(style A3)" && test "$(style A3)" != "$(style A4)"; echo $?)" \
    "index.xlsx: the failed client's row (broken) looks different from alex's"
case "$(cat "$ix/xl/styles.xml")" in *FFFFC7CE*) r=0 ;; *) r=1 ;; esac
ok $r "index.xlsx: failed rows are filled red"

# A rerun with nothing changed rewrites nothing.
mkdir "$tmp/first" && cp -p "$plans"/*.csv "$plans"/*.xlsx "$tmp/first/" &&
    rm "$tmp/first/index.csv" "$tmp/first/index.xlsx"
run_topset batch "$b/roster.csv" --out "$plans" --as-of 2026-11-22
case "$err" in *"0 written, 4 unchanged, 1 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "rerun: 0 written, 4 unchanged, 1 failed"
same=0
for f in "$tmp/first"/*; do cmp -s "$f" "$plans/$(basename "$f")" || same=1; done
ok $same "rerun: every file byte-identical"
# A plan removed by hand is written again, though its inputs did not change.
rm "$plans/alex.xlsx"
run_topset batch "$b/roster.csv" --out "$plans" --as-of 2026-11-22
case "$err" in *"1 written, 3 unchanged, 1 failed in "*) r=0 ;; *) r=1 ;; esac
ok "$(test $r = 0 && cmp -s "$tmp/first/alex.xlsx" "$plans/alex.xlsx"; echo $?)" \
    "a removed workbook: alex is planned again, the same bytes, the rest unchanged"
run_topset batch "$b/roster.csv" --out "$plans" --as-of 2026-11-22 --force
case "$err" in *"4 written, 0 unchanged, 1 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "--force plans everyone again"
same=0
for f in "$tmp/first"/*; do cmp -s "$f" "$plans/$(basename "$f")" || same=1; done
ok $same "and the same inputs give the same bytes"
is "" "$(temps "$plans" "$plans/.topset-state")" "no temporary files left behind"
is "alex evil newbie past " "$(sed 1d "$plans/.topset-state/state" | cut -f1 | sort | tr '\n' ' ')" \
    "the state: a line per written client, none for the broken one"
ok "$(test ! -e "$plans/.topset-state/journal"; echo $?)" "and no journal after a finished run"

# -j 2 gives the same files as -j 1.
run_topset batch "$b/roster.csv" --out "$tmp/j2" --as-of 2026-11-22 -j 2
is 1 "$status" "-j 2: exit 1 (the broken client)"
same=0
for f in "$tmp/first"/*; do cmp -s "$f" "$tmp/j2/$(basename "$f")" || same=1; done
ok $same "-j 2: byte-identical to -j 1"
ok "$(cmp -s "$plans/index.csv" "$tmp/j2/index.csv"; echo $?)" "-j 2: the same index"
ok "$(cmp -s "$plans/index.xlsx" "$tmp/j2/index.xlsx"; echo $?)" "-j 2: the same index workbook"

# Shards partition the roster: every client exactly once.
for k in 1 2 3; do
    run_topset batch "$b/roster.csv" --out "$tmp/s$k" --as-of 2026-11-22 --shard "$k/3"
done
all=$(cat "$tmp"/s1/index-1-of-3.csv "$tmp"/s2/index-2-of-3.csv "$tmp"/s3/index-3-of-3.csv |
    grep -v '^client,' | cut -d, -f1 | sort | tr '\n' ' ')
is "../evil alex broken newbie past " "$all" "three shards hold every client exactly once"
# and each client stays in the shard it always had (batch_shard_of's seed).
byshard=$(for k in 1 2 3; do
    printf '%s:' "$k"; grep -v '^client,' "$tmp/s$k/index-$k-of-3.csv" | cut -d, -f1 | sort | tr '\n' ' '
done)
is "1:../evil broken past 2:3:alex newbie " "$byshard" "each client in the shard it always had"
# An edited template is noticed (batch.c keeps a template's hash while the
# file is the same one): a blank line appended plans its clients again.
cp -R "$b" "$tmp/edit"
run_topset batch "$tmp/edit/roster.csv" --out "$tmp/edit/plans" --as-of 2026-11-22
printf '\n' >>"$tmp/edit/template.csv"
run_topset batch "$tmp/edit/roster.csv" --out "$tmp/edit/plans" --as-of 2026-11-22
case "$err" in *"4 written, 0 unchanged, 1 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "an edited template: its four clients are planned again"

# Shards sharing a folder keep each other's state.
for k in 1 2 3; do
    run_topset batch "$b/roster.csv" --out "$tmp/sh" --as-of 2026-11-22 --shard "$k/3"
done
r=0
for k in 1 2 3; do
    run_topset batch "$b/roster.csv" --out "$tmp/sh" --as-of 2026-11-22 --shard "$k/3"
    printf '%s\n' "$err" | unstamp | grep -q '^0 written, ' || r=1
done
ok $r "shards sharing a folder: rerun, no shard plans anyone again"

# Closing the loop: alex fills in week 1 of the plan as prescribed, and the
# filled plan CSV is next week's log: the block moves on by one week.
awk -F, 'BEGIN { OFS = "," } NR > 1 && $2 == 1 { $13 = $8; $14 = $9 } { print }' \
    "$plans/alex.csv" >"$tmp/alex-filled.csv"
printf 'client,template,log,maxes,unit,start,weeks\nalex,%s,%s,,,,2\n' \
    "$b/template.csv" "$tmp/alex-filled.csv" >"$tmp/roster2.csv"
run_topset batch "$tmp/roster2.csv" --out "$tmp/next" --as-of 2026-11-29
is 0 "$status" "a filled-in plan is accepted as the log"
is "2026-11-30" "$(sed -n 2p "$tmp/next/alex.csv" | cut -d, -f3)" "the next block starts a week later"
is "102.5,6" "$(grep ',Bench Press,1,top,' "$tmp/next/alex.csv" | head -n 1 | cut -d, -f8,9)" \
    "bench moves on: 102.5x5 done -> 102.5x6"
is "145,5" "$(grep ',Squat,1,top,' "$tmp/next/alex.csv" | head -n 1 | cut -d, -f8,9)" \
    "squat moves on: 140x6 done -> 145x5"

# Missed weeks: a block in progress whose lifter stopped logging after
# 2026-11-18 repeats the unperformed week and is flagged in the index.
printf 'client,template,log,maxes,unit,start,weeks\nstale,%s,%s,,,2026-11-09,6\n' \
    "$b/template.csv" "$b/logs/alex.csv" >"$tmp/stale.csv"
run_topset batch "$tmp/stale.csv" --out "$tmp/stale" --as-of 2026-12-07
is 0 "$status" "stale: planned"
is "stale,stale,written,1,5,Bench Press 102.5x5; Squat 140x6,,2026-11-18,no log since 2026-11-18,,0" \
    "$(grep '^stale,' "$tmp/stale/index.csv")" "stale: index flags no log since 2026-11-18"
is "102.5,5,add 2.5: 6/6 reps last time" "$(grep '^stale,3,.*,Bench Press,1,top,' "$tmp/stale/stale.csv" | cut -d, -f8,9,12)" \
    "stale: week 3 from the last log (100x6)"
is "102.5,5,repeat: nothing logged in week 3" \
    "$(grep '^stale,4,.*,Bench Press,1,top,' "$tmp/stale/stale.csv" | cut -d, -f8,9,12)" \
    "stale: week 4 repeats week 3, not progressed on missing data"
is "102.5,5,repeat: nothing logged in week 4" \
    "$(grep '^stale,5,.*,Bench Press,1,top,' "$tmp/stale/stale.csv" | cut -d, -f8,9,12)" \
    "stale: the coming week repeats again"

# The lock: a second run waits for the first and then does its work.
lockdir="$tmp/locked"
mkdir "$lockdir"
# The holder keeps the lock until topset says it waits (or a minute), so
# that a slow start (valgrind, a loaded machine) cannot miss the wait.
: >"$tmp/.err"
flock "$lockdir/.topset.lock" sh -c "touch '$tmp/held'; n=0
    while ! grep -q waiting '$tmp/.err' && [ \$n -lt 600 ]; do sleep 0.1; n=\$((n + 1)); done" &
holder=$!
n=0
while [ ! -e "$tmp/held" ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
run_topset batch "$tmp/stale.csv" --out "$lockdir" --as-of 2026-12-07
wait $holder
is 0 "$status" "lock: the second run waits and succeeds"
case "$err" in *"another batch is writing to $lockdir; waiting"*"1 written, 0 unchanged, 0 failed"*) r=0 ;; *) r=1 ;; esac
ok $r "lock: it says it is waiting, then reports its work"
ok "$(test -s "$lockdir/stale.xlsx"; echo $?)" "lock: the plan is written after the wait"

# A plan committed with its group (batch.c, flush_group) whose rename fails:
# alex's workbook would replace a folder. alex fails with the reason, its
# state is not saved (the next run plans it again), the others are written.
rn="$tmp/rename"
mkdir -p "$rn/alex.xlsx/keep"
run_topset batch "$b/roster.csv" --out "$rn" --as-of 2026-11-22
case "$status $err" in "1 "*"3 written, 0 unchanged, 2 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "a failed rename at commit: exit 1, alex counted failed with broken"
case "$err" in *'alex failed ('*"$rn/alex.xlsx: cannot write: Is a directory"*) r=0 ;; *) r=1 ;; esac
ok $r "the client is failed, naming the file and the reason"
is "failed" "$(grep '^alex,' "$rn/index.csv" | cut -d, -f3)" "the index says alex failed"
ok "$(test -d "$rn/alex.xlsx/keep" && ! grep -q "^alex	" "$rn/.topset-state/state" &&
    grep -q "^newbie	" "$rn/.topset-state/state" &&
    test -s "$rn/newbie.xlsx" && test -s "$rn/past.xlsx"; echo $?)" \
    "the folder is untouched, alex has no state, the others are written"
is "" "$(temps "$rn" "$rn/.topset-state")" "no temporary file is left"

# Two clients whose names make one file name (file_name.h). Names
# the roster already takes for one client ("Jo/1" and "Jo_1": the same
# words) fail the second row alone; the first is planned.
printf 'client,template,log,maxes,unit,start,weeks\nJo/1,%s,,,,,1\nJo_1,%s,,,,,1\n' \
    "$b/template.csv" "$b/template.csv" >"$tmp/jo.csv"
run_topset batch "$tmp/jo.csv" --out "$tmp/jo" --as-of 2026-11-22
is "1 Jo_1 failed ($tmp/jo.csv:3):
$tmp/jo.csv:3:1: column \"client\": \"Jo_1\" is already on line 2 (expected one row per client)" \
    "$status $(printf '%s\n' "$err" | sed '$d' | grep -v ' written (' | unstamp)" "\"Jo/1\" and \"Jo_1\": the roster fails the second as the same client"
is "Jo_1.csv Jo_1.xlsx index.csv index.xlsx" "$(ls "$tmp/jo" | tr '\n' ' ' | sed 's/ $//')" \
    "and only the first is written"
is "Jo/1" "$(sed -n 2p "$tmp/jo/Jo_1.csv" | cut -d, -f1)" "the plan in Jo_1.csv is Jo/1's"
# Names that differ only past the 100 bytes a file name keeps: both are
# planned, the second under "-2" (file_name.h), each file with its own
# client's plan, with -j 1 and -j 2.
long=$(printf 'Lee%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33)x
long2="$(printf '%s' "$long" | cut -c1-98)-2"
printf 'client,template,log,maxes,unit,start,weeks\n%s Ann,%s,,,,,1\n%s Bob,%s,,,,,2\n' \
    "$long" "$b/template.csv" "$long" "$b/template.csv" >"$tmp/same.csv"
for j in 1 2; do
    run_topset batch "$tmp/same.csv" --out "$tmp/same$j" --as-of 2026-11-22 -j $j
    is "0 2 written, 0 unchanged, 0 failed in" "$status $(printf '%s\n' "$err" | tail -n 1 | unstamp | sed 's/ in .*/ in/')" \
        "one file name, -j $j: both written"
    is "$(printf '%s\n' "$long.csv" "$long.xlsx" "$long2.csv" "$long2.xlsx" index.csv index.xlsx | LC_ALL=C sort)" \
        "$(ls "$tmp/same$j" | LC_ALL=C sort)" "one file name, -j $j: the second under -2"
    is "$long Ann|$long Bob" \
        "$(sed -n 2p "$tmp/same$j/$long.csv" | cut -d, -f1)|$(sed -n 2p "$tmp/same$j/$long2.csv" | cut -d, -f1)" \
        "one file name, -j $j: each file holds its own client's plan"
done
is "$long Ann,$long,written" "$(grep "^$long Ann," "$tmp/same1/index.csv" | cut -d, -f1-3)" \
    "one file name: the index names the first's file"
is "$long Bob,$long2,written" "$(grep "^$long Bob," "$tmp/same1/index.csv" | cut -d, -f1-3)" \
    "and the second's"
run_topset batch "$tmp/same.csv" --out "$tmp/same1" --as-of 2026-11-22
case "$status $(printf '%s\n' "$err" | unstamp)" in "0 0 written, 2 unchanged, 0 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "one file name, rerun: both unchanged"

# More problems than errors.h's cap (ERRORS_MAX_REPORTED, 50) in a client's
# log, read under --strict (else each bad row is a warning): batch shows the first 50 under the client, then the count of the
# rest, and the index's error holds the same lines.
many="$data/bad/log-too-many-problems.csv"
printf 'client,template,log,maxes,unit,start,weeks\nmany,%s,%s,,,,1\n' "$b/template.csv" "$many" \
    >"$tmp/many.csv"
run_topset batch "$tmp/many.csv" --out "$tmp/many" --as-of 2026-11-22 --strict
is 1 "$status" "a client with 53 problems: exit 1"
is "many failed ($tmp/many.csv:2):
$(sed "\$!s|^|$data/bad/|" "$data/bad/log-too-many-problems.expect")" \
    "$(printf '%s\n' "$err" | sed '$d' | unstamp)" "the first 50 problems, then \"... and 3 more problems\""
is '... and 3 more problems",' "$(tail -n 1 "$tmp/many/index.csv")" \
    "the index's error ends with the same line"
is 51 "$(sed 1d "$tmp/many/index.csv" | wc -l | tr -d ' ')" "the index row: 50 problems and the count, a line each"

run_topset batch "$b/roster.csv"
is 2 "$status" "batch without --out is a usage error"
