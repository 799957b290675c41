#!/bin/sh
# --format pdf (issue 16): topset's own PDF of the shipped templates and
# samples, read back with poppler: a cover and then one page per training
# day (pages = 1 + weeks x days, each day's page naming its week and day,
# none continued), the paper asked for, every font embedded, type a lifter
# reads (median word height >= 10.5 pt), every week-1 top-set load and the
# client's name in the text; the same plan gives the same bytes; batch
# writes one per client; long exercise names print whole.
. "$srcdir/tests/e2e/lib.sh"
for tool in pdfinfo pdffonts pdftotext; do
    command -v "$tool" >/dev/null 2>&1 || skip_all "$tool not found: install poppler-utils (tools/install-deps)"
done

t="$srcdir/templates"
s="$srcdir/samples"
# name template log maxes unit paper weeks
clients="alex upper-lower.csv alex.csv - kg a4 6
sam strength-percent.csv sam.csv sam.csv lb letter 4
jo full-body-3day.csv jo.csv - kg a4 4
riley rpe-block.csv riley.csv riley.csv kg letter 4"
n=$(echo "$clients" | wc -l)
plan $((n * 9 + 11))

echo "$clients" >"$tmp/clients"
while read -r name template log maxes unit paper weeks <&3; do
    set -- --template "$t/$template" --log "$s/logs/$log" --as-of 2026-11-22 --client "$name" \
        --unit "$unit" --paper "$paper" --weeks "$weeks" --format csv,pdf --out "$tmp/$name"
    [ "$maxes" != - ] && set -- "$@" --maxes "$s/maxes/$maxes"
    run_topset plan "$@"
    is "0|" "$status|$err" "plan $name --format csv,pdf: exit 0, silent"
    pdf="$tmp/$name.pdf"

    # The training days in order, from the plan CSV: "Week 1 · Upper A".
    awk -F, 'NR > 1 && !seen[$2 FS $4]++ { print "Week " $2 " \302\267 " $4 }' "$tmp/$name.csv" \
        >"$tmp/$name.days"
    days=$(wc -l <"$tmp/$name.days")
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    is "$((1 + days))" "$pages" "$name: pages = 1 + weeks x days ($weeks x $((days / weeks)))"

    case $paper in a4) want="595x842" ;; letter) want="612x792" ;; esac
    seen=$(pdfinfo -f 1 -l "$pages" "$pdf" 2>/dev/null |
        sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p' |
        awk '{ printf "%.0fx%.0f\n", $1, $2 }' | sort -u)
    is "$want" "$seen" "$name: every page is $paper"

    fonts=$(pdffonts "$pdf" 2>/dev/null | tail -n +3)
    ok "$(test -n "$fonts" && echo "$fonts" | awk '$(NF-4) != "yes" { exit 1 }'; echo $?)" \
        "$name: every font is embedded"

    # Page i + 1 is day i, on one page: its header names it, no page is
    # "continued".
    : >"$tmp/$name.heads"
    i=2
    while [ "$i" -le "$pages" ]; do
        pdftotext -f "$i" -l "$i" "$pdf" - 2>/dev/null | sed -n 2p | sed 's/ \xc2\xb7 week of.*//' \
            >>"$tmp/$name.heads"
        i=$((i + 1))
    done
    ok "$(cmp -s "$tmp/$name.days" "$tmp/$name.heads"; echo $?)" \
        "$name: a page per day, in training order, none split"
    pdftotext "$pdf" - 2>/dev/null >"$tmp/$name.txt"
    ok "$(grep -q continued "$tmp/$name.txt"; test $? -ne 0; echo $?)" "$name: no day runs on"

    heights=$(pdftotext -bbox "$pdf" - 2>/dev/null | grep '<word' |
        sed 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)".*/\1 \2/' | awk '{ print $2 - $1 }' | sort -n)
    median=$(echo "$heights" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    ok "$(echo "$median" | awk '{ exit !($1 >= 10.5) }'; echo $?)" \
        "$name: median word height $median pt >= 10.5"

    missing=""
    for load in $(awk -F, '$2 == 1 && $7 == "top" { print $8 }' "$tmp/$name.csv" | sort -u); do
        grep -qw -- "$load" "$tmp/$name.txt" || missing="$missing $load"
    done
    is "" "$missing" "$name: every week-1 top-set load is printed"
    ok "$(grep -q "^$name" "$tmp/$name.txt"; echo $?)" "$name: the client's name is printed"
done 3<"$tmp/clients"

# The same plan, the same bytes (the creation date is the as-of day).
run_topset plan --template "$t/upper-lower.csv" --log "$s/logs/alex.csv" --as-of 2026-11-22 \
    --client alex --weeks 6 --format pdf --out "$tmp/again"
ok "$(cmp -s "$tmp/again.pdf" "$tmp/alex.pdf"; echo $?)" "the same plan gives the same PDF"

# Names beyond ASCII copy out as they are written: accented letters (drawn
# with the page's other texts, their bytes mapped to their glyphs) and a
# right-to-left name (drawn by pango itself).
for client in "Zo\303\253 \303\205ngstr\303\266m" "\327\223\327\240\327\224 \327\233\327\224\327\237"; do
    client=$(printf "$client")
    run_topset plan --template "$t/upper-lower.csv" --as-of 2026-11-22 --client "$client" \
        --weeks 1 --format pdf --out "$tmp/named"
    first=$(echo "$client" | cut -d' ' -f1)
    ok "$(pdftotext -f 2 -l 2 "$tmp/named.pdf" - 2>/dev/null | grep -q "$first"; echo $?)" \
        "the client's name $client copies out of the day page"
done

# batch writes a PDF per client with --format pdf.
run_topset batch "$s/roster.csv" --out "$tmp/batch" --as-of 2026-11-22 --format pdf
is 0 "$status" "batch --format pdf: exit 0"
clients=$(tail -n +2 "$s/roster.csv" | grep -c .)
is "$clients" "$(find "$tmp/batch" -name '*.pdf' | wc -l)" "batch: one PDF per client"
is 0 "$(find "$tmp/batch" -name '*.xlsx' ! -name index.xlsx | wc -l)" "batch: and no workbooks"

# Long exercise names (30 and more characters) print whole, wrapped in
# their column, and a one-set exercise grows to hold its name.
printf '%s\n' 'day,exercise,top_reps,start_weight,increment,warmup,backoff_sets' \
    'Upper A,Single-Arm Half-Kneeling Landmine Press,8,20,2.5,none,0' \
    'Upper A,Incline Dumbbell Press (Paused),8-10,30,2.5,none,0' \
    'Upper A,Single-Arm Cable Lateral Raise,12-15,10,2.5,none,2' >"$tmp/long.csv"
run_topset plan --template "$tmp/long.csv" --client Alex --weeks 1 --as-of 2026-11-22 \
    --format pdf --out "$tmp/long"
# pdftotext joins a name's lines, and drops the hyphen a line ends with:
# compare without spaces and hyphens.
words=$(pdftotext -f 2 -l 2 "$tmp/long.pdf" - 2>/dev/null | tr -d ' \n-')
missing=""
for name in "Single-Arm Half-Kneeling Landmine Press" "Incline Dumbbell Press (Paused)" \
    "Single-Arm Cable Lateral Raise"; do
    case $words in
    *"$(echo "$name" | tr -d ' -')"*) ;;
    *) missing="$missing [$name]" ;;
    esac
