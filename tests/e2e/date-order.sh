#!/bin/sh
# Dates a spreadsheet wrote (issue 15): 2/4/2017 is month or day first as
# the whole file says (a field above 12); a file that cannot tell is read
# month first with a warning naming --date-order; --date-order mdy|dmy
# (plan, batch, check, import) forces it, and a date against it is an error.
. "$srcdir/tests/e2e/lib.sh"
plan 17
d="$data/logs"
amb="$d/dates-ambiguous.csv"
warning="$amb:2:1: warning: dates such as \"2/4/17\" could be month or day first and no date of the file has a day above 12 to tell: they are read month first (month/day/year); if the day comes first, give --date-order dmy"

run_topset check "$amb"
is "0|$warning" "$status|$err" "check: an ambiguous file is read, with a warning naming the option"
is "$amb: ok (log (native)), 1 warning" "$out" "... counted on standard output"
run_topset check --strict --date-order dmy "$amb"
is "0|" "$status|$err" "check --date-order dmy: nothing to say"
run_topset check --date-order=mdy "$d/dates-dmy.csv"
is 1 "$status" "check --date-order=mdy on a day-first file: exit 1"
is "$d/dates-dmy.csv:4:1: column \"date\": date \"16/4/2017\" is day/month/year, but --date-order mdy reads the month first: give --date-order dmy, or write the date as 2017-04-16" \
    "$err" "... saying what to write"

run_topset import --from fitnotes "$d/dates-mdy.csv"
is "0|" "$status|$err" "import: 2/13/2017 decides month first, nothing said"
is "2017-02-04 2017-02-04 2017-02-13 2017-03-02" "$(echo "$out" | sed 1d | cut -d, -f1 | tr '\n' ' ' | sed 's/ $//')" \
    "import: every date as YYYY-MM-DD, 3/2 is March 2"
run_topset import --date-order dmy --from fitnotes "$d/dates-mdy.csv"
is 1 "$status" "import --date-order dmy on a month-first file: exit 1"
is "" "$out" "... nothing written"

# A template for the squats of the fixtures: the top set after the last
# session before --as-of tells which dates were read.
sed 's/Bench Press/Squat/' "$d/template.csv" >"$tmp/template.csv"
top() {
    grep ',top,' "$1" | head -n 1 | cut -d, -f8
}
run_topset plan --template "$tmp/template.csv" --log "$amb" --as-of 2017-05-01 --weeks 1 \
    --format csv --out "$tmp/mdy"
is "0|100" "$status|$(top "$tmp/mdy.csv")" "plan: month first, only 2/4 (February 4) is before May"
run_topset plan --template "$tmp/template.csv" --log "$amb" --date-order dmy \
    --as-of 2017-05-01 --weeks 1 --format csv --out "$tmp/dmy"
is "0|" "$status|$err" "plan --date-order dmy: nothing said"
is 102.5 "$(top "$tmp/dmy.csv")" "... 9/4 is April 9: its 102.5 is the last top set"
run_topset plan --template "$tmp/template.csv" --log "$amb" --date-order ymd --out "$tmp/x"
is 2 "$status" "--date-order ymd: a usage error"
is "topset: --date-order: expected mdy (2/4/2017 is February 4) or dmy (April 2), got \"ymd\"" \
    "$(echo "$err" | head -n 1)" "... naming the option"

cp "$amb" "$tmp/log.csv"
printf 'client,template,log,maxes,unit,start,weeks\nsam,template.csv,log.csv,,,,1\n' >"$tmp/roster.csv"
run_topset batch "$tmp/roster.csv" --date-order dmy --as-of 2017-05-01 --format csv --out "$tmp/plans"
is 0 "$status" "batch --date-order dmy: planned"
is 102.5 "$(top "$tmp/plans/sam.csv")" "... with the dates read day first"
run_topset batch "$tmp/roster.csv" --as-of 2017-05-01 --format csv --out "$tmp/plans"
is 100 "$(top "$tmp/plans/sam.csv")" "without it, the client is planned again, month first"
