#!/bin/sh
# Bad inputs, one mistake per file (tests/data/bad/*.csv): `topset check
# FILE`, run inside that folder, exits 1, prints nothing on stdout and
# exactly the lines of the FILE's .expect sidecar on stderr. A plan (or a
# batch, for a roster) given the bad file and otherwise good inputs exits 1
# with the same messages (for a client a batch fails, those of its
# .batch-expect) and leaves the previous plan as it was, with no workbook
# or temporary file beside it. Inputs too big to commit: limits.sh.
. "$srcdir/tests/e2e/lib.sh"

[ -x "$TOPSET" ] || skip_all "the topset program is not built"

bad="$data/bad"
cd "$bad" || exit 99

# The fixtures run: all of them, or one in $thin (lib.sh) but every
# roster, since the last checks need a roster's good client planned.
fixtures=0
picked=
missing=
i=0
for f in *.csv; do
    if [ -f "${f%.csv}.expect" ]; then
        i=$((i + 1))
        case "$f" in roster-*) ;; *) thinned $i || continue ;; esac
        fixtures=$((fixtures + 1))
        picked="$picked $f"
    else
        missing="$missing $f"
    fi
done
[ "$thin" -eq 1 ] || echo "# $fixtures of $i fixtures (TOPSET_TEST_THIN=$thin)"
plan $((fixtures * 6 + 6 + 11))
is "" "$missing" "every bad fixture has its .expect"

# A log's bad row is a warning that skips it (tests/e2e/log-reading.sh);
# --strict makes it the error these fixtures pin.
strict_for() {
    case "$1" in log-* | import-*) echo --strict ;; esac
}

for f in $picked; do
    expect="${f%.csv}.expect"
    # shellcheck disable=SC2046
    run_topset check $(strict_for "$f") "$f"
    is 1 "$status" "check $f: exit 1"
    is "$(cat "$expect")" "$err" "check $f: the expected messages"
    is "" "$out" "check $f: nothing on stdout"
done

# A failed run never touches the previous plan. Each fixture goes where
# its name says: a template, a log (native, plan or export), maxes, or a
# roster for batch (whose previous plans are in $tmp/plans). The other
# inputs are good ones that plan with exit 0 by themselves (the control),
# so an exit 1 below is the bad file's doing.
good=../ok/template.csv
maxes=../ok/maxes.csv
run_topset plan --template "$good" --maxes "$maxes" --as-of 2026-11-22 --out "$tmp/control"
is 0 "$status" "control: the good template and maxes plan with exit 0"
rm -f "$tmp/control.csv" "$tmp/control.xlsx"
printf 'client,week\nprevious plan\n' >"$tmp/keep.csv"
cp "$tmp/keep.csv" "$tmp/prev.csv"
mkdir "$tmp/plans" || exit 99
for f in $picked; do
    expect="${f%.csv}.expect"
    cp "$tmp/keep.csv" "$tmp/plans/Alex.csv"
    cp "$tmp/keep.csv" "$tmp/plans/Sam.csv"
    case "$f" in
    log-* | import-*)
        run_topset plan --template "$good" --maxes "$maxes" --log "$f" --strict --as-of 2026-11-22 --out "$tmp/prev" ;;
    maxes-*) run_topset plan --template "$good" --maxes "$f" --as-of 2026-11-22 --out "$tmp/prev" ;;
    roster-*) run_topset batch "$f" --as-of 2026-11-22 --out "$tmp/plans" ;;
    *) run_topset plan --template "$f" --maxes "$maxes" --as-of 2026-11-22 --out "$tmp/prev" ;;
    esac
    is 1 "$status" "run with $f: exit 1"
    # batch reports a client that fails in its own words, under a line that
    # names the client and the roster line, then a summary line: the
    # fixture's .batch-expect holds what comes before the summary, without
    # the lines of clients written and the time stamps.
    if [ -f "${f%.csv}.batch-expect" ]; then
        is "$(cat "${f%.csv}.batch-expect")" \
            "$(printf '%s\n' "$err" | sed '$d' | grep -v ' as-of [0-9-]*: .* written (' | unstamp)" \
            "run with $f: the client's failure, in batch's words"
    else
        is "$(cat "$expect")" "$err" "run with $f: the same messages as check"
    fi
    # The previous plans of the clients that failed (all of them when the
    # roster itself is refused), or the plan's.
    kept="$tmp/prev.csv"
    case "$f" in roster-*)
        failed=$(printf '%s\n' "$err" | unstamp | sed -n 's/^\(.*\) failed (.*):$/\1/p')
        kept=
        # Only Alex and Sam had a previous plan; a bad row of another name
        # (a second "alex") fails alone and must not touch theirs.
        for c in ${failed:-Alex Sam}; do
            case "$c" in Alex | Sam) kept="$kept $tmp/plans/$c.csv" ;; esac
        done ;;
    esac
    r=0
    for k in $kept; do cmp -s "$tmp/keep.csv" "$k" || r=1; done
    ok $r "run with $f: the previous plan untouched"
