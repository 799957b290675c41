#!/bin/sh
# batch's log lines for cron (issue 17): one line per client written or
# failed and a summary, each starting with an ISO 8601 UTC time stamp and
# the as-of date; --quiet keeps the failures and the summary only.
. "$srcdir/tests/e2e/lib.sh"
plan 10
r="$data/cron/roster.csv"
stamp='[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z as-of 2026-11-20: '

run_topset batch "$r" --out "$tmp/p" --as-of 2026-11-20
is 1 "$status" "a run with a bad row: exit 1"
lines() { printf '%s\n' "$err" | grep -E -c "$1"; }
is 1 "$(lines "^${stamp}Alex written \(week 1 of block 1\)$")" \
    "Alex: stamped, as-of date, written, week 1 of block 1"
is 1 "$(lines "^${stamp}Cy written \(block 1 starts 2026-11-23\)$")" \
    "Cy: a block that starts next Monday says so"
is 1 "$(lines "^${stamp}Bea failed \(.*/roster.csv:3\):$")" "Bea: stamped, failed, naming the roster line"
is 1 "$(lines "^${stamp}2 written, 0 unchanged, 1 failed in [0-9.]+ s$")" "the summary line, stamped"
is "$(date -u +%Y-%m-%d)" "$(printf '%s\n' "$err" | tail -n 1 | cut -c1-10)" "the stamp is today's date in UTC"
is 0 "$(printf '%s\n' "$err" | grep -v -E "^$stamp" | grep -v -c '/roster.csv:3:7: column "weeks"')" \
    "every other line is a stamped one (the problem lines aside)"

run_topset batch "$r" --out "$tmp/p" --as-of 2026-11-20 --force --quiet
is 0 "$(lines ' written \(')" "--quiet: no line for a client written"
is 1 "$(lines "^${stamp}Bea failed ")" "--quiet: the failure is still there"
is 1 "$(lines "^${stamp}2 written, 0 unchanged, 1 failed in ")" "--quiet: and the summary"
