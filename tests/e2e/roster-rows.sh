#!/bin/sh
# topset batch (issue 17): a bad roster row fails that client alone; the
# others are planned, the index is written with the failure, exit 1. A
# roster whose header is unusable still fails as a whole.
. "$srcdir/tests/e2e/lib.sh"
plan 11
d="$data/roster-rows"
o="$tmp/plans"

run_topset batch "$d/roster.csv" --out "$o" --as-of 2026-11-22
is 1 "$status" "a bad row among good ones: exit 1"
case "$err" in *"2 written, 0 unchanged, 2 failed in "*) r=0 ;; *) r=1 ;; esac
ok $r "summary: 2 written, 2 failed"
case "$err" in
*'Bea failed ('"$d"'/roster.csv:3):'*"$d"'/roster.csv:3:7: column "weeks": expected a whole number from 1 to 52, got "four"'*) r=0 ;;
*) r=1 ;;
esac
ok $r "Bea's row fails, naming roster.csv:3:7 and what to write"
case "$err" in *"$d"'/roster.csv:4:5: column "unit": expected kg or lb, got "stone"'*) r=0 ;; *) r=1 ;; esac
ok $r "Cy's row fails with its own problem"
ok "$(test -s "$o/Alex.csv" && test -s "$o/Alex.xlsx" && test -s "$o/Dee.csv"; echo $?)" \
    "the good rows are planned"
is "102.5,5" "$(grep ',Bench Press,1,top,' "$o/Alex.csv" | head -n 1 | cut -d, -f8,9)" \
    "Alex's plan is the real one (bench 100x6 -> 102.5x5)"
ok "$(test ! -e "$o/Bea.csv" && test ! -e "$o/Bea.xlsx" && test ! -e "$o/Cy.csv"; echo $?)" \
    "the bad rows write no plan"
is "Alex,written Bea,failed Cy,failed Dee,written" \
    "$(sed 1d "$o/index.csv" | cut -d, -f1,3 | tr '\n' ' ' | sed 's/ $//')" \
    "the index has every row, in roster order, the bad ones failed"
case "$(grep '^Bea,' "$o/index.csv")" in *'roster.csv:3:7: column ""weeks""'*) r=0 ;; *) r=1 ;; esac
ok $r "the index's error names roster.csv:3"

run_topset batch "$d/bad-header.csv" --out "$tmp/h" --as-of 2026-11-22
case "$status $err" in "1 $d/bad-header.csv:1:2: unknown column \"templat\""*) r=0 ;; *) r=1 ;; esac
ok $r "an unusable header fails the whole roster: exit 1, naming the column"
ok "$(test ! -e "$tmp/h/Alex.csv" && test ! -e "$tmp/h/index.csv"; echo $?)" "and nothing is written"
