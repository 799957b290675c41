#!/usr/bin/python3
"""The peer: what a coach would otherwise script. Writes N workbooks with
python3-xlsxwriter, shaped like topset's and cell for cell like bench/floor.c
(an Overview and one sheet per week), with no planning logic.
    peer.py N OUTDIR LINE SCATTER CELLS...
CELLS are the cell counts of each sheet, the Overview first; LINE and SCATTER
the series of the Overview's line and scatter charts (0: none). bench/run
reads them off a workbook topset wrote.
"""
import datetime
import sys

import xlsxwriter

WEEK_COLS = 12
HEADS = ["Day", "Exercise", "Set", "Type", "Load", "Reps", "RPE", "Done load",
         "Done reps", "Done RPE", "Why", "Notes"]


def week_sheet(ws, cells, f):
    left = cells
    if left > 0:
        ws.write_string(0, 0, "Week 1 (2026-11-23 to 2026-11-29)", f["title"])
        left -= 1
    for c in range(WEEK_COLS):
        if left <= 0:
            break
        ws.write_string(1, c, HEADS[c], f["head"])
        left -= 1
    r = 2
    while left > 0:
        top = r % 4 == 2
        fm = f["top"] if top else f["back"]
        for c in range(WEEK_COLS):
            if left <= 0:
                break
            left -= 1
            if c == 1:
                ws.write_string(r, c, "Bench Press", fm)
            elif c == 2:
                ws.write_number(r, c, r % 4 + 1, fm)
            elif c == 3:
                ws.write_string(r, c, "top" if top else "backoff", fm)
            elif c == 4:
                if top:
                    ws.write_number(r, c, 100, fm)
                else:
                    ws.write_formula(r, c, "=ROUNDUP(ROUND((E%d*90/100)/2.5-0.5,6),0)*2.5"
                                     % (r - (r + 2) % 4), fm, 90)
            elif c == 5:
                ws.write_number(r, c, 8, fm)
            elif c in (7, 8, 9):
                ws.write_blank(r, c, None, f["box"])
            elif c == 10:
                ws.write_string(r, c, "add 2.5: 6/6 reps @8 last time", fm)
            else:
                ws.write_blank(r, c, None, fm)
        r += 1


def overview_sheet(ws, cells, weeks, f):
    width = 2 + 2 * weeks
    left = cells
    if left > 0:
        ws.write_string(0, 0, "Overview", f["title"])
        left -= 1
    for r in range(1, 4):
        if left <= 0:
            break
        ws.write_string(r, 0, "Client", f["head"])
        left -= 1
        if left > 0:
            ws.write_string(r, 1, "c00001")
            left -= 1
    r = 5
    while left > 0:
        for c in range(width):
            if left <= 0:
                break
            left -= 1
            if c < 2:
                ws.write_string(r, c, "Bench Press" if c else "Day 1", f["back"])
            else:
                ref = "='Week %d'!%s%d" % ((c - 2) // 2 + 1, "F" if c % 2 else "E", r * 4)
                ws.write_formula(r, c, ref, f["back"], 5 if c % 2 else 100)
        r += 1


def chart(wb, ov, kind, series, weeks, at):
    if series <= 0:
        return
    ch = wb.add_chart({"type": kind})
    ch.set_title({"name": "Top sets" if kind == "line" else "Estimated 1RM"})
    ch.set_y_axis({"name": "kg"})
    ch.set_legend({"position": "bottom"})
    for s in range(series):
        row = 6 + s
        ch.add_series({
            "categories": ["Overview", 5, 2, 5, 1 + 2 * weeks],
            "values": ["Overview", row, 2, row, 1 + 2 * weeks],
            "name": ["Overview", row, 1],
            "marker": {"type": "circle"},
        })
    ov.insert_chart(at, 0, ch, {"x_scale": 1.5, "y_scale": 1.2})


def print_setup(ws):
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(1)
    ws.set_header("&Lc00001&Ctemplate - Week 1&Rkg")
    ws.set_footer("&CPage &P of &N")
    ws.hide_gridlines(2)


def main():
    if len(sys.argv) < 6:
        sys.exit("usage: peer.py N OUTDIR LINE SCATTER CELLS...")
    n = int(sys.argv[1])
    out = sys.argv[2]
    line, scatter = int(sys.argv[3]), int(sys.argv[4])
    cells = [int(a) for a in sys.argv[5:]]
    for i in range(n):
        wb = xlsxwriter.Workbook(f"{out}/peer{i:05d}.xlsx")
        wb.set_properties({"title": "plan", "created": datetime.datetime(2023, 11, 14)})
        f = {
            "title": wb.add_format({"bold": True, "font_size": 14}),
            "head": wb.add_format({"bold": True, "bottom": 1}),
            "top": wb.add_format({"bold": True}),
            "back": wb.add_format({"bg_color": "#EEEEEE"}),
            "box": wb.add_format({"border": 1}),
        }
        ov = wb.add_worksheet("Overview")
        print_setup(ov)
        for s in range(1, len(cells)):
            ws = wb.add_worksheet(f"Week {s}")
            print_setup(ws)
            week_sheet(ws, cells[s], f)
        overview_sheet(ov, cells[0], len(cells) - 1, f)
        chart(wb, ov, "line", line, len(cells) - 1, 40)
        chart(wb, ov, "scatter", scatter, len(cells) - 1, 70)
        wb.close()


if __name__ == "__main__":
    main()
