#!/bin/sh
# The shipped templates and samples: every file passes `topset check`,
# every roster client gets a plan, `batch` agrees with `plan`, and the loads
# hand-computed in the project notes (samples-expected) come out: a double
# progression that adds load, holds, a back-off collapse, a two-miss cut, a
# percent wave in lb, linear progression, the RPE chart, a client with no log.
. "$srcdir/tests/e2e/lib.sh"
plan 86
t="$srcdir/templates"
s="$srcdir/samples"
asof=2026-11-22

# 1. Every template and sample file is valid on its own (11 files).
for f in "$t"/upper-lower.csv "$t"/strength-percent.csv "$t"/full-body-3day.csv \
    "$t"/rpe-block.csv "$s"/logs/alex.csv "$s"/logs/sam.csv "$s"/logs/jo.csv \
    "$s"/logs/riley.csv "$s"/maxes/sam.csv "$s"/maxes/riley.csv "$s"/roster.csv; do
    run_topset check "$f"
    ok "$status" "check ${f#"$srcdir"/}: exit 0"
    [ -n "$err" ] && printf '%s\n' "$err" | sed 's/^/# /'
done

# 2. A plan for every roster client, with the roster's own options (15 tests).
clients=""
while IFS=, read -r client template log maxes unit start weeks <&3; do
    [ "$client" = client ] && continue
    clients="$clients $client"
    set -- --template "$s/$template" --as-of "$asof" --client "$client" --out "$tmp/$client"
    [ -n "$log" ] && set -- "$@" --log "$s/$log"
    [ -n "$maxes" ] && set -- "$@" --maxes "$s/$maxes"
    [ -n "$unit" ] && set -- "$@" --unit "$unit"
    [ -n "$start" ] && set -- "$@" --start "$start"
    [ -n "$weeks" ] && set -- "$@" --weeks "$weeks"
    run_topset plan "$@"
    is 0 "$status" "plan $client: exit 0"
    is "" "$err" "plan $client: nothing on stderr"
    test -s "$tmp/$client.csv" && test -s "$tmp/$client.xlsx"
    ok $? "plan $client: $client.csv and $client.xlsx written"
done 3<"$s/roster.csv"
is " alex sam jo riley casey" "$clients" "the roster has the five sample clients"

# rows FILE WEEK EXERCISE TYPE: those plan rows, fields unquoted (RFC 4180)
# and joined by tabs, since a reason may hold a comma.
rows() {
    awk -v w="$2" -v e="$3" -v t="$4" '
    function split_csv(line, f,    n, i, c, q, cur) {
        n = 0; cur = ""; q = 0
        for (i = 1; i <= length(line); i++) {
            c = substr(line, i, 1)
            if (q && c == "\"" && substr(line, i + 1, 1) == "\"") { cur = cur c; i++ }
            else if (c == "\"") q = !q
            else if (!q && c == ",") { f[++n] = cur; cur = "" }
            else cur = cur c
        }
        f[++n] = cur
        return n
    }
    {
        n = split_csv($0, f)
        if (f[2] != w || f[5] != e || f[7] != t) next
        out = f[1]
        for (i = 2; i <= n; i++) out = out "\t" f[i]
        print out
    }' "$1"
}
# sets FILE WEEK EXERCISE TYPE: "weight,reps" of every such set, space-separated.
sets() {
    rows "$@" | cut -f8,9 | tr '\t\n' ', ' | sed 's/ $//'
}
# first FILE WEEK EXERCISE TYPE COLUMNS: columns (a cut -f list) of the first
# such set, joined by commas.
first() {
    rows "$1" "$2" "$3" "$4" | head -n 1 | cut -f"$5" | tr '\t' ,
}
# like PATTERN TEXT NAME: TEXT matches the shell pattern PATTERN.
like() {
    # shellcheck disable=SC2254
    case "$2" in $1) ok 0 "$3" ;; *) ok 1 "$3"; echo "#   seen: $2" ;; esac
}

# 3. alex (upper-lower, kg): double progression.
a="$tmp/alex.csv"
is "2026-11-23,Upper A,87.5,5,8,kg" "$(first "$a" 1 "Bench Press" top 3,4,8-11)" \
    "alex bench: 85x6 @8 reached the top of 5-6 -> 87.5x5 @8"
like "add 2.5*6/6*" "$(first "$a" 1 "Bench Press" top 12)" "alex bench: why says add 2.5 after 6/6"
is "77.5,8 77.5,8 77.5,8" "$(sets "$a" 1 "Bench Press" backoff)" \
    "alex bench back-offs: 87.5 x 0.9 = 78.75, a tie, rounds down to 77.5, 3x8"