done
ok "$(test ! -e "$tmp/prev.xlsx"; echo $?)" "no workbook written by a failed plan"
is "" "$(temps "$tmp" "$tmp/plans")" "no temporary file left behind"
is "keep.csv plans prev.csv" "$(cd "$tmp" && echo *)" "nothing else written"
ok "$(test -s "$tmp/plans/Alex.xlsx"; echo $?)" "the good client of a roster with a bad one was planned"

# Formula injection: names a spreadsheet would run are text in both files.
# The CSV puts a ' before them (OWASP); the workbook stores them as strings
# (shared strings, t="s"), never as <f> formulas; and the filled-in CSV read
# back as a log finds the same client and exercises.
mkdir "$tmp/inj" || exit 99
evil='=HYPERLINK("http://evil","x")'
client='=HYPERLINK("http://evil","Alex")'
printf 'day,exercise,top_reps,start_weight\n@Upper,"=HYPERLINK(""http://evil"",""x"")",5-6,100\n-Lower,+Squat,5,140\n' \
    >"$tmp/inj/t.csv"
run_topset plan --template "$tmp/inj/t.csv" --client "$client" --weeks 2 --as-of 2026-11-22 \
    --out "$tmp/inj/p"
is 0 "$status" "plan with formula-like names: exit 0"
is "\"'=HYPERLINK(\"\"http://evil\"\",\"\"Alex\"\")\",1,2026-11-23,'@Upper,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",5,top,100,5,,kg,start,,,,," \
    "$(grep ',top,' "$tmp/inj/p.csv" | head -n 1)" "CSV: client, day and exercise start with '"
is "'-Lower,'+Squat" "$(grep -o "'-Lower,'+Squat" "$tmp/inj/p.csv" | head -n 1)" "CSV: - and + before text guarded"
if [ -n "$TOPSET_UNZIP" ]; then
    "$TOPSET_UNZIP" -o -q "$tmp/inj/p.xlsx" -d "$tmp/inj/x" || exit 99
    is "" "$(cat "$tmp/inj/x/xl/worksheets/"*.xml | grep -o '<f>[^<]*</f>' | grep -i -e HYPERLINK -e evil)" \
        "workbook: no formula holds the names"
    # The index of the exercise among the shared strings, and its cell.
    idx=$(sed 's/<si>/\n<si>/g' "$tmp/inj/x/xl/sharedStrings.xml" | grep '^<si>' |
        grep -n -F "<si><t>$evil</t></si>" | cut -d: -f1)
    ok "$(test -n "$idx"; echo $?)" "workbook: the exercise name is a shared string"
    ok "$(grep -q "t=\"s\"><v>$((${idx:-0} - 1))</v>" "$tmp/inj/x/xl/worksheets/sheet2.xml"; echo $?)" \
        "workbook: Week 1 has a string cell holding it"
    ok "$(grep -q -F '<t>@Upper</t>' "$tmp/inj/x/xl/sharedStrings.xml"; echo $?)" "workbook: @Upper is a string"
else
    for i in 1 2 3 4; do skip "no unzip to read the workbook"; done
fi
# Fill in the top sets of week 1 and plan on from them.
sed '/,1,2026-11-23,/s/,top,\([0-9.]*\),\([0-9]*\),\(.*\),,,,,$/,top,\1,\2,\3,\1,6,,,/' "$tmp/inj/p.csv" \
    >"$tmp/inj/filled.csv"
run_topset check "$tmp/inj/filled.csv"
is "$tmp/inj/filled.csv: ok (log (plan))" "$out" "the filled-in plan reads back as a log"
run_topset plan --template "$tmp/inj/t.csv" --log "$tmp/inj/filled.csv" --client "$client" --weeks 1 \
    --as-of 2026-11-29 --out "$tmp/inj/next"
is 0 "$status" "plan on from the filled-in plan: exit 0"
ok "$(grep -F "'=HYPERLINK" "$tmp/inj/next.csv" | grep ',top,' | grep -q -F ',102.5,5,,kg,add 2.5'; echo $?)" \
    "the guarded exercise's log was found: 100x6 adds 2.5"
ok "$(grep -F "'+Squat" "$tmp/inj/next.csv" | grep ',top,' | grep -q -F ',142.5,5,,kg,add 2.5'; echo $?)" \
    "and +Squat's too: 140x6 adds 2.5"
