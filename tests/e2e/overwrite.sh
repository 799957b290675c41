#!/bin/sh
# Outputs never overwrite inputs (issue 17): plan and batch refuse, exit 2,
# naming the output and the input, when an output path is the template, a
# log, the maxes or the roster, compared by device and inode (another
# spelling, a symbolic or a hard link is the same file); nothing is written.
. "$srcdir/tests/e2e/lib.sh"
plan 20
w="$tmp/w"
mkdir "$w" "$w/sub"
cp "$data/batch/template.csv" "$w/prog.csv"
cp "$data/batch/logs/alex.csv" "$w/log.csv"
printf 'exercise,one_rm\nSquat,150\n' >"$w/maxes.csv"
cp "$w/prog.csv" "$tmp/prog.orig"
cp "$w/log.csv" "$tmp/log.orig"
cp "$w/maxes.csv" "$tmp/maxes.orig"
same() { cmp -s "$tmp/prog.orig" "$w/prog.csv" && cmp -s "$tmp/log.orig" "$w/log.csv" &&
    cmp -s "$tmp/maxes.orig" "$w/maxes.csv"; echo $?; }

run_topset plan --template "$w/prog.csv" --as-of 2026-11-22 --out "$w/prog"
is "2 $w/prog.csv: the output would overwrite the template $w/prog.csv (expected --out to name a file apart from the inputs)" \
    "$status $err" "plan --out onto the template: exit 2, naming both"
ok "$(same)" "the template is untouched"
ok "$(test ! -e "$w/prog.xlsx"; echo $?)" "and nothing else is written"
run_topset plan --template "$w/prog.csv" --log "$w/log.csv" --as-of 2026-11-22 --out "$w/sub/../log"
case "$status $err" in "2 $w/sub/../log.csv: the output would overwrite the log $w/log.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "plan --out onto the log, spelt another way: exit 2"
run_topset plan --template "$w/prog.csv" --maxes "$w/maxes.csv" --as-of 2026-11-22 --out "$w/maxes"
case "$status $err" in "2 $w/maxes.csv: the output would overwrite the maxes $w/maxes.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "plan --out onto the maxes: exit 2"
ln -s "$w/prog.csv" "$w/link.csv"
run_topset plan --template "$w/prog.csv" --as-of 2026-11-22 --out "$w/link"
case "$status $err" in "2 $w/link.csv: the output would overwrite the template $w/prog.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "a symbolic link to the template: exit 2"
ln "$w/log.csv" "$w/hard.csv"
run_topset plan --template "$w/prog.csv" --log "$w/log.csv" --as-of 2026-11-22 --out "$w/hard"
case "$status $err" in "2 $w/hard.csv: the output would overwrite the log $w/log.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "a hard link to the log: exit 2"
ok "$(same)" "after all that, every input is untouched"
run_topset plan --template "$w/prog.csv" --as-of 2026-11-22 --out "$w/prog" --format xlsx
ok "$(test "$status" = 0 && test -s "$w/prog.xlsx"; echo $?)" \
    "--format xlsx beside prog.csv: no output is an input, written"
ok "$(same)" "and the template is still the template"

# batch: each kind of input, with the folder holding the inputs as --out.
b="$tmp/b"
mkdir "$b"
cp "$w/prog.csv" "$w/log.csv" "$w/maxes.csv" "$b/"
cp "$b/log.csv" "$b/bob.csv"
try() { # NAME ROSTER-ROWS...: run a roster of these rows with --out "$b"
    name=$1
    shift
    { echo 'client,template,log,maxes,unit,start,weeks'; printf '%s\n' "$@"; } >"$b/$name"
    cp "$b/$name" "$tmp/roster.orig"
    run_topset batch "$b/$name" --out "$b" --as-of 2026-11-22
}
try roster.csv 'roster,prog.csv,,,,,2'
is "2 $b/roster.csv: the output would overwrite the roster $b/roster.csv (expected --out to name a folder apart from the inputs)" \
    "$status $err" "batch: a client named roster in the roster's folder: exit 2, naming both"
ok "$(cmp -s "$tmp/roster.orig" "$b/roster.csv"; echo $?)" "the roster is untouched"
try r1.csv 'alex,prog.csv,,,,,2' 'prog,prog.csv,,,,,2'
case "$status $err" in "2 $b/prog.csv: the output would overwrite the template $b/prog.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: a client's plan onto a template: exit 2"
ok "$(test ! -e "$b/alex.csv" && test ! -e "$b/index.csv"; echo $?)" "no client is planned, no index written"
try r2.csv 'bob,prog.csv,bob.csv,,,,2'
case "$status $err" in "2 $b/bob.csv: the output would overwrite the log $b/bob.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: a client's plan onto its own log: exit 2"
try r3.csv 'alex,prog.csv,,,,,2' 'log,prog.csv,,,,,2' 'Ann,prog.csv,log.csv,,,,2'
case "$status $err" in "2 $b/log.csv: the output would overwrite the log $b/log.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: a client's plan onto another client's log: exit 2"
try r4.csv 'maxes,prog.csv,,maxes.csv,,,2'
case "$status $err" in "2 $b/maxes.csv: the output would overwrite the maxes $b/maxes.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: onto the maxes: exit 2"
try index.csv 'alex,prog.csv,,,,,2'
case "$status $err" in "2 $b/index.csv: the output would overwrite the roster $b/index.csv "*) r=0 ;; *) r=1 ;; esac
ok $r "batch: the index onto the roster: exit 2"
ok "$(cmp -s "$tmp/roster.orig" "$b/index.csv"; echo $?)" "the roster is untouched"
ok "$(cmp -s "$b/log.csv" "$tmp/log.orig" && cmp -s "$b/prog.csv" "$tmp/prog.orig" &&
    cmp -s "$b/maxes.csv" "$tmp/maxes.orig" && test ! -e "$b/alex.csv"; echo $?)" \
    "batch: every input untouched, and no plan written by any refused run"
