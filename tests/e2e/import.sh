#!/bin/sh
# App exports, end to end (issue 3): every fixture of tests/data/import,
# converted by `topset import`, plans exactly as the export itself does (CSV
# and XLSX byte for byte), and the plan is the one computed by hand in
# tests/data/import/README. (The malformed exports of tests/data/bad are
# checked, with the other bad inputs, by bad-input.sh.)
. "$srcdir/tests/e2e/lib.sh"

[ -x "$TOPSET" ] || skip_all "the topset program is not built"

d="$data/import"
# app:file:unit (the unit the lifter logged the squat and bench in)
fixtures="strong:strong-comma.csv:kg strong:strong-semicolon.csv:kg
strong:strong-quoted-kg.csv:kg strong:strong-quoted-lbs.csv:lb
hevy:hevy-kg.csv:kg hevy:hevy-lbs.csv:lb
fitnotes:fitnotes-current.csv:kg fitnotes:fitnotes-legacy-kgs.csv:kg
fitnotes:fitnotes-legacy-lbs-nocomment.csv:lb fitnotes:fitnotes-ios.csv:kg
liftosaur:liftosaur.csv:lb"

plan $((11 * 10 + 5 + 4 + 2))

# others TEXT: its lines but the warnings naming a logged exercise that
# the template does not take (the fixtures log accessories too).
others() {
    printf '%s\n' "$1" | grep -v ': warning: "[^"]*" ([0-9]* sets*, last [0-9-]*) matches no exercise of the template' || :
}

# week N CSV EXERCISE TYPE: "weight,reps" of every row of week N of that
# type, one a line.
week() {
    awk -F, -v w="$1" -v ex="$3" -v type="$4" \
        '$2 == w && $5 == ex && $7 == type { print $8 "," $9 }' "$2"
}

