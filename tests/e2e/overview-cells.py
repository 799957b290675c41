"""Prints the Overview's cells of one column, a line per exercise row.

Usage: overview-cells.py WORKBOOK COLUMN. Each line is
"exercise|cached value|number format" of the formula cell in COLUMN (C:
week 1's planned load, D: its reps) of the Overview (the first sheet), as
the e2e tests compare them. Reads the xlsx with the standard library only.
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
col = sys.argv[2]
sst = [''.join(t.text or '' for t in si.iter(M + 't'))
       for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
styles = ET.fromstring(z.read('xl/styles.xml'))
codes = {n.get('numFmtId'): n.get('formatCode') for n in styles.iter(M + 'numFmt')}
xfs = list(styles.find(M + 'cellXfs'))
for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'row'):
    c = {re.sub(r'\d', '', x.get('r')): x for x in row}
    if 'B' in c and c['B'].get('t') == 's' and col in c and c[col].find(M + 'f') is not None:
        code = codes.get(xfs[int(c[col].get('s', '0'))].get('numFmtId'), 'General')
        print('%s|%s|%s' % (sst[int(c['B'].find(M + 'v').text)], c[col].find(M + 'v').text, code))