is "87.5,6" "$(sets "$a" 2 "Bench Press" top)" "alex bench week 2: +1 rep, 87.5x6"
is "77.5,8 77.5,8 77.5,8" "$(sets "$a" 2 "Bench Press" backoff)" "alex bench week 2 back-offs 77.5x8"

is "110,6" "$(sets "$a" 1 Squat top)" "alex squat (logged as Barbell Squat): 110x5 -> 110x6"
is "92.5,8 92.5,8 92.5,8" "$(sets "$a" 1 Squat backoff)" \
    "alex squat back-offs fell to 5 of 8: drop 12+5=17%, 110 x 0.83 = 91.3 -> 92.5"
like "17%*5 of 8*" "$(first "$a" 1 Squat backoff 12)" "alex squat: back-off why names the collapse"
is "115,5" "$(sets "$a" 2 Squat top)" "alex squat week 2: 110x6 met -> 115x5"
is "100,8 100,8 100,8" "$(sets "$a" 2 Squat backoff)" "alex squat week 2: drop back to 12%, 101.2 -> 100"

is "112.5,4" "$(sets "$a" 1 Deadlift top)" "alex deadlift: 2 misses at 125 -> cut 10% to 112.5x4"
like "cut 10%*2 misses at 125*" "$(first "$a" 1 Deadlift top 12)" "alex deadlift: why says cut 10% after 2 misses at 125"
is "100,6 100,6" "$(sets "$a" 1 Deadlift backoff)" "alex deadlift back-offs: 112.5 x 0.88 = 99 -> 100, 2x6"
is "112.5,5" "$(sets "$a" 2 Deadlift top)" "alex deadlift week 2: 112.5x5"

is "45,8" "$(sets "$a" 1 "Overhead Press" top)" "alex press (work sets): 45x8 @9 is above RPE 8 -> hold 45x8"
like "hold*@9*" "$(first "$a" 1 "Overhead Press" top 12)" "alex press: why says hold, RPE 9"
is "40,8 40,8" "$(sets "$a" 1 "Overhead Press" backoff)" "alex press back-offs: 40.5 -> 40, 2x8"
is "47.5,6" "$(sets "$a" 2 "Overhead Press" top)" "alex press week 2: 45x8 @8 met -> 47.5x6"
is "42.5,8 42.5,8" "$(sets "$a" 2 "Overhead Press" backoff)" "alex press week 2 back-offs: 42.75 -> 42.5"

is "65,7" "$(sets "$a" 1 "Barbell Row" top)" "alex row (logged as Row (Barbell)): 65x6 -> 65x7"
is "57.5,10 57.5,10" "$(sets "$a" 1 "Barbell Row" backoff)" "alex row back-offs: 57.2 -> 57.5, 2x10"
is "Upper A,Lower A,Upper B,Lower B" "$(awk -F, '$2 == 1 { print $4 }' "$a" | uniq | paste -sd, -)" \
    "alex: week 1 has the template's four days in order"
is "2026-12-28" "$(tail -n 1 "$a" | cut -d, -f3)" "alex: the roster's 6 weeks run to 2026-12-28"

# 4. sam (strength-percent, lb): the percent wave from maxes/sam.csv.
m="$tmp/sam.csv"
is "310,3 310,3 310,3" "$(sets "$m" 1 Squat top)" \
    "sam squat week 1: 85% of 365 (maxes row Back Squat) = 310.25 -> 310, 3x3"
like "85% of 1RM 365*" "$(first "$m" 1 Squat top 12)" "sam squat: why says 85% of 1RM 365"
is "290,5" "$(sets "$m" 1 Squat backoff)" "sam squat back-off: 80% of 365 = 292 -> 290, 1x5"
is "lb" "$(first "$m" 1 Squat top 11)" "sam's plan is in lb"
is "320,3 320,3 320,3" "$(sets "$m" 2 Squat top)" "sam squat week 2: 88% = 321.2 -> 320"
is "330,2 330,2 330,2" "$(sets "$m" 3 Squat top)" "sam squat week 3: 91% = 332.15 -> 330, 3x2"
is "255,3 255,3 255,3" "$(sets "$m" 4 Squat top)" "sam squat week 4 deload: 70% = 255.5 -> 255"
is "" "$(sets "$m" 4 Squat backoff)" "sam squat week 4: no back-off"
is "225,3 225,3 225,3" "$(sets "$m" 1 "Bench Press" top)" "sam bench week 1: 85% of 265 = 225.25 -> 225"
is "225,8" "$(sets "$m" 1 "Romanian Deadlift" top)" "sam RDL: 220x10 -> +5 lb, 225x8"
is "200,10 200,10" "$(sets "$m" 1 "Romanian Deadlift" backoff)" "sam RDL back-offs: 202.5 lb, a tie, -> 200"
is "225,9" "$(sets "$m" 2 "Romanian Deadlift" top)" "sam RDL week 2: 225x9"

