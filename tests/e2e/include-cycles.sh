#!/bin/sh
# No modules of src/ include each other in a cycle, directly or round a
# longer loop (tools/include-cycles); and the check does find one.
. "$srcdir/tests/e2e/lib.sh"
check="$srcdir/tools/include-cycles"
plan 4

sh "$check" "$srcdir/src" 2>"$tmp/err"
ok $? "src/ has no include cycle"
sed 's/^/# /' "$tmp/err"

mkdir "$tmp/fine" "$tmp/loop"
printf '#include "x.h"\n#include "y.h"\n' >"$tmp/fine/x.c"
printf '#include "y.h"\n' >"$tmp/fine/x.h"
printf '#include <stdio.h>\n' >"$tmp/fine/y.h"
sh "$check" "$tmp/fine"
ok $? "a module including its own header and another is no cycle"

printf '#include "b.h"\n' >"$tmp/loop/a.h"
printf '#include "b.h"\n#include "c.h"\n' >"$tmp/loop/b.c"
printf '#include "a.h"\n' >"$tmp/loop/c.h"
sh "$check" "$tmp/loop" 2>"$tmp/loop-err"
[ $? -ne 0 ]
ok $? "a -> b -> c -> a is found"
grep -q loop "$tmp/loop-err"
ok $? "and named on stderr"
