#!/bin/sh
# The command line: help, version, usage errors (exit 2), data errors
# (exit 1), defaults, determinism, that a failed plan keeps the old one,
# an unknown option named with the one likely meant, and a missing file
# with the option that named it.
. "$srcdir/tests/e2e/lib.sh"
plan 54
w="$data/worked"

run_topset --help
is 0 "$status" "--help exits 0"
case "$out" in *"topset plan  --template T.csv"*) r=0 ;; *) r=1 ;; esac
ok $r "--help prints the usage on stdout"
is "" "$err" "--help prints nothing on stderr"

# --help lists every app export (src/apps.c) and every output format
# (src/formats.c), from their tables.
help=$out
for line in \
    "  topset import [--strict] [--date-order mdy|dmy] --from strong|hevy|fitnotes|liftosaur FILE" \
    "  --from APP          strong, hevy, fitnotes or liftosaur (required)" \
    "                      workbook (.xlsx), or a Strong, Hevy, FitNotes or Liftosaur export" \
    "[--paper a4|letter] [--format xlsx,csv,pdf] --out PREFIX" \
    "[--paper a4|letter] [--format xlsx,csv,pdf] [--force]" \
    "  --format LIST       outputs to write: xlsx, csv, pdf or xlsx,csv,pdf (default xlsx,csv)" \
    "  plan    write PREFIX.xlsx (to print) and PREFIX.csv (one row per set)" \
    "  --out PREFIX        write PREFIX.xlsx and PREFIX.csv (required)" \
    "  batch   plan every client of a roster into DIR/<client>.xlsx and .csv,"; do
    case "$help" in *"$line"*) r=0 ;; *) r=1 ;; esac
    ok $r "--help has: $line"
done

run_topset --version
is 0 "$status" "--version exits 0"
case "$out" in "topset "[0-9]*) r=0 ;; *) r=1 ;; esac
ok $r "--version prints the package and version"

run_topset
is 2 "$status" "no command: exit 2"

run_topset frobnicate
is 2 "$status" "unknown command: exit 2"
is "topset: unknown command \"frobnicate\" (expected plan, batch, check, import or diff)" \
    "$(echo "$err" | head -n 1)" "unknown command: message"

run_topset plan --out "$tmp/x"
is 2 "$status" "plan without --template: exit 2"
is "topset: plan: --template is required" "$(echo "$err" | head -n 1)" "plan without --template: message"

run_topset plan --template "$w/template.csv"
is "topset: plan: --out is required" "$(echo "$err" | head -n 1)" "plan without --out: message"

run_topset plan --template "$w/template.csv" --out "$tmp/x" --weeks 0
is 2 "$status" "--weeks 0: exit 2"
is "topset: --weeks: expected a whole number 1-52, got \"0\"" "$(echo "$err" | head -n 1)" "--weeks 0: message"

run_topset plan --template "$w/template.csv" --out "$tmp/x" --unit stone
is "topset: --unit: expected kg or lb, got \"stone\"" "$(echo "$err" | head -n 1)" "--unit stone: message"

# --unit reads a unit as a file's unit column does (field_unit).
run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" --as-of 2026-11-22 \
    --unit Pounds --format csv --out "$tmp/pounds"
is 0 "$status" "--unit Pounds: exit 0"
is lb "$(sed -n 2p "$tmp/pounds.csv" | cut -d, -f11)" "--unit Pounds: a plan in lb"

run_topset plan --template "$w/template.csv" --out "$tmp/x" --start 2026-11-25
is 2 "$status" "--start on a Wednesday: exit 2"
is "topset: --start: 2026-11-25 is not a Monday (weeks run Monday to Sunday)" \
    "$(echo "$err" | head -n 1)" "--start on a Wednesday: message"

run_topset plan --template "$w/template.csv" --out "$tmp/x" --as-of 2026-02-30
is "topset: --as-of: expected a date YYYY-MM-DD, got \"2026-02-30\"" "$(echo "$err" | head -n 1)" \
    "impossible --as-of: message"

run_topset plan --template "$w/template.csv" --out "$tmp/x" --format odt
is "topset: --format: unknown format \"odt\" (expected xlsx, csv, pdf or xlsx,csv,pdf)" \
    "$(echo "$err" | head -n 1)" "--format odt: message"

run_topset import --from jefit "$w/template.csv"
is 2 "$status" "import --from an app not in the table: exit 2"
is "topset: import: --from: unknown app \"jefit\" (expected strong, hevy, fitnotes or liftosaur)" \
    "$(echo "$err" | head -n 1)" "import --from jefit: the message lists the apps"
