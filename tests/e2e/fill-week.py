#!/usr/bin/env python3
"""Fill in week 1 of a topset plan as a lifter would, twice over the same
actuals: the workbook's "Done" boxes (with openpyxl, as a spreadsheet saves
them) and the plan CSV's actual_* columns.

    fill-week.py PLAN.xlsx PLAN.csv OUT.xlsx OUT.csv

The actuals, from the planned set: warm-ups are left empty (not sessions);
a top set is done as planned at RPE 8.5; every third set of an exercise
misses a rep; the rest are done as planned. Reps of back-off sets are
typed as text ("8"), as a spreadsheet keeps a number typed with a
leading apostrophe, and one load as "92.50"."""
import csv
import sys

import openpyxl

src_xlsx, src_csv, out_xlsx, out_csv = sys.argv[1:]

with open(src_csv, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
    fields = list(rows[0].keys())


def actual(row):
    """(load, reps, rpe) for a planned row of week 1, or None: not done."""
    if row["set_type"] == "warmup":
        return None
    reps = int(row["reps"])
    if int(row["set"]) % 3 == 0:
        reps -= 1
    rpe = "8.5" if row["set_type"] == "top" else ""
    return row["weight"], reps, rpe


week1 = [r for r in rows if r["week"] == "1"]
for r in week1:
    a = actual(r)
    if a is not None:
        r["actual_weight"], r["actual_reps"], r["actual_rpe"] = a[0], str(a[1]), a[2]
with open(out_csv, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)

wb = openpyxl.load_workbook(src_xlsx)
ws = wb["Week 1"]
head = {c.value: c.column for c in ws[2] if c.value}
col = {k: head[k] for k in ("Exercise", "Set", "Type", "Done load", "Done reps", "Done RPE")}
sets = [r for r in ws.iter_rows(min_row=3) if r[col["Exercise"] - 1].value]
if len(sets) != len(week1):
    sys.exit("week 1: %d set rows in the workbook, %d in the CSV" % (len(sets), len(week1)))
text_load_done = False
for cells, r in zip(sets, week1):
    name = cells[col["Exercise"] - 1].value
    number = cells[col["Set"] - 1].value
    if name != r["exercise"].lstrip("'") or str(number) != r["set"]:
        sys.exit("row %d: %s set %s in the workbook, %s set %s in the CSV"
                 % (cells[0].row, name, number, r["exercise"], r["set"]))
    a = actual(r)
    if a is None:
        continue
    load, reps, rpe = a
    row = cells[0].row
    if r["set_type"] == "backoff" and not text_load_done:
        ws.cell(row, col["Done load"], load + ("0" if "." in load else ".0"))
        text_load_done = True
    else:
        ws.cell(row, col["Done load"], float(load))
    ws.cell(row, col["Done reps"], str(reps) if r["set_type"] == "backoff" else reps)
    if rpe:
        ws.cell(row, col["Done RPE"], float(rpe))
wb.save(out_xlsx)
