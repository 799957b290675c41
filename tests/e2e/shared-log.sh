#!/bin/sh
# A log a whole roster shares (issue 15): one gym-wide export with a client
# column, read once per batch. Each client's plan is byte for byte the plan
# its own rows make in a log of its own; a bad row costs only its client;
# a rerun plans again only the clients whose rows changed; -j 2 agrees.
. "$srcdir/tests/e2e/lib.sh"
plan 12
tpl="$data/batch/template.csv"
g="$tmp/gym"
mkdir "$g" "$g/own"
hdr='client,date,exercise,set_type,weight,reps,rpe,unit,notes'
# Rows of three clients, interleaved as an export sorted by date comes;
# "Kim " and "kim" are one client (names folded); "Ola" has a bad weight
# (skipped with a warning, hers alone); an empty client is nobody's.
cat >"$g/rows" <<'ROWS'
alex,2026-11-02,Bench Press,top,80,6,8,kg,
Kim ,2026-11-02,Squat,top,100,5,,kg,
alex,2026-11-02,Bench Press,backoff,72.5,8,,kg,
ola,2026-11-03,Squat,top,60,5,,kg,
kim,2026-11-04,Bench Press,top,50,6,,kg,
,2026-11-04,Bench Press,top,200,6,,kg,
Ola,2026-11-05,Bench Press,top,heavy,5,,kg,
alex,2026-11-05,Squat,top,120,5,,kg,
ola,2026-11-05,Bench Press,top,40,5,,kg,
alex,2026-11-09,Bench Press,top,82.5,5,,kg,
kim,2026-11-09,Squat,top,105,4,,kg,
ROWS
{ echo "$hdr"; cat "$g/rows"; } >"$g/gym.csv"
for c in alex kim ola; do
    { echo "$hdr"; grep -i "^$c *," "$g/rows"; } >"$g/own/$c.csv"
done
roster() { # roster FILE LOG-OF-CLIENT...: the three clients, each log named by $2
    printf 'client,template,log,maxes,unit,start,weeks\n' >"$1"
    for c in alex kim ola; do
        printf '%s,%s,%s,,,2026-11-16,4\n' "$c" "$tpl" "$(echo "$2" | sed "s/CLIENT/$c/")" >>"$1"
    done
}
roster "$g/shared.csv" "$g/gym.csv"
roster "$g/split.csv" "$g/own/CLIENT.csv"

run_topset batch "$g/shared.csv" --out "$g/p-shared" --as-of 2026-11-15 --format csv
is "0" "$status" "a roster sharing one log: planned"
run_topset batch "$g/split.csv" --out "$g/p-split" --as-of 2026-11-15 --format csv
same=0
for c in alex kim ola; do cmp -s "$g/p-shared/$c.csv" "$g/p-split/$c.csv" || same=1; done
ok $same "each client's plan from the shared log equals the plan from its own log"
is "$(cut -d, -f1-9 "$g/p-split/index.csv")" "$(cut -d, -f1-9 "$g/p-shared/index.csv")" \
    "the index too (its error column names the file read)"
is "82.5,6" "$(grep '^alex,1,.*,Bench Press,1,top,' "$g/p-shared/alex.csv" | cut -d, -f8,9)" \
    "alex's bench progresses from his own 82.5x5, not from the nobody's row of 200"
grep '^ola,' "$g/p-shared/index.csv" >"$g/ola-row"
case "$(cat "$g/ola-row")" in
*"gym.csv:8:"*"weight"*"the row is skipped"*",1") r=0 ;;
*) r=1 ;;
esac
ok $r "ola's bad row is skipped with a warning at gym.csv:8, counted in her index row"
is "1 0 0" "$(grep -c 'gym.csv' "$g/p-shared/index.csv") $(grep -c '^alex,.*warning' "$g/p-shared/index.csv") $(grep -c '^kim,.*warning' "$g/p-shared/index.csv")" \
    "nobody else is warned of ola's row"

# A rerun after a session of alex's plans alex again, and only alex.
echo 'alex,2026-11-12,Squat,top,125,5,,kg,' >>"$g/gym.csv"
run_topset batch "$g/shared.csv" --out "$g/p-shared" --as-of 2026-11-15 --format csv
# (ola is planned again on every run while her log has a skipped row.)
case "$err" in *"alex written"*"2 written, 1 unchanged, 0 failed"*) r=0 ;; *) r=1 ;; esac
case "$err" in *"kim written"*) r=1 ;; esac
ok $r "a row of alex's added: alex planned again, kim unchanged"
is "125,6" "$(grep '^alex,1,.*,Squat,1,top,' "$g/p-shared/alex.csv" | cut -d, -f8,9)" \
    "alex's squat moves on from the new 125x5 (a rep more)"
run_topset batch "$g/shared.csv" --out "$g/p-shared" --as-of 2026-11-15 --format csv
case "$err" in *"ola written"*"1 written, 2 unchanged, 0 failed"*) r=0 ;; *) r=1 ;; esac
ok $r "nothing changed: alex and kim unchanged"

# -j 2: the workers share the log read before they start.
run_topset batch "$g/shared.csv" --out "$g/p-j2" --as-of 2026-11-15 --format csv -j 2
same=0
for c in alex kim ola; do cmp -s "$g/p-shared/$c.csv" "$g/p-j2/$c.csv" || same=1; done
ok $same "-j 2 writes the same plans"

# Strict: ola's bad row refuses her plan, and hers alone.
printf 'client,template,log,maxes,unit,start,weeks,strict\n' >"$g/strict.csv"
for c in alex kim ola; do
    printf '%s,%s,%s,,,2026-11-16,4,%s\n' "$c" "$tpl" "$g/gym.csv" "$([ $c = ola ] && echo yes || echo no)" >>"$g/strict.csv"
done
run_topset batch "$g/strict.csv" --out "$g/p-strict" --as-of 2026-11-15 --format csv
is "1 failed written written" \
    "$status $(grep '^ola,' "$g/p-strict/index.csv" | cut -d, -f3) $(grep '^alex,' "$g/p-strict/index.csv" | cut -d, -f3) $(grep '^kim,' "$g/p-strict/index.csv" | cut -d, -f3)" \
    "strict ola: her plan refused, the others written"

# A log without a client column shared by two clients: each gets every row.
{ echo 'date,exercise,set_type,weight,reps,rpe,unit,notes'; echo '2026-11-09,Squat,top,140,5,,kg,'; } >"$g/all.csv"
printf 'client,template,log,maxes,unit,start,weeks\nan,%s,%s,,,2026-11-16,4\nbo,%s,%s,,,2026-11-16,4\n' \
    "$tpl" "$g/all.csv" "$tpl" "$g/all.csv" >"$g/all-roster.csv"
run_topset batch "$g/all-roster.csv" --out "$g/p-all" --as-of 2026-11-15 --format csv
is "140,6 140,6" "$(grep '^an,1,.*,Squat,1,top,' "$g/p-all/an.csv" | cut -d, -f8,9) $(grep '^bo,1,.*,Squat,1,top,' "$g/p-all/bo.csv" | cut -d, -f8,9)" \
    "a shared log without a client column: every client plans from every row"
