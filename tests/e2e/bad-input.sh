#!/bin/sh
# Bad inputs, one mistake per file (tests/data/bad/*.csv): `topset check
# FILE`, run inside that folder, exits 1, prints nothing on stdout and
# exactly the lines of the FILE's .expect sidecar on stderr. A plan asked
# of a bad template exits 1 with the same messages and leaves the previous
# plan (PREFIX.csv) as it was, with no workbook or temporary file beside it.
. "$srcdir/tests/e2e/lib.sh"

[ -x "$TOPSET" ] || skip_all "the topset program is not built"

bad="$data/bad"
cd "$bad" || exit 99

fixtures=0
templates=0
for f in *.csv; do
    [ -f "${f%.csv}.expect" ] || continue
    fixtures=$((fixtures + 1))
    case "$f" in template-*) templates=$((templates + 1)) ;; esac
done
plan $((fixtures * 3 + templates * 3 + 3))

for f in *.csv; do
    expect="${f%.csv}.expect"
    [ -f "$expect" ] || continue
    run_topset check "$f"
    is 1 "$status" "check $f: exit 1"
    is "$(cat "$expect")" "$err" "check $f: the expected messages"
    is "" "$out" "check $f: nothing on stdout"
done

# A failed plan never touches the previous one.
printf 'client,week\nprevious plan\n' >"$tmp/keep.csv"
cp "$tmp/keep.csv" "$tmp/prev.csv"
for f in template-*.csv; do
    expect="${f%.csv}.expect"
    [ -f "$expect" ] || continue
    run_topset plan --template "$f" --as-of 2026-11-22 --out "$tmp/prev"
    is 1 "$status" "plan --template $f: exit 1"
    want=$(cat "$expect")
    case "$err" in *"$want"*) r=0 ;; *) r=1 ;; esac
    ok $r "plan --template $f: the same messages as check"
    ok "$(cmp -s "$tmp/keep.csv" "$tmp/prev.csv"; echo $?)" "plan --template $f: prev.csv untouched"
done
ok "$(test ! -e "$tmp/prev.xlsx"; echo $?)" "no workbook written by a failed plan"
is "" "$(ls -a "$tmp" | grep -e '\.tmp-topset-')" "no temporary file left behind"
is "keep.csv prev.csv" "$(cd "$tmp" && echo *)" "nothing else written"
