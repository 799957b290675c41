#!/bin/sh
# The container image builds what configure asks for (issue 17): every
# library -dev package tools/install-deps installs for the build is in the
# Dockerfile's build stage, and the runtime stage has a font for the PDF.
# docker itself is not run here (not on the CI machine); this catches the
# image falling behind a new library, as it did when the PDF came in.
. "$srcdir/tests/e2e/lib.sh"
docker="$srcdir/Dockerfile"
deps="$srcdir/tools/install-deps"
[ -f "$docker" ] || skip_all "no Dockerfile in this tree"
libs=$(grep -o 'lib[a-z0-9.+-]*-dev' "$deps" | grep -v '^libclang' | sort -u)
plan $(($(echo "$libs" | wc -l) + 2))
[ "$(echo "$libs" | wc -l)" -ge 5 ]
ok $? "tools/install-deps names the libraries ($(echo $libs))"
for p in $libs; do
    grep -q -- " $p\( \|\$\)" "$docker"
    ok $? "the Dockerfile's build stage installs $p"
done
grep -q 'fonts-dejavu-core' "$docker"
ok $? "the image has a font for --format pdf"
