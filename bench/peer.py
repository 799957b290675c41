#!/usr/bin/python3
"""The peer: what a coach would otherwise script. Writes N workbooks with
python3-xlsxwriter, shaped like topset's (see floor.c), with no planning.
    peer.py N WEEKS ROWS LIFTS OUTDIR
"""
import datetime
import sys

import xlsxwriter


def main():
    n, weeks, rows, lifts = (int(a) for a in sys.argv[1:5])
    out = sys.argv[5]
    for c in range(n):
        wb = xlsxwriter.Workbook(f"{out}/peer{c:05d}.xlsx")
        wb.set_properties({"title": "plan", "created": datetime.datetime(2023, 11, 14)})
        bold = wb.add_format({"bold": True})
        box = wb.add_format({"border": 1})
        grey = wb.add_format({"bg_color": "#EEEEEE"})
        ov = wb.add_worksheet("Overview")
        ov.set_landscape()
        ov.fit_to_pages(1, 0)
        ov.repeat_rows(0)
        for lift in range(lifts):
            ov.write_string(lift + 1, 0, "Day 1")
            ov.write_string(lift + 1, 1, "Bench Press")
            for w in range(weeks):
                ov.write_formula(lift + 1, 2 + 2 * w, "='Week 1'!E5", None, 100)
                ov.write_formula(lift + 1, 3 + 2 * w, "='Week 1'!F5", None, 5)
        for w in range(weeks):
            ws = wb.add_worksheet(f"Week {w + 1}")
            ws.set_landscape()
            ws.set_paper(9)
            ws.fit_to_pages(1, 0)
            ws.repeat_rows(0)
            ws.set_header("&LClient&CBlock - Week&Rkg")
            ws.set_footer("&CPage &P of &N")
            ws.hide_gridlines(2)
            for col in range(12):
                ws.write_string(0, col, "Header", bold)
            for r in range(1, rows + 1):
                top = r % 4 == 1
                ws.write_string(r, 0, "Day 1")
                ws.write_string(r, 1, "Bench Press", bold if top else grey)
                ws.write_number(r, 2, r % 4 + 1)
                ws.write_string(r, 3, "top" if top else "backoff")
                if top:
                    ws.write_number(r, 4, 100, bold)
                else:
                    ws.write_formula(r, 4, f"=ROUNDUP(ROUND((E{r}*90/100)/2.5-0.5,6),0)*2.5",
                                     grey, 90)
                ws.write_number(r, 5, 8)
                ws.write_number(r, 6, 8)
                for col in (7, 8, 9):
                    ws.write_blank(r, col, None, box)
                ws.write_string(r, 10, "add 2.5: 6/6 reps @8 last time")
                ws.write_string(r, 11, "pause 1s")
        wb.close()


if __name__ == "__main__":
    main()