# 5. jo (full-body-3day, kg): linear.
j="$tmp/jo.csv"
is "50,5" "$(sets "$j" 1 Squat top)" "jo squat: 45x5 reached -> 50x5"
like "add 5*5/5*" "$(first "$j" 1 Squat top 12)" "jo squat: why says add 5"
is "45,5 45,5" "$(sets "$j" 1 Squat backoff)" "jo squat back-offs 45x5 x2"
is "55,5" "$(sets "$j" 2 Squat top)" "jo squat week 2: 55x5"
is "50,5 50,5" "$(sets "$j" 2 Squat backoff)" "jo squat week 2 back-offs: 49.5 -> 50"
is "27.5,5" "$(sets "$j" 1 "Overhead Press" top)" "jo press: 27.5x4 missed once -> hold 27.5x5"
like "hold*4 of 5*" "$(first "$j" 1 "Overhead Press" top 12)" "jo press: why says hold, 4 of 5"
is "25,5 25,5" "$(sets "$j" 1 "Overhead Press" backoff)" "jo press back-offs: 24.75 -> 25"
is "30,5" "$(sets "$j" 2 "Overhead Press" top)" "jo press week 2: 30x5"
is "27.5,5 27.5,5" "$(sets "$j" 2 "Overhead Press" backoff)" "jo press week 2 back-offs: 27 -> 27.5"

# 6. riley (rpe-block, kg): the RPE chart.
r="$tmp/riley.csv"
is "152.5,3,8" "$(first "$r" 1 Squat top 8-10)" \
    "riley squat: 147.5x3 @7 (83.7%) -> e1RM 176.2; 3 @8 = 86.3% -> 152.08 -> 152.5"
like "*86.3%*176.2*" "$(first "$r" 1 Squat top 12)" "riley squat: why names 86.3% and e1RM 176.2"
is "135,5 135,5 135,5" "$(sets "$r" 1 Squat backoff)" "riley squat back-offs: 134.2 -> 135, 3x5"
is "152.5,3" "$(sets "$r" 2 Squat top)" "riley squat week 2: targets met at RPE 8 keep 152.5x3"
is "90,5,8" "$(first "$r" 1 "Bench Press" top 8-10)" \
    "riley bench: 92.5x5 @9 (83.7%) -> e1RM 110.5; 5 @8 = 81.1% -> 89.63 -> 90"
like "*81.1%*110.5*" "$(first "$r" 1 "Bench Press" top 12)" "riley bench: why names 81.1% and e1RM 110.5"
is "80,6 80,6 80,6" "$(sets "$r" 1 "Bench Press" backoff)" "riley bench back-offs: 81 -> 80, 3x6"

# 7. casey: no log, starts 2026-11-30 from start_weight.
c="$tmp/casey.csv"
is "2026-11-30,40,5,start" "$(first "$c" 1 Squat top 3,8,9,12)" "casey squat: week 1 on 2026-11-30, 40x5 from start_weight"
is "35,5 35,5" "$(sets "$c" 1 Squat backoff)" "casey squat back-offs: 36 -> 35"
is "45,5" "$(sets "$c" 2 Squat top)" "casey squat week 2: 45x5"

# 8. Every day of every plan fits a printed page: at most 6 exercises.
most=$(for client in $clients; do
    awk -F, 'NR > 1 && $2 == 1 { print $4 "," $5 }' "$tmp/$client.csv" | sort -u | cut -d, -f1 | uniq -c
done | awk '$1 > m { m = $1 } END { print m + 0 }')
ok "$(test "$most" -ge 4 && test "$most" -le 6; echo $?)" "the busiest day of any sample plan has 4-6 exercises (seen $most)"

# 9. batch on the roster writes the same plans as plan did (3 tests).
run_topset batch "$s/roster.csv" --out "$tmp/batch" --as-of "$asof"
is 0 "$status" "batch samples/roster.csv: exit 0"
n=0
for client in $clients; do
    test -s "$tmp/batch/$client.xlsx" && n=$((n + 1))
done
is 5 "$n" "batch: a workbook for each of the 5 clients"
d=0
for client in $clients; do
    cmp -s "$tmp/$client.csv" "$tmp/batch/$client.csv" || { d=1; echo "# $client.csv differs"; }
done
ok $d "batch: every client's CSV is byte-identical to plan's"