for spec in $fixtures; do
    app=${spec%%:*}
    rest=${spec#*:}
    file=${rest%%:*}
    unit=${rest#*:}
    base=${file%.csv}

    # shellcheck disable=SC2086
    $TOPSET_WRAPPER "$TOPSET" import --from "$app" "$d/$file" >"$tmp/$base.log.csv" 2>"$tmp/.err"
    is "0:" "$?:$(cat "$tmp/.err")" "$file: import --from $app exits 0, nothing on stderr"

    run_topset plan --template "$d/template.csv" --log "$d/$file" --as-of 2025-09-19 \
        --weeks 2 --unit "$unit" --client Lifter --out "$tmp/$base.export"
    is "0:" "$status:$(others "$err")" \
        "$file: plan from the export exits 0, saying only which exercises it does not plan"
    run_topset plan --template "$d/template.csv" --log "$tmp/$base.log.csv" \
        --as-of 2025-09-19 --weeks 2 --unit "$unit" --client Lifter --out "$tmp/$base.native"
    is "0:" "$status:$(others "$err")" \
        "$file: plan from the converted log exits 0, saying only which exercises it does not plan"

    cmp -s "$tmp/$base.export.csv" "$tmp/$base.native.csv"
    ok $? "$file: the same plan CSV from the export and from the native log"
    cmp -s "$tmp/$base.export.xlsx" "$tmp/$base.native.xlsx"
    ok $? "$file: the same workbook, byte for byte"

    p="$tmp/$base.export.csv"
    if [ "$unit" = kg ]; then
        is "122.5,5" "$(week 1 "$p" "Barbell Squat" top)" "$file: squat 122.5x4 @9 -> 122.5 x 5"
        is "105,8
105,8" "$(week 1 "$p" "Barbell Squat" backoff)" \
            "$file: back-off 6 of 8 last time -> drop 15%: 105 x 8 x2"
        is "102.5,6" "$(week 1 "$p" "Barbell Bench Press" top)" "$file: bench 102.5x5 -> 102.5 x 6"
        is "92.5,8
92.5,8
92.5,8" "$(week 1 "$p" "Barbell Bench Press" backoff)" "$file: bench back-offs 92.5 x 8 x3"
        is "105,5" "$(week 2 "$p" "Barbell Bench Press" top)" \
            "$file: week 2 as if week 1 was done: 102.5x6 @9 -> 105 x 5"
    else
        is "270,5" "$(week 1 "$p" "Barbell Squat" top)" "$file: squat 270x4 @9 -> 270 x 5"
        is "230,8
230,8" "$(week 1 "$p" "Barbell Squat" backoff)" \
            "$file: back-off 6 of 8 last time -> drop 15%: 229.5 -> 230 x 8 x2"
        is "230,6" "$(week 1 "$p" "Barbell Bench Press" top)" "$file: bench 230x5 -> 230 x 6"
        is "205,8
205,8
205,8" "$(week 1 "$p" "Barbell Bench Press" backoff)" "$file: bench back-offs 207 -> 205 x 8 x3"
        is "235,5" "$(week 2 "$p" "Barbell Bench Press" top)" \
            "$file: week 2 as if week 1 was done: 230x6 @9 -> 235 x 5"
    fi
done

# A malformed export converts to nothing under --strict.
run_topset import --strict --from hevy "$data/bad/import-hevy-bad-date.csv"
is "1" "$status" "import --strict of a malformed export exits 1"
is "" "$out" "and writes nothing on stdout"
run_topset import --from hevy "$d/strong-comma.csv"
is "1:$d/strong-comma.csv:1: not a Hevy export: expected a header with title, start_time, exercise_title, set_index, set_type, weight_kg, reps" \
    "$status:$err" "--from hevy on a Strong export says what a Hevy header holds"
run_topset import --from jefit "$d/strong-comma.csv"
is 2 "$status" "an unknown app is a usage error"
run_topset import --from strong "$d/strong-quoted-lbs.csv"
is 0 "$status" "--from strong reads any Strong layout"

# Formula injection: the app user's names and notes that a spreadsheet
# would run are guarded in the converted log, and read back exactly.
printf '%s\n' 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE' \
    '2026-11-16 18:00:00,@Upper,1h,=Bench Press,1,100.0,6.0,0.0,0,"+1 rep, easy",,' >"$tmp/evil.csv"
printf 'day,exercise,top_reps,start_weight\n@Upper,=Bench Press,5-6,60\n' >"$tmp/evil-t.csv"
run_topset import --from strong "$tmp/evil.csv"
is 0 "$status" "import of names starting with = + @: exit 0"
is "2026-11-16,'=Bench Press,work,100,6,,,\"'+1 rep, easy\",'@Upper" "$(printf '%s\n' "$out" | sed -n 2p)" \
    "exercise, note and day are guarded with a '"
printf '%s\n' "$out" >"$tmp/evil-log.csv"
run_topset plan --template "$tmp/evil-t.csv" --log "$tmp/evil.csv" --as-of 2026-11-22 --format csv --out "$tmp/from-export"
run_topset plan --template "$tmp/evil-t.csv" --log "$tmp/evil-log.csv" --as-of 2026-11-22 --format csv --out "$tmp/from-log"
ok "$(cmp -s "$tmp/from-export.csv" "$tmp/from-log.csv"; echo $?)" "the guarded log plans as the export does"
is "102.5,5" "$(grep ',top,' "$tmp/from-log.csv" | head -n 1 | cut -d, -f8,9)" \
    "and its history is found: 100x6 -> 102.5x5"

# Liftosaur's UTC ("Z") timestamps are dated on the lifter's local day
# (TZ); a timestamp with its offset is dated as written, whatever TZ says.
days=$(TZ=JST-9 "$TOPSET" import --from liftosaur "$d/liftosaur-timestamps.csv" | sed 1d | cut -d, -f1 |
    uniq | tr '\n' ' ')
is "2026-03-03 2026-03-05 2026-03-07 " "$days" \
    "at UTC+9, 17:30Z is the next day; 00:30 +02:00 stays the 7th"
days=$(TZ=UTC "$TOPSET" import --from liftosaur "$d/liftosaur-timestamps.csv" | sed 1d | cut -d, -f1 |
    uniq | tr '\n' ' ')
is "2026-03-02 2026-03-04 2026-03-07 " "$days" "at UTC, the UTC days"
