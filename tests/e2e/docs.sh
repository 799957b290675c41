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
# Every column of the template table, read from the table itself so a new
# column cannot go undocumented.
cols=$(sed -n '/^static const struct tcol columns\[\] = {/,/^};/p' "$srcdir/src/template.c" |
    grep -o '^ *{"[a-z_]*"' | tr -d ' {"')
plan $(($(echo "$opts" | wc -l) + 6 + $(echo $cols | wc -w)))
[ "$(echo $cols | wc -w)" -ge 30 ]
ok $? "the template table was read ($(echo $cols | wc -w) columns)"
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
