#!/bin/sh
# Faults: a disk that fills up part way through a write (ulimit -f, with
# SIGXFSZ ignored so the write fails with EFBIG instead of killing us),
# SIGTERM and SIGINT in the middle of a batch (-j 1 and -j 2), and a run
# killed between temporary file and rename (its temporary file left
# behind, named as src/outfile.c names them), and a batch killed after
# part of it was renamed. Every previous plan stays whole: each file is
# either the old version or a complete new one, the next run leaves no
# temporary file behind, and it never takes a replaced plan for unchanged.
. "$srcdir/tests/e2e/lib.sh"

[ -x "$TOPSET" ] || skip_all "the topset program is not built"

plan 54

tpl="$srcdir/tests/data/batch/template.csv"
logf="$srcdir/tests/data/batch/logs/alex.csv"
case "$tpl" in /*) ;; *) tpl="$PWD/$tpl" logf="$PWD/$logf" ;; esac
cd "$tmp" || exit 99

# --- (a) a full disk ---------------------------------------------------
run_topset plan --template "$tpl" --log "$logf" --as-of 2026-11-22 --weeks 8 --out p
is 0 "$status" "a first plan"
cp p.csv old.csv && cp p.xlsx old.xlsx || exit 99
# 2 blocks of 512 bytes: less than either file needs (3 KB and 20 KB).
full() {
    (
        trap '' XFSZ
        ulimit -f 2 || exit 99
        $TOPSET_WRAPPER "$TOPSET" "$@" >.out 2>.err
    )
    status=$?
    err=$(cat .err)
}
full plan --template "$tpl" --log "$logf" --as-of 2026-11-29 --weeks 8 --out p
is 1 "$status" "disk full while writing the CSV: exit 1"
case "$err" in "$tmp/p.csv: cannot write"* | "p.csv: cannot write"*) r=0 ;; *) r=1 ;; esac
ok $r "and the message names the file"
ok "$(cmp -s old.csv p.csv && cmp -s old.xlsx p.xlsx; echo $?)" "the previous plan is byte-identical"
is "" "$(temps .)" "no temporary file left"

full plan --template "$tpl" --log "$logf" --as-of 2026-11-29 --weeks 8 --format xlsx --out p
is 1 "$status" "disk full while writing the workbook: exit 1"
case "$err" in *"p.xlsx: cannot write"*) r=0 ;; *) r=1 ;; esac
ok $r "and the message names the workbook"
ok "$(cmp -s old.csv p.csv && cmp -s old.xlsx p.xlsx; echo $?)" "the previous plan is byte-identical"
is "" "$(temps .)" "no temporary file left"

# A batch on a full disk: every client fails, none loses its plan.
printf 'client,template,log,weeks\nann,%s,%s,8\nbob,%s,%s,8\n' "$tpl" "$logf" "$tpl" "$logf" >small.csv
run_topset batch small.csv --out fb --as-of 2026-11-22
is 0 "$status" "a first batch"
mkdir fb-old && cp fb/ann.csv fb/ann.xlsx fb/bob.csv fb/bob.xlsx fb-old/ || exit 99
full batch small.csv --out fb --as-of 2026-11-29
is 1 "$status" "a batch on a full disk: exit 1"
same=0
for f in ann.csv ann.xlsx bob.csv bob.xlsx; do cmp -s "fb-old/$f" "fb/$f" || same=1; done
ok $same "every previous plan is byte-identical"
is "" "$(temps fb fb/.topset-state 2>/dev/null)" "no temporary file left"

# --- (b) SIGTERM and SIGINT in the middle of a batch -----------------------
n=56
{
    echo "client,template,log,weeks"
    i=0
    while [ $i -lt $n ]; do
        echo "c$i,$tpl,$logf,4"
        i=$((i + 1))
    done
} >roster.csv
# The old plans (as of one week) and, elsewhere, the complete new ones (as
# of the next): after an interrupted run each file must be one or the other.
run_topset batch roster.csv --out new --as-of 2026-11-29
is 0 "$status" "the complete new plans"

# The interrupted run plans from a roster whose client c50 reads its log
# from a FIFO nobody writes: the run blocks there, every time, however fast
# the machine, until the signal interrupts it.
mkfifo stuck.csv || exit 99
sed "s|^c50,\(.*\),$logf,|c50,\1,$PWD/stuck.csv,|" roster.csv >stuck-roster.csv

written() { ! cmp -s "old/$1.csv" "plans/$1.csv" || [ -s "plans/.$1.xlsx.tmp-topset-part" ]; }

# interrupt SIGNAL JOBS: a batch over old plans, stopped by SIGNAL while it
# waits at c50, after c48 and c49 (one per worker with -j 2) are written.
interrupt() {
    rm -rf plans
    "$TOPSET" batch roster.csv --out plans --as-of 2026-11-22 >/dev/null 2>&1 || return 1
    cp -R plans old || return 1
    "$TOPSET" batch stuck-roster.csv --out plans --as-of 2026-11-29 -j "$2" >.out 2>.err &
    pid=$!
    i=0
    # A written plan waits for its group's commit (batch.c): it counts as
    # written once renamed or once its workbook's temporary file has data.
    while [ $i -lt 1500 ] && ! { written c48 && written c49; }; do
        sleep 0.02
        i=$((i + 1))
    done
    sleep 0.2                      # into the FIFO's open
    kill -"$1" $pid
    signalled=$?
    # The signal may land just before the open rather than in it: then the
    # run is told to stop but still waits at the FIFO. A writer that opens
    # it (a second at a time) lets that open return; the run fails c50 on
    # its empty log and stops.
    i=0
    while kill -0 $pid 2>/dev/null && [ $i -lt 20 ]; do
        sleep 0.1
        kill -0 $pid 2>/dev/null && timeout 1 sh -c ': >stuck.csv' 2>/dev/null
        i=$((i + 1))
    done
    wait $pid
    status=$?
    err=$(cat .err)
}

for job in 1 2; do
    for sig in TERM INT; do
        interrupt $sig $job
        is 0 "$signalled" "SIG$sig with -j $job: signalled while running"
        is 1 "$status" "SIG$sig with -j $job: exit 1"
        # Stopped part way: some plans new, some old, every one whole.
        changed=0 kept=0 torn=""
        i=0
        while [ $i -lt $n ]; do
            for ext in csv xlsx; do
                f=c$i.$ext
                if cmp -s "plans/$f" "new/$f"; then
                    changed=$((changed + 1))
                elif cmp -s "plans/$f" "old/$f"; then
                    kept=$((kept + 1))
                else
                    torn="$torn $f"
                fi
            done
            i=$((i + 1))
        done
        is "" "$torn" "SIG$sig with -j $job: every plan is the old or the new version"
        ok "$(test $changed -gt 0 && test $kept -gt 0 && cmp -s plans/c49.csv new/c49.csv &&
            cmp -s plans/c50.csv old/c50.csv; echo $?)" \
            "SIG$sig with -j $job: stopped part way at c50 ($changed new, $kept old)"
        is "" "$(temps plans plans/.topset-state)" "SIG$sig with -j $job: no temporary file left"
        run_topset batch roster.csv --out plans --as-of 2026-11-29 -j $job
        is 0 "$status" "SIG$sig with -j $job: the next run finishes the batch"
        is "" "$(temps plans plans/.topset-state)" "SIG$sig with -j $job: and leaves no temporary file"
        rm -rf old
    done
done

# --- (c) killed between temporary file and rename ------------------------
# A kill -9 leaves the temporary file (here: made by hand, half written).
printf 'half a plan' >.p.csv.tmp-topset-part
printf 'PK half a zip' >.p.xlsx.tmp-topset-part
run_topset plan --template "$tpl" --log "$logf" --as-of 2026-11-22 --weeks 8 --out p
is 0 "$status" "plan after a killed run: exit 0"
ok "$(cmp -s old.csv p.csv && cmp -s old.xlsx p.xlsx; echo $?)" "writes the whole plan"
is "" "$(temps .)" "and takes the stale temporary files over: none left"

printf 'half a plan' >plans/.c7.csv.tmp-topset-part
printf 'PK half a zip' >plans/.c7.xlsx.tmp-topset-part
printf 'half an index' >plans/.index.csv.tmp-topset-part
run_topset batch roster.csv --out plans --as-of 2026-11-29 --force
is 0 "$status" "batch after a killed run: exit 0"
ok "$(cmp -s new/c7.csv plans/c7.csv && cmp -s new/c7.xlsx plans/c7.xlsx; echo $?)" \
    "the killed client's plan is whole"
is "" "$(temps plans plans/.topset-state)" "and no temporary file is left"

# --- (d) a batch killed after part of it was renamed ---------------------
# The first group of new plans is renamed, then the run is killed (-9) at
# c50. Those clients' state lines still describe their old plans: back on
# the old inputs, the next run must plan them again, not call them
# unchanged (batch_state.h, the journal).
rm -rf plans old
"$TOPSET" batch roster.csv --out plans --as-of 2026-11-22 >/dev/null 2>&1 || exit 99
cp -R plans old || exit 99
# 160 open files make groups of 48 clients (batch.c, group_size), so the
# first group is renamed before the run reaches c50.
(ulimit -n 160 && exec "$TOPSET" batch stuck-roster.csv --out plans --as-of 2026-11-29 -j 1) \
    >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 1500 ] && ! written c49; do
    sleep 0.02
    i=$((i + 1))
done
sleep 0.2
kill -KILL $pid
wait $pid
is 137 "$?" "kill -9 in the middle of a batch"
renamed=0
i=0
while [ $i -lt $n ]; do
    cmp -s "plans/c$i.csv" "new/c$i.csv" && renamed=$((renamed + 1))
    i=$((i + 1))
done
ok "$(test $renamed -gt 0 && test $renamed -lt 50; echo $?)" \
    "it had renamed part of the batch ($renamed new plans)"
ok "$(test -s plans/.topset-state/journal; echo $?)" "and left its journal"
run_topset batch roster.csv --out plans --as-of 2026-11-22
case "$status $err" in "0 "*"$renamed written, $((n - renamed)) unchanged, 0 failed"*) r=0 ;; *) r=1 ;; esac
ok $r "back on the old inputs, the replaced plans are planned again, the rest unchanged"
same=0
i=0
while [ $i -lt $n ]; do
    for ext in csv xlsx; do cmp -s "plans/c$i.$ext" "old/c$i.$ext" || same=1; done
    i=$((i + 1))
done
ok $same "every plan is as the old inputs make it"
is "" "$(temps plans plans/.topset-state)$(ls plans/.topset-state/journal 2>/dev/null)" \
    "no temporary file and no journal is left"
