#!/bin/sh
# Generate a synthetic roster for benchmarks: N clients sharing a 4-day x
# 5-exercise template, each with three weeks of logged history before
# 2026-11-22 (the as-of every benchmark run uses).
#   bench/gen-roster.sh N DIR
set -eu
n=${1:?usage: gen-roster.sh N DIR}
dir=${2:?usage: gen-roster.sh N DIR}
mkdir -p "$dir/logs"

cat >"$dir/template.csv" <<'TPL'
day,exercise,top_reps,backoff_sets,backoff_reps,backoff_drop,increment,start_weight,warmup
Day 1,Squat,5-6,3,8,10,5,100,auto
Day 1,Romanian Deadlift,6-8,2,10,10,5,80,auto
Day 1,Leg Press,8-10,2,12,10,10,150,none
Day 1,Leg Curl,10-12,2,12,10,2.5,40,none
Day 1,Calf Raise,10-12,2,15,10,5,60,none
Day 2,Bench Press,5-6,3,8,10,2.5,80,auto
Day 2,Barbell Row,6-8,2,10,10,2.5,70,auto
Day 2,Overhead Press,6-8,2,10,10,2.5,45,auto
Day 2,Lat Pulldown,8-10,2,12,10,2.5,55,none
Day 2,Curl,10-12,2,12,10,2.5,12.5,none
Day 3,Deadlift,3-5,2,6,15,5,140,auto
Day 3,Front Squat,5-6,2,8,10,2.5,80,auto
Day 3,Hip Thrust,8-10,2,12,10,5,100,none
Day 3,Leg Extension,10-12,2,12,10,2.5,50,none
Day 3,Hanging Leg Raise,10-12,2,12,10,2.5,10,none
Day 4,Incline Bench Press,6-8,3,10,10,2.5,70,auto
Day 4,Pull Up,5-8,2,8,10,2.5,10,none
Day 4,Dip,8-10,2,12,10,2.5,10,none
Day 4,Cable Row,8-10,2,12,10,2.5,60,none
Day 4,Triceps Pushdown,10-12,2,15,10,2.5,25,none
TPL

awk -v n="$n" -v dir="$dir" 'BEGIN {
    FS = ","
    print "client,template,log,maxes,unit,start,weeks" > (dir "/roster.csv")
}
NR > 1 { day[NR-1] = $1; ex[NR-1] = $2; w[NR-1] = $8; inc[NR-1] = $7; m = NR - 1 }
END {
    split("2026-11-02 2026-11-09 2026-11-16", mon, " ")
    for (c = 1; c <= n; c++) {
        name = sprintf("c%05d", c)
        lf = dir "/logs/" name ".csv"
        printf "%s,template.csv,logs/%s.csv,,,,4\n", name, name >> (dir "/roster.csv")
        print "date,exercise,set_type,weight,reps,rpe,unit,notes" > lf
        for (k = 1; k <= 3; k++)
            for (i = 1; i <= m; i++) {
                d = substr(day[i], 5) + 0
                date = substr(mon[k], 1, 8) sprintf("%02d", substr(mon[k], 9) + d - 1)
                load = w[i] + (c % 7) * inc[i] + (k - 1) * inc[i]
                printf "%s,%s,top,%g,%d,8,kg,\n", date, ex[i], load, 5 + (c + k) % 2 >> lf
                for (b = 1; b <= 2; b++)
                    printf "%s,%s,backoff,%g,%d,,kg,\n", date, ex[i], load * 0.9, 8 >> lf
            }
        close(lf)
    }
}' "$dir/template.csv"
