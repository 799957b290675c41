#!/bin/sh
# Generate the logs of issue 15's reading benchmarks: N clients on
# gen-roster.sh's template, ROWS logged sets in all (ROWS / N each, weekly
# sessions going back from 2026-11-16), written twice: one gym-wide log
# with a client column (shared/roster.csv names it for every client) and
# the same rows split into a log per client (split/roster.csv).
#   bench/gen-shared.sh N ROWS DIR
# With N = 1 it is one lifter's long log (the streaming benchmark).
set -eu
n=${1:?usage: gen-shared.sh N ROWS DIR}
rows=${2:?usage: gen-shared.sh N ROWS DIR}
dir=${3:?usage: gen-shared.sh N ROWS DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/shared" "$dir/split/logs"
sh "$here/gen-roster.sh" 0 "$dir/tpl" >/dev/null
cp "$dir/tpl/template.csv" "$dir/shared/template.csv"
cp "$dir/shared/template.csv" "$dir/split/template.csv"
rm -rf "$dir/tpl"

awk -v n="$n" -v rows="$rows" -v dir="$dir" '
# civil date of day number z (days since 1970-01-01), as YYYY-MM-DD
function civil(z,    era, doe, yoe, y, doy, mp, d, m) {
    z += 719468
    era = int(z / 146097)
    doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400
    doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
    mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1
    m = mp < 10 ? mp + 3 : mp - 9
    return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}
BEGIN { FS = "," }
NR > 1 { day[NR-1] = substr($1, 5) + 0; ex[NR-1] = $2; w[NR-1] = $8; inc[NR-1] = $7; m = NR - 1 }
END {
    per = int(rows / n)                 # sets per client
    # One lifter with a long log trains more sets a session (ten backoff
    # sets), so that 500,000 rows go back 43 years, not 160.
    backoff = n == 1 ? 10 : 2
    weeks = int((per + (backoff + 1) * m - 1) / ((backoff + 1) * m))
    monday = 20773                      # 2026-11-16
    hdr = "client,date,exercise,set_type,weight,reps,rpe,unit,notes"
    shared = dir "/shared/gym.csv"
    print hdr > shared
    print "client,template,log,maxes,unit,start,weeks" > (dir "/shared/roster.csv")
    print "client,template,log,maxes,unit,start,weeks" > (dir "/split/roster.csv")
    for (c = 1; c <= n; c++) {
        name[c] = sprintf("c%05d", c)
        printf "%s,template.csv,gym.csv,,,,4\n", name[c] >> (dir "/shared/roster.csv")
        printf "%s,template.csv,logs/%s.csv,,,,4\n", name[c], name[c] >> (dir "/split/roster.csv")
        own[c] = dir "/split/logs/" name[c] ".csv"
        print hdr > own[c]
        left[c] = per
    }
    # Oldest week first; in each week every client in turn, as a gym-wide
    # export sorted by date comes.
    for (k = weeks - 1; k >= 0; k--)
        for (c = 1; c <= n; c++) {
            for (i = 1; i <= m && left[c] > 0; i++) {
                date = civil(monday - 7 * k + day[i] - 1)
                load = w[i] + (c % 7) * inc[i] + (int((weeks - k) / 3) % 40) * inc[i]
                line = sprintf("%s,%s,%s,top,%g,%d,8,kg,", name[c], date, ex[i], load, 5 + (c + k) % 2)
                print line >> shared; print line >> own[c]; left[c]--
                for (b = 1; b <= backoff && left[c] > 0; b++) {
                    line = sprintf("%s,%s,%s,backoff,%g,8,,kg,", name[c], date, ex[i], load * 0.9)
                    print line >> shared; print line >> own[c]; left[c]--
                }
            }
            close(own[c])
        }
}' "$dir/shared/template.csv"
