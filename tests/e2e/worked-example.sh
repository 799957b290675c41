#!/bin/sh
# topset-formats(5)'s worked example (PROGRESSION), end to end: bench press 5-6, increment
# 2.5, 3 back-offs of 8 at a 10% drop.
. "$srcdir/tests/e2e/lib.sh"
plan 12
w="$data/worked"

run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" \
    --as-of 2026-11-22 --weeks 2 --client Alex --out "$tmp/a"
is 0 "$status" "plan after week 1 exits 0"
is "" "$err" "and says nothing on stderr"
diff "$w/expected-after-week1.csv" "$tmp/a.csv" >"$tmp/diff" 2>&1
ok $? "after 100x5, 90x8,8,7: top 100x6, back-offs 90x8 x3; then 102.5x5 / 92.5x8 projected"
[ -s "$tmp/diff" ] && sed 's/^/# /' "$tmp/diff"
ok "$(test -s "$tmp/a.xlsx"; echo $?)" "the workbook is written too"

run_topset plan --template "$w/template.csv" --log "$w/log-week2.csv" \
    --as-of 2026-11-22 --weeks 1 --out "$tmp/b" --format csv
is 0 "$status" "plan after week 2 exits 0"
row=$(grep ',top,' "$tmp/b.csv")
is ",1,2026-11-23,Upper A,Bench Press,1,top,102.5,5,,kg,add 2.5: 6/6 reps last time,,,,," "$row" \
    "after 100x6, 90x8,8,8 (logged as work sets): top 102.5x5"
is 3 "$(grep -c ',backoff,92.5,8,' "$tmp/b.csv")" "three back-offs at 92.5 x 8"
ok "$(test ! -e "$tmp/b.xlsx"; echo $?)" "--format csv writes no workbook"

# As-of before week 2's session: week 2 is ignored, the plan is the first one.
run_topset plan --template "$w/template.csv" --log "$w/log-week2.csv" \
    --as-of 2026-11-15 --weeks 1 --out "$tmp/c" --format csv
is 0 "$status" "as-of 2026-11-15 exits 0"
is "100,6" "$(grep ',top,' "$tmp/c.csv" | cut -d, -f8,9)" "logs after --as-of are ignored"
is "2026-11-16" "$(grep ',top,' "$tmp/c.csv" | cut -d, -f3)" "the block starts the Monday after --as-of"

# In pounds the same log converts: 100 kg = 220.46 lb; 6 reps next at the same load.
run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" \
    --as-of 2026-11-22 --weeks 1 --unit lb --out "$tmp/d" --format csv
is "top,220,6" "$(grep ',top,' "$tmp/d.csv" | cut -d, -f7-9)" "kg log planned in lb: 220.46 rounds to 220 (step 5)"
