#!/bin/sh
# The unit of a log that names none (issue 15): a Strong export has a
# Weight column and no unit. --log-unit (and a roster's log_unit column)
# says which; without it, loads that look like pounds (the 45 lb bar and
# 45 lb plates: 135, 225, 315) in a kg plan are a warning naming the
# option, never a refusal.
. "$srcdir/tests/e2e/lib.sh"
plan 16
d="$data/log-unit"
warning="$d/strong.csv:2: warning: the log names no unit and 3 of its 3 loads look like pounds (45, 135, 225, 315 ...); they are read as kg: if the log is in pounds, give --log-unit lb (in a batch, the roster's log_unit column)"

# top CSV: the first top set's load and unit.
top() {
    grep ',top,' "$1" | head -n 1 | cut -d, -f8,11
}

run_topset plan --template "$d/template.csv" --log "$d/strong.csv" --as-of 2026-12-05 \
    --weeks 1 --format csv --out "$tmp/kg"
is 0 "$status" "a unitless export whose loads look like pounds still plans"
is "$warning" "$err" "... with a warning that names --log-unit"
is "317.5,kg" "$(top "$tmp/kg.csv")" "read as kg: 315 + 2.5"

run_topset plan --template "$d/template.csv" --log "$d/strong.csv" --as-of 2026-12-05 \
    --weeks 1 --format csv --out "$tmp/strict" --strict
is "0|$warning" "$status|$err" "--strict does not refuse a guess"

run_topset plan --template "$d/template.csv" --log "$d/strong.csv" --log-unit lb \
    --as-of 2026-12-05 --weeks 1 --format csv --out "$tmp/lb"
is "0|" "$status|$err" "--log-unit lb: no warning"
is "145,kg" "$(top "$tmp/lb.csv")" "315 lb is 142.9 kg: plus 2.5 is 145"

run_topset plan --template "$d/template.csv" --log "$d/strong.csv" --log-unit kg \
    --as-of 2026-12-05 --weeks 1 --format csv --out "$tmp/said-kg"
is "0|" "$status|$err" "--log-unit kg: the coach said so, no warning"
is "317.5,kg" "$(top "$tmp/said-kg.csv")" "... and the loads are kg"

run_topset plan --template "$d/template.csv" --log "$d/strong.csv" --log-unit stone --out "$tmp/x"
is 2 "$status" "--log-unit stone: a usage error"
is "topset: --log-unit: expected kg or lb, got \"stone\"" "$(echo "$err" | head -n 1)" \
    "... naming the option"

# A roster: Pat's log in lb, Kim's unsaid, Lee's unreadable.
run_topset batch "$d/roster.csv" --out "$tmp/b" --as-of 2026-12-05 --format csv
is 1 "$status" "a batch with one bad log_unit exits 1"
is "Pat,written Kim,written Lee,failed" \
    "$(tail -n +2 "$tmp/b/index.csv" | cut -d, -f1,3 | tr '\n' ' ' | sed 's/ $//')" \
    "the others are planned"
is "145,kg" "$(top "$tmp/b/Pat.csv")" "log_unit lb: Pat's 315 is pounds"
is "317.5,kg" "$(top "$tmp/b/Kim.csv")" "no log_unit: Kim's 315 is kg"
echo "$err" | grep -qF "$d/roster.csv:4:4: column \"log_unit\": expected kg or lb, got \"stone\""
ok $? "Lee's row names the column and what to write"

# The option is part of the fingerprint: a rerun with it replans.
run_topset batch "$d/roster.csv" --out "$tmp/b" --as-of 2026-12-05 --format csv --log-unit lb
is "145,kg" "$(top "$tmp/b/Kim.csv")" "--log-unit lb on a rerun: Kim replanned in pounds"