run_topset import "$w/template.csv"
is "topset: import: --from is required (strong, hevy, fitnotes or liftosaur)" \
    "$(echo "$err" | head -n 1)" "import without --from: the message lists the apps"

run_topset plan --template "$tmp/nope.csv" --out "$tmp/x"
is 1 "$status" "a missing template: exit 1"
case "$err" in "$tmp/nope.csv: "*) r=0 ;; *) r=1 ;; esac
ok $r "a missing template: the message names the file"
ok "$(test ! -e "$tmp/x.csv" && test ! -e "$tmp/x.xlsx"; echo $?)" "a missing template writes nothing"

# Determinism: the same inputs give the same bytes.
run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" --as-of 2026-11-22 --out "$tmp/r1"
run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" --as-of 2026-11-22 --out "$tmp/r2"
ok "$(cmp -s "$tmp/r1.xlsx" "$tmp/r2.xlsx"; echo $?)" "the same inputs give a byte-identical workbook"
ok "$(cmp -s "$tmp/r1.csv" "$tmp/r2.csv"; echo $?)" "and a byte-identical CSV"
is 16 "$(grep -c "^,[0-9]*," "$tmp/r1.csv")" "--weeks defaults to 4 (4 weeks x 4 sets)"

# A failed plan never overwrites a good one, and leaves no temporary file.
cp "$tmp/r1.csv" "$tmp/keep.csv"
cp "$tmp/r1.xlsx" "$tmp/keep.xlsx"
printf 'day,exercise,top_reps,rule\nUpper A,Bench Press,5-6,lineer\n' >"$tmp/bad.csv"
run_topset plan --template "$tmp/bad.csv" --log "$w/log-week1.csv" --as-of 2026-11-22 --out "$tmp/r1"
is 1 "$status" "a bad template: exit 1"
ok "$(cmp -s "$tmp/keep.csv" "$tmp/r1.csv" && cmp -s "$tmp/keep.xlsx" "$tmp/r1.xlsx"; echo $?)" \
    "a bad template leaves the previous plan untouched"
is "" "$(temps "$tmp")" "and no temporary file behind"

# An output folder that does not exist is a data error, not a crash.
run_topset plan --template "$w/template.csv" --log "$w/log-week1.csv" --as-of 2026-11-22 \
    --out "$tmp/no/such/dir/p"
is 1 "$status" "an output folder that does not exist: exit 1"
case "$err" in "$tmp/no/such/dir/p."*": cannot write"*) r=0 ;; *) r=1 ;; esac
ok $r "an output folder that does not exist: the message names the file"

# Options: the one most likely meant, and a missing file named with the
# option that named it.
run_topset plan --tempalte "$w/template.csv" --out "$tmp/x"
is 2 "$status" "--tempalte: exit 2"
is "topset: plan: unknown option \"--tempalte\": did you mean --template?" \
    "$(echo "$err" | head -n 1)" "--tempalte: did you mean --template?"
run_topset plan --template "$w/template.csv" --out "$tmp/x" --mxes=m.csv
is "topset: plan: unknown option \"--mxes=m.csv\": did you mean --maxes?" \
    "$(echo "$err" | head -n 1)" "--mxes=m.csv: did you mean --maxes?"
run_topset plan --template "$w/template.csv" --frobnicate --out "$tmp/x"
is "topset: plan: unknown option \"--frobnicate\"" "$(echo "$err" | head -n 1)" \
    "nothing near: no suggestion"
run_topset plan --template "$w/template.csv" --out
is "topset: plan: --out needs a value" "$(echo "$err" | head -n 1)" "an option without its value"
run_topset batch "$data/ok/roster.csv" --ot "$tmp/x"
is "topset: batch: unknown option \"--ot\": did you mean --out?" "$(echo "$err" | head -n 1)" \
    "batch: did you mean --out?"
run_topset import --form strong x.csv
is "topset: import: unknown option \"--form\": did you mean --from?" \
    "$(echo "$err" | head -n 1)" "import: did you mean --from?"
run_topset plan -z --template "$w/template.csv" --out "$tmp/x"
is "topset: plan: unknown option \"-z\"" "$(echo "$err" | head -n 1)" "an unknown short option"

cd "$tmp" || exit 99
run_topset plan --template nope.csv --log gone.csv --out "$tmp/x"
is 1 "$status" "missing files: exit 1"
is "nope.csv: No such file or directory (given to --template)
gone.csv: No such file or directory (given to --log)" "$err" "each missing file with its option"
ok "$(test ! -e "$tmp/x.csv"; echo $?)" "nothing written"
