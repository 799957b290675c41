#!/bin/sh
# Both man pages format without a single warning (issue 18): `man -l` on a
# page that groff warns about shows "cannot adjust line" and the like.
# mandoc -Tlint too, when it is installed.
. "$srcdir/tests/e2e/lib.sh"
command -v groff >/dev/null 2>&1 || skip_all "groff is needed to check the man pages"
plan 4
for page in doc/topset.1 doc/topset-formats.5; do
    warnings=$(groff -man -ww -z "$srcdir/$page" 2>&1)
    is "0|" "$?|$warnings" "groff -man -ww -z $page: no warning"
    if command -v mandoc >/dev/null 2>&1; then
        warnings=$(mandoc -Tlint -W warning "$srcdir/$page" 2>&1)
        is "0|" "$?|$warnings" "mandoc -Tlint $page: no warning"
    else
        skip "mandoc is not installed"
    fi
done
