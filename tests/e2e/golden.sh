#!/bin/sh
# Golden outputs: every shipped template and sample, planned with fixed
# dates, must give exactly the files stored in tests/data/golden. The plan
# CSVs and index.csv are compared byte for byte; each workbook part by part
# (its XML parts, unzipped, in name order), so a zlib that compresses
# differently does not matter but any cell, format or print setting does.
#
# A change that means to alter an output regenerates the expected files:
#   GOLDEN_UPDATE=1 make check TESTS=tests/e2e/golden.sh
# and the diff of tests/data/golden shows, in review, what it changed.
. "$srcdir/tests/e2e/lib.sh"
unzip_cmd=${TOPSET_UNZIP:-unzip}
command -v "$unzip_cmd" >/dev/null 2>&1 || skip_all "unzip is needed to read workbooks"
golden="$srcdir/tests/data/golden"
res="$tmp/out"
mkdir -p "$res"

# The cases: the sample roster as a batch, and each template alone with no
# log (start weights only) in kg and in lb, over 5 weeks.
# Run from the source folder, so that messages name files as the repository does.
cd "$srcdir" || exit 99
run_topset batch samples/roster.csv --out "$res/roster" --as-of 2026-11-22 -j 1
batch_status=$status
for tpl in templates/*.csv; do
    name=$(basename "$tpl" .csv)
    for unit in kg lb; do
        $TOPSET_WRAPPER "$TOPSET" plan --template "$tpl" --as-of 2026-12-05 --weeks 5 \
            --unit "$unit" --client "$name $unit" --out "$res/$name-$unit" \
            >/dev/null 2>"$res/$name-$unit.err"
        echo "$?" >"$res/$name-$unit.status"
    done
done
# The percent template needs maxes: plan it with the sample lifter's.
$TOPSET_WRAPPER "$TOPSET" plan --template templates/strength-percent.csv \
    --maxes samples/maxes/sam.csv --as-of 2026-12-05 --weeks 5 --unit lb \
    --client "percent with maxes" --out "$res/strength-percent-maxes" \
    >/dev/null 2>"$res/strength-percent-maxes.err"
echo "$?" >"$res/strength-percent-maxes.status"
# 5/3/1 works from training maxes: plan it with a lifter's.
$TOPSET_WRAPPER "$TOPSET" plan --template templates/531-bbb.csv \
    --maxes tests/data/programs/maxes-531.csv --as-of 2026-12-05 --weeks 5 --unit lb \
    --client "531 with training maxes" --out "$res/531-bbb-maxes" \
    >/dev/null 2>"$res/531-bbb-maxes.err"
echo "$?" >"$res/531-bbb-maxes.status"
# nSuns works from training maxes too.
$TOPSET_WRAPPER "$TOPSET" plan --template templates/nsuns-lp.csv \
    --maxes tests/data/programs/maxes-nsuns.csv --as-of 2026-12-05 --weeks 2 --unit lb \
    --client "nsuns with training maxes" --out "$res/nsuns-lp-maxes" \
    >/dev/null 2>"$res/nsuns-lp-maxes.err"
echo "$?" >"$res/nsuns-lp-maxes.status"

# text FILE: the comparable text of an output (a workbook's parts, or the file).
text() {
    case "$1" in
    *.xlsx)
        "$unzip_cmd" -Z1 "$1" | LC_ALL=C sort | while read -r part; do
            echo "=== $part"
            "$unzip_cmd" -p "$1" "$part"
            echo
        done
        ;;
    *) cat "$1" ;;
    esac
}

# The list of outputs, each with its stored form's name.
outputs=$(cd "$res" && find . -type f ! -path '*/.topset-state/*' \
    ! -name '.topset.lock' | sed 's|^\./||' | LC_ALL=C sort)

if [ -n "${GOLDEN_UPDATE:-}" ]; then
    rm -rf "$golden"
    mkdir -p "$golden"
    printf '%s\n' "$outputs" >"$golden/LIST"
    for f in $outputs; do
        mkdir -p "$golden/$(dirname "$f")"
        text "$res/$f" >"$golden/$f.txt"
    done
    echo "# golden files written to $golden"
fi

n=$(printf '%s\n' "$outputs" | wc -l)
plan $((n + 2))
is 0 "$batch_status" "the sample roster's batch exits 0"
is "$(cat "$golden/LIST" 2>/dev/null)" "$outputs" "the same output files as the golden set"
for f in $outputs; do
    if text "$res/$f" | cmp -s - "$golden/$f.txt"; then
        ok 0 "$f is as stored"
    else
        ok 1 "$f is as stored"
        text "$res/$f" | diff "$golden/$f.txt" - | head -n 20 | sed 's/^/# /'
    fi
done
