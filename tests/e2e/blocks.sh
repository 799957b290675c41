#!/bin/sh
# Blocks roll over (issue 17): when a client's block has no week left to
# come, the run plans the next block from the Monday after it, its weeks
# progressed from the last block's log; the index shows the block beside
# its week; a roster's blocks column stops the program after N blocks.
. "$srcdir/tests/e2e/lib.sh"
plan 14
roster="$data/blocks/roster.csv"
o="$tmp/plans"

# ann's 4-week block 1 ran 2026-10-05 to 2026-11-01.
run_topset batch "$roster" --out "$o" --as-of 2026-11-20
is 0 "$status" "as of 2026-11-20: exit 0"
is "ann,ann,written,2,3" "$(grep '^ann,' "$o/index.csv" | cut -d, -f1-5)" \
    "ann: block 2, week 3 (not week 5 of 4)"
is "2026-11-02" "$(sed -n 2p "$o/ann.csv" | cut -d, -f3)" "block 2 starts the Monday after block 1"
is "105,5,add 2.5: 6/6 reps last time" "$(grep '^ann,1,.*,Bench Press,1,top,' "$o/ann.csv" | cut -d, -f8,9,12)" \
    "block 2 week 1 carries on from block 1's last bench, 102.5x6"
is "150,5" "$(grep '^ann,1,.*,Squat,1,top,' "$o/ann.csv" | cut -d, -f8,9)" "and from its last squat, 145x6"
case "$(grep '^ann,' "$o/index.csv" | cut -d, -f6)" in *'Bench Press '*) r=0 ;; *) r=1 ;; esac
ok $r "the next week is not empty"
case "$err" in *' as-of 2026-11-20: ann written (week 3 of block 2)'*) r=0 ;; *) r=1 ;; esac
ok $r "the log line says week 3 of block 2"

# blocks = 2: cal's 2-week blocks ended 2026-11-01; dee's block 2 is on.
is "cal,cal,finished,2,,,,,program finished,," "$(grep '^cal,' "$o/index.csv")" \
    "cal: past 2 blocks, finished and flagged"
ok "$(test ! -e "$o/cal.csv" && test ! -e "$o/cal.xlsx"; echo $?)" "cal: no plan written"
is "dee,dee,written,2,3" "$(grep '^dee,' "$o/index.csv" | cut -d, -f1-5)" "dee: block 2 of 2, planned"
case "$err" in *"2 written, 0 unchanged, 0 failed, 1 finished in "*) r=0 ;; *) r=1 ;; esac
ok $r "the summary counts the finished client"

# The Sunday 1 November run, the last day of block 1: the coming week is
# block 2's first, so block 2 is planned.
run_topset batch "$roster" --out "$tmp/sun" --as-of 2026-11-01
is "ann,ann,written,2,0" "$(grep '^ann,' "$tmp/sun/index.csv" | cut -d, -f1-5)" \
    "as of the last Sunday of block 1: block 2, not yet begun"
is "2026-11-02" "$(sed -n 2p "$tmp/sun/ann.csv" | cut -d, -f3)" "its plan starts 2026-11-02"
case "$err" in *' as-of 2026-11-01: ann written (block 2 starts 2026-11-02)'*) r=0 ;; *) r=1 ;; esac
ok $r "the log line says block 2 starts 2026-11-02"
