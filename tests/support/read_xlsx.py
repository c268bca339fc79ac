#!/usr/bin/env python3
"""Prints the first sheet of an .xlsx workbook as JSON for the tests: each cell's type (text,
number, date, time or empty), its value as text, its number format and whether it is bold, with
the sheet's name, frozen panes and filter. Reads with openpyxl, a reader independent of the
writer under test."""
import datetime
import json
import sys

import openpyxl


def cell_of(cell):
    value = cell.value
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        kind, text = "date", value.date().isoformat()
        if value.time() != datetime.time(0):
            kind, text = "datetime", value.isoformat()
    elif isinstance(value, datetime.time):
        kind, text = "time", value.strftime("%H:%M")
    elif isinstance(value, bool):
        kind, text = "bool", str(value)
    elif isinstance(value, (int, float)):
        kind, text = "number", repr(value)
    else:
        kind, text = "text", value
    return {"type": kind, "value": text, "format": cell.number_format, "bold": bool(cell.font.b)}


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book.worksheets[0]
    rows = [[cell_of(cell) for cell in row] for row in sheet.iter_rows()]
    json.dump({"sheets": book.sheetnames, "title": sheet.title, "freeze": sheet.freeze_panes,
               "filter": sheet.auto_filter.ref, "rows": rows}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
