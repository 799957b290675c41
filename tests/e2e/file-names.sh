#!/bin/sh
# Portable file names (issue 17): a client's name becomes ASCII letters,
# digits, '-', '_' and '.' (accents off, quotes dropped, separators '_');
# names that meet, ignoring case, get "-2", "-3" in roster order, the same
# in every shard, so shards never write one another's files; index.csv
# and index.xlsx name each client's file.
. "$srcdir/tests/e2e/lib.sh"
plan 11
r="$data/file-names/roster.csv"
o="$tmp/plans"

run_topset batch "$r" --out "$o" --as-of 2026-11-22
is 0 "$status" "every client planned"
want="Zoe_OBrien_2 Maria_Gomez Maria_Gomez-2 zoe_obrien_2-2 Chris_The_Rock_Lee A_B Lukasz_Swiatek"
is "$want" "$(sed 1d "$o/index.csv" | cut -d, -f2 | tr '\n' ' ' | sed 's/ $//')" \
    "index.csv: the file column, accents off, quotes dropped, collisions -2"
r1=0
for f in $want; do
    test -s "$o/$f.csv" && test -s "$o/$f.xlsx" || r1=1
done
ok $r1 "each client's plan is under its file name"
is "" "$(ls "$o" | LC_ALL=C grep -v '^[A-Za-z0-9._-]*$')" "every file name is portable"
is "Maria Gomez" "$(sed -n 2p "$o/Maria_Gomez-2.csv" | cut -d, -f1)" "Maria_Gomez-2 holds Maria Gomez's plan"
is "Maria Gómez" "$(sed -n 2p "$o/Maria_Gomez.csv" | cut -d, -f1)" "and Maria_Gomez Maria Gómez's"
is "zoe obrien 2" "$(sed -n 2p "$o/zoe_obrien_2-2.csv" | cut -d, -f1)" \
    "a collision ignoring case gets -2 too"

ix="$tmp/ix"
mkdir "$ix" && (cd "$ix" && $TOPSET_UNZIP -q "$o/index.xlsx") 2>/dev/null
case "$(cat "$ix/xl/worksheets/sheet1.xml")" in
*'<t>Client</t>'*'<t>File</t>'*'<t>Status</t>'*'<t>Zoe_OBrien_2</t>'*'<t>Maria_Gomez-2</t>'*) r1=0 ;;
*) r1=1 ;;
esac
ok $r1 "index.xlsx: a File column beside the client"

# Three shards into one folder: the same names as one run, no file twice.
for k in 1 2 3; do
    run_topset batch "$r" --out "$tmp/sh" --as-of 2026-11-22 --shard "$k/3"
done
is "$(printf '%s\n' $want | LC_ALL=C sort)" \
    "$(cat "$tmp"/sh/index-*-of-3.csv | grep -v '^client,' | cut -d, -f2 | LC_ALL=C sort)" \
    "shards: each client once, under the name a whole run gives it"
same=0
for f in $want; do cmp -s "$o/$f.csv" "$tmp/sh/$f.csv" || same=1; done
ok $same "shards: every plan the same as the whole run's"
ok "$(test "$(ls "$tmp/sh" | grep -c '\.csv$')" -eq 10; echo $?)" "shards: seven plans and three indexes"
