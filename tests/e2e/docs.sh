#!/bin/sh
# The man page keeps up with --help: every command and every long option
# that --help names is documented in topset(1), and every column of the
# template table in topset-formats(5).
. "$srcdir/tests/e2e/lib.sh"
man1="$srcdir/doc/topset.1"
man5="$srcdir/doc/topset-formats.5"
run_topset --help
opts=$(echo "$out" | grep -o -- '--[a-z][a-z-]*' | sort -u)
cmds="plan batch check import diff"
cols="day exercise top_reps top_sets top_rpe top_pct start_weight backoff_sets backoff_reps
backoff_drop backoff_pct work_sets backoff_list drop_sets drop_reps drop_pct increment step unit round tm_pct amrap_table rule week warmup bar aliases notes"
plan $(($(echo "$opts" | wc -l) + 5 + $(echo $cols | wc -w)))
for o in $opts; do
    esc=$(echo "$o" | sed 's/-/\\\\-/g')
    grep -q -- "$esc" "$man1"
    ok $? "topset(1) documents $o"
done
for c in $cmds; do
    grep -q "^\.B topset $c\|^\.B $c\$" "$man1"
    ok $? "topset(1) documents the $c command"
done
for c in $cols; do
    grep -q "^\.B $c\$\|^\.BR.* $c\( \|\$\)\|^\.BR $c " "$man5"
    ok $? "topset-formats(5) documents the template column $c"
done
