#!/usr/bin/env python3
"""Writes two small GIAS-shaped establishment extracts for the import tests, as GIAS publishes
them: every column of establishment-columns.txt, Windows-1252, every field quoted, CRLF.

extract-a.csv is the first import. extract-b.csv is a later extract of the same schools:
columns in another order, NumberOfPupils gone and a new column added; one head changed, one
school closed, one opened, two new schools, one school (106004) no longer listed.
The expected results are written by hand in tests/core/tst_giasestablishmentimporter.cpp.
"""

COLUMNS = [line.strip() for line in open("establishment-columns.txt", encoding="utf-8") if line.strip()]


def school(urn, name, la_code, la_name, phase, status, group, type_name, town, postcode,
           open_date="", close_date="", head=("", "", ""), trust="", pupils="", low="", high=""):
    return {
        "URN": urn, "EstablishmentName": name, "LA (code)": la_code, "LA (name)": la_name,
        "PhaseOfEducation (name)": phase, "EstablishmentStatus (name)": status,
        "EstablishmentTypeGroup (name)": group, "TypeOfEstablishment (name)": type_name,
        "Town": town, "Postcode": postcode, "OpenDate": open_date, "CloseDate": close_date,
        "HeadTitle (name)": head[0], "HeadFirstName": head[1], "HeadLastName": head[2],
        "Trusts (name)": trust, "NumberOfPupils": pupils, "StatutoryLowAge": low,
        "StatutoryHighAge": high, "Street": "1 School Lane", "County (name)": "South Yorkshire",
        "GOR (name)": "Yorkshire and the Humber", "TelephoneNum": "01140000000",
    }


A = [
    school("106000", "St Thomas à Becket Catholic Primary School", "373", "Sheffield", "Primary",
           "Open", "Academies", "Academy converter", "Sheffield", "S1 1AA", "01-09-2012",
           head=("Mrs", "Zoë", "O’Neill"), trust="Hallam Catholic Trust", pupils="210", low="4", high="11"),
    school("106001", "North Star 82° Academy", "372", "Rotherham", "Secondary", "Open",
           "Academies", "Academy sponsor led", "Rotherham", "S60 1AA", "01-04-2015",
           head=("Mr", "Ian", "Brown"), pupils="900", low="11", high="16"),
    school("106002", "Birchwood Infant School", "370", "Barnsley", "Primary", "Open",
           "Local authority maintained schools", "Community school", "Barnsley", "S70 1AA",
           head=("Ms", "Ann", "Lee"), pupils="180", low="4", high="7"),
    school("106003", "Old Mill Junior School", "371", "Doncaster", "Primary", "Open",
           "Local authority maintained schools", "Community school", "Doncaster", "DN1 1AA",
           head=("Mr", "Tom", "Hall"), pupils="240", low="7", high="11"),
    school("106004", "Riverside College", "373", "Sheffield", "16 plus", "Open", "Colleges",
           "Further education", "Sheffield", "S2 2BB"),
    school("100100", "City Primary School", "201", "City of London", "Primary", "Open",
           "Local authority maintained schools", "Voluntary aided school", "London", "EC1A 1AA"),
    school("106005", "Closed Fields School", "373", "Sheffield", "Primary", "Closed",
           "Local authority maintained schools", "Community school", "Sheffield", "S3 3CC",
           "01-09-1990", "31-08-2020"),
    school("106006", "Hope Valley Free School", "373", "Sheffield", "Secondary", "Proposed to open",
           "Free Schools", "Free schools", "Hathersage", "S32 1AA"),
]

B = [dict(s) for s in A if s["URN"] != "106004"]
for s in B:
    if s["URN"] == "106001":
        s["HeadFirstName"], s["HeadLastName"] = "Priya", "Shah"
    if s["URN"] == "106003":
        s["EstablishmentStatus (name)"], s["CloseDate"] = "Closed", "31-08-2024"
    if s["URN"] == "106006":
        s["EstablishmentStatus (name)"], s["OpenDate"] = "Open", "01-09-2024"
    s["NumberOfPupils"] = "999"  # the column is dropped from B, so this is never read
B.append(school("106007", "Ash Grove Primary School", "370", "Barnsley", "Primary", "Open",
                "Academies", "Academy converter", "Barnsley", "S71 2AA", "01-09-2024"))
B.append(school("106008", "Lost Lane School", "371", "Doncaster", "Primary", "Closed",
                "Local authority maintained schools", "Community school", "Doncaster", "DN2 2AA",
                "01-09-1980", "31-08-2010"))

B_COLUMNS = [c for c in reversed(COLUMNS) if c != "NumberOfPupils"] + ["NewColumn2025 (name)"]


def write(name, columns, schools):
    lines = [",".join('"%s"' % c for c in columns)]
    for s in schools:
        lines.append(",".join('"%s"' % s.get(c, "").replace('"', '""') for c in columns))
    with open(name, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


write("extract-a.csv", COLUMNS, A)
write("extract-b.csv", B_COLUMNS, B)
