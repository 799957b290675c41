#!/bin/sh
# The README and the man pages stand alone (issue 18): every file of the
# project they name is in the source tree, so in the release tarball too
# (make distcheck runs this in the unpacked tarball). A test plants a
# missing name first, so a pattern that matches nothing cannot pass.
. "$srcdir/tests/e2e/lib.sh"

# Path-like names: a folder of the tree and a file in it, or a top-level
# *.md or Dockerfile. Trailing sentence punctuation is not part of a name.
named_files() {
    grep -oE '(^|[^A-Za-z0-9_./-])((templates|samples|doc|tools|tests|bench|fuzz|src|\.ci)/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*|[A-Z][A-Z]+\.md|Dockerfile)' "$1" |
        sed -e 's/^[^A-Za-z.]//' -e 's/[.]*$//' | sort -u
}

# Built by make, not shipped: named by the README as what to run.
built() {
    case $1 in src/topset) return 0 ;; esac
    return 1
}

docs="README.md doc/topset.1 doc/topset-formats.5"
plan 5

printf 'see templates/no-such-program.csv.\n' >"$tmp/probe.md"
is "templates/no-such-program.csv" "$(named_files "$tmp/probe.md")" \
    "a planted name is found, its full stop dropped"

for doc in $docs; do
    missing=
    for f in $(named_files "$srcdir/$doc"); do
        built "$f" || [ -e "$srcdir/$f" ] || missing="$missing $f"
    done
    is "" "$missing" "$doc names only files that are in the tree"
done

count=$(named_files "$srcdir/README.md" | wc -l)
[ "$count" -ge 5 ]
ok $? \
    "the README names files ($count), so the check above looked at some"
