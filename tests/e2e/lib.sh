# Shell TAP helpers for topset's end-to-end tests. Source it:
#   . "$srcdir/tests/e2e/lib.sh"
# Provides plan N, ok COND NAME, is WANT SEEN NAME, skip REASON,
# thinned I: true for one case in $thin, counting cases from 1.
thinned() { [ $((($1 - 1) % thin)) -eq 0 ]; }

# run_topset ARGS... (sets $status, $out, $err), field, temps, and a
# private $tmp folder removed at exit when every test passed.

: "${srcdir:=.}"
: "${TOPSET:=src/topset}"
data="$srcdir/tests/data"
# The long tests (the bad-input corpus, the rerun property) run one case
# in $thin when TOPSET_TEST_THIN is set: check-valgrind sets it, since
# valgrind makes each run of topset some twenty times slower; the plain
# and sanitizer passes run every case.
thin=${TOPSET_TEST_THIN:-1}
_n=0
_failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/topset-e2e-XXXXXX") || exit 99
trap '_finish' EXIT

_finish() {
    if [ "$_failed" -eq 0 ]; then
        rm -rf "$tmp"
    else
        echo "# $_failed of $_n failed; outputs kept in $tmp"
        exit 1
    fi
}

plan() { echo "1..$1"; }

skip_all() {
    echo "1..0 # SKIP $*"
    rm -rf "$tmp"
    trap - EXIT
    exit 0
}

# ok STATUS NAME: STATUS is a shell command's exit status (0 = pass).
ok() {
    _n=$((_n + 1))
    if [ "$1" -eq 0 ]; then
        echo "ok $_n - $2"
    else
        echo "not ok $_n - $2"
        _failed=$((_failed + 1))
    fi
}

# is WANTED SEEN NAME
is() {
    _n=$((_n + 1))
    if [ "$1" = "$2" ]; then
        echo "ok $_n - $3"
    else
        echo "not ok $_n - $3"
        printf '%s\n' "# wanted: $1" | sed '2,$s/^/#         /'
        printf '%s\n' "#   seen: $2" | sed '2,$s/^/#         /'
        _failed=$((_failed + 1))
    fi
}

# skip REASON: one test skipped (it counts as passed).
skip() {
    _n=$((_n + 1))
    echo "ok $_n # SKIP $*"
}

# run_topset ARGS...: runs the tool (under $TOPSET_WRAPPER, e.g. valgrind);
# sets $status, and $out / $err to its standard output and error.
run_topset() {
    # shellcheck disable=SC2086
    $TOPSET_WRAPPER "$TOPSET" "$@" >"$tmp/.out" 2>"$tmp/.err"
    status=$?
    out=$(cat "$tmp/.out")
    err=$(cat "$tmp/.err")
}

# field CSV ROW_MATCH COLUMN: the COLUMN-th field (1-based) of the first line
# of CSV containing ROW_MATCH (plain fields only, no quoted commas).
field() {
    grep -F -- "$2" "$1" | head -n 1 | cut -d, -f"$3"
}

# temps DIR...: topset's temporary files in the folders (src/outfile.c
# names them .NAME.tmp-topset-part), one per line; nothing when none.
temps() { ls -a "$@" | grep -e '\.tmp-topset-'; }

# unstamp: standard input without the stamp a batch's log lines start with
# ("2026-11-22T22:00:01Z as-of 2026-11-22: "), for comparing their words.
unstamp() {
    sed 's/^[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z as-of [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]: //'
}