done
is "0|" "$status|$missing" "long exercise names print whole on the day page"
ok "$(echo "$words" | grep -q "$(printf '\342\200\246')"; test $? -ne 0; echo $?)" "and nothing is cut with ..."
# A cut text copies out as printed, with its ellipsis (pdf_glyphs), so the
# check above can fail: a name longer than the column's six lines is cut.
printf '%s\n' 'day,exercise,top_reps,start_weight,increment,warmup,backoff_sets' \
    'Upper A,Single-Arm Half-Kneeling Landmine Press With A Pause At The Bottom Of Every Single Repetition And A Slow Eccentric,8,20,2.5,none,0' \
    >"$tmp/longer.csv"
run_topset plan --template "$tmp/longer.csv" --client Alex --weeks 1 --as-of 2026-11-22 \
    --format pdf --out "$tmp/longer"
words=$(pdftotext -f 2 -l 2 "$tmp/longer.pdf" - 2>/dev/null)
ok "$(echo "$words" | grep -q "$(printf '\342\200\246')"; echo $?)" \
    "a name too long for six lines is cut, and the cut shows in the text"

# The heaviest plates print whole: the Plates column takes room from the
# names and the boxes, then the small type (262.5 kg: 19 characters a side;
# 510 lb: 20).
printf '%s\n' 'day,exercise,top_reps,start_weight,increment,warmup,backoff_sets,unit' \
    'Lower,Deadlift,5,262.5,2.5,none,1,kg' >"$tmp/heavy.csv"
printf '%s\n' 'day,exercise,top_reps,start_weight,increment,warmup,backoff_sets,unit' \
    'Lower,Deadlift,5,565,5,none,1,lb' \
    'Lower,Single-Arm Half-Kneeling Landmine Press,5,65,5,none,1,lb' >"$tmp/heavy-lb.csv"
for t in heavy heavy-lb; do
    run_topset plan --template "$tmp/$t.csv" --client Alex --weeks 1 --as-of 2026-11-22 \
        --format pdf --out "$tmp/$t"
done
words=$(pdftotext -f 2 -l 2 "$tmp/heavy.pdf" - 2>/dev/null)
words_lb=$(pdftotext -f 2 -l 2 "$tmp/heavy-lb.pdf" - 2>/dev/null | tr -d '\n -')
case $words in *"262.5 25+25+25+25+20+1.25"*) heavy=whole ;; *) heavy=cut ;; esac
case $words_lb in *"45+45+45+45+45+5+2.5"*SingleArmHalfKneelingLandminePress*) heavy_lb=whole ;; *) heavy_lb=cut ;; esac
is "whole|whole|1" "$heavy|$heavy_lb|$(echo "$words$words_lb" | grep -q "$(printf '\342\200\246')"; echo $?)" \
    "plates of 262.5 kg and 510 lb print whole, and the names beside them"

# The one-set exercise's three lines end above the next exercise's name.
bbox=$(pdftotext -f 2 -l 2 -bbox "$tmp/long.pdf" - 2>/dev/null)
last=$(echo "$bbox" | grep '>Landmine<' | sed 's/.*yMax="\([0-9.]*\)".*/\1/')
next=$(echo "$bbox" | grep '>Incline<' | sed 's/.*yMin="\([0-9.]*\)".*/\1/')
ok "$(awk -v a="${last:-999}" -v b="${next:-0}" 'BEGIN { exit !(a < b) }'; echo $?)" \
    "a wrapped name under one set does not run into the next exercise ($last < $next)"
