#!/bin/sh
# Inputs too big to commit, made at test time in $tmp: a 20 MB field (bare
# and inside an open quote), a million columns (in the header and in a data
# row) and one row past the row limit. Each gets its exact FILE:LINE
# message and exit 1 from `check`; a plan given it exits 1 and leaves the
# previous plan as it was. The reader must stop at the limit rather than
# buffer the input: checked by running it under a small address-space limit
# (not possible under valgrind or AddressSanitizer, which reserve far more).
. "$srcdir/tests/e2e/lib.sh"

[ -x "$TOPSET" ] || skip_all "the topset program is not built"

plan 25

good="$srcdir/tests/data/ok/template.csv"
case "$good" in /*) ;; *) good="$PWD/$good" ;; esac
cd "$tmp" || exit 99
mkdir in || exit 99
tpl=day,exercise,top_reps
awk -v h="$tpl" 'BEGIN {
    printf "%s\nUpper A,", h
    s = "xxxxxxxxxxxxxxxx"
    while (length(s) < 1048576) s = s s
    for (i = 0; i < 20; i++) printf "%s", s
    printf ",5\n"
}' >in/field.csv
awk -v h="$tpl" 'BEGIN {
    printf "%s\nUpper A,\"", h
    s = "x,\"\"\n"
    while (length(s) < 1048576) s = s s
    for (i = 0; i < 20; i++) printf "%s", s
}' >in/quoted.csv
awk 'BEGIN { printf "c"; for (i = 1; i < 1000000; i++) printf ",c%d", i; printf "\n" }' >in/columns.csv
awk -v h="$tpl" 'BEGIN { printf "%s\nUpper A,Bench", h; for (i = 2; i < 1000000; i++) printf ","; printf "\n" }' \
    >in/commas.csv
awk 'BEGIN {
    print "date,exercise,set_type,weight,reps,rpe,unit,notes"
    for (i = 0; i <= 1000000; i++) print "2026-11-09,Squat,top,140,5,,kg,"
}' >in/rows.csv

is 20971553 "$(wc -c <in/field.csv | tr -d ' ')" "the field file holds a 20 MB field"

printf 'client,week\nprevious plan\n' >keep.csv
cp keep.csv prev.csv

# expect FILE KIND MESSAGE: check's exact message, then a plan given FILE as
# KIND (template or log) fails with it and the previous plan stays.
expect() {
    run_topset check "in/$1"
    is 1 "$status" "check $1: exit 1"
    is "in/$1:$3" "$err" "check $1: the message"
    if [ "$2" = template ]; then
        run_topset plan --template "in/$1" --as-of 2026-11-22 --out prev
    else
        run_topset plan --template "$good" --log "in/$1" --as-of 2026-11-22 --out prev
    fi
    is 1 "$status" "plan with $1: exit 1"
    case "$err" in *"in/$1:$3"*) r=0 ;; *) r=1 ;; esac
    ok $r "plan with $1: the same message"
    ok "$(cmp -s keep.csv prev.csv; echo $?)" "plan with $1: the previous plan untouched"
}

expect field.csv template "2: field 2 is longer than the limit of 65536 bytes"
expect quoted.csv template "2: field 2 is longer than the limit of 65536 bytes"
expect columns.csv template "1: more than 256 fields in one row (expected at most 256)"
expect commas.csv template "2: more than 256 fields in one row (expected at most 256)"

run_topset check in/rows.csv
is 1 "$status" "check rows.csv: exit 1"
is "in/rows.csv:1000002: more than 1000000 rows (expected at most 1000000 rows after the header)" \
    "$err" "check rows.csv: the row after the limit named"
is "" "$(temps .)" "no temporary file left behind"

# Bounded memory: with 12 MB of address space beyond what topset needs to
# start (its libraries: about 12 MB, 25 with cairo and pango for the PDF),
# where buffering the 20 MB field even once, or the columns, would not fit.
# gcc links the sanitizers' runtimes as libraries, clang into the program.
if [ -n "$TOPSET_WRAPPER" ] || ldd "$TOPSET" 2>/dev/null | grep -q -e libasan -e libubsan -e libtsan ||
    grep -q -e __asan_init -e __ubsan_handle "$TOPSET"; then
    skip "an address-space limit cannot run under a sanitizer or valgrind"
else
    base=8192
    while [ "$base" -lt 131072 ] && ! (ulimit -v "$base" && "$TOPSET" --version >/dev/null 2>&1); do
        base=$((base + 1024))
    done
    limit=$((base + 12288))
    (
        ulimit -v "$limit" || exit 99
        for f in field quoted columns commas; do
            "$TOPSET" check in/$f.csv 2>&1 | grep -q -e 'limit of 65536 bytes' -e 'more than 256 fields' \
                || exit 1
        done
    )
    ok $? "20 MB fields and a million columns are rejected within $((limit / 1024)) MB (topset starts in $((base / 1024)))"
fi
