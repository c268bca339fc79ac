#!/usr/bin/env python3
"""Writes the hostile-input corpus: files an import must refuse, each with what the refusal
says and where, in expected.json. tst_hostileinput imports every file into a file holding a
small Work Group and checks the error, the place it names, and that nothing changed.

Every data row of every file is bad (or, where a file needs a good row first, that row changes
nothing), so the database stays as it was whether rows are skipped or the import is strict;
except the files listed with "notes": odd but storable rows (GIAS is the authority on schools),
which are stored, each with a note saying what is odd about it.
Places are worked out here from how each row is built, not read back from the program:
column = 1 + the characters of the fields before it and their delimiters.

Files too big to keep in the repository (a field longer than the reader allows, a million
columns) are made by the test itself.

Run from this folder: python3 make_corpus.py
"""
import json
import os

GIAS = ["URN", "EstablishmentName", "OpenDate", "CloseDate", "NumberOfPupils"]
LINKS = ["URN", "LinkURN", "LinkName", "LinkType", "LinkEstablishedDate"]
PEOPLE = ["First name", "Last name", "Email", "School URN", "School name", "TRN", "Lead participant"]

expected = []


def column_of(fields, index, delimiter=","):
    """Where field `index` starts in a row of plain (unquoted) fields."""
    return 1 + sum(len(f) + len(delimiter) for f in fields[:index])


def line(fields):
    return ",".join(fields) + "\r\n"


def write(name, text=None, data=None, encoding="utf-8"):
    with open(name, "wb") as out:
        out.write(data if data is not None else text.encode(encoding))


def rejects(name, kind, header, rows, problems, encoding="utf-8", prefix=b""):
    """A file of rows, each refused. `problems`: (row index, field index or None, heading,
    words of the reason); the line is the row's (header is line 1)."""
    text = line(header) + "".join(line(r) for r in rows)
    write(name, data=prefix + text.encode(encoding))
    rejected = []
    for row, field, heading, words in problems:
        rejected.append({
            "line": row + 2,
            "column": 0 if field is None else column_of(rows[row], field),
            "field": heading,
            "contains": words,
        })
    expected.append({"file": name, "kind": kind, "rejected": rejected})


def stores(name, kind, header, rows, added, notes):
    """A file whose rows are odd but stored, each oddity a note. `notes`: (row index, field index
    or None, heading, words)."""
    write(name, data=(line(header) + "".join(line(r) for r in rows)).encode())
    expected.append({"file": name, "kind": kind, "added": added, "notes": [
        {"line": row + 2, "column": 0 if field is None else column_of(rows[row], field),
         "field": heading, "contains": words} for row, field, heading, words in notes]})


def fails(name, kind, line_no, column, words, text=None, data=None, encoding="utf-8"):
    """A file the import refuses as a whole, naming this place."""
    write(name, text=text, data=data, encoding=encoding)
    expected.append({"file": name, "kind": kind,
                     "error": {"line": line_no, "column": column, "contains": words}})


def gias():
    header = line(GIAS)
    # Cut short inside a quoted name: the quote is never closed.
    fails("gias-truncated-in-quote.csv", "gias", 2, 8, "never closed",
          text=header + '100010,"Unfinished Acad')
    # Cut short in the middle of a row: two fields of five.
    row = ["100010", "Short Row"]
    rejects("gias-truncated-mid-row.csv", "gias", GIAS, [row],
            [(0, None, "", "has 2 fields but the header has 5")])
    expected[-1]["rejected"][0]["column"] = len(",".join(row)) + 1
    # UTF-16 without a byte order mark: every other byte is NUL.
    fails("gias-utf16le-no-bom.csv", "gias", 1, 2, "NUL character",
          data=(header + "100010,Wide School,,,\r\n").encode("utf-16-le"))
    # 0x81 means nothing in Windows-1252, and the file is not UTF-8 either.
    fails("gias-undefined-1252-byte.csv", "gias", 2, 11, "0x81",
          data=header.encode() + b"100010,Caf\x81 School,,,\r\n")
    # Declared UTF-8 by its byte order mark, then a broken sequence.
    fails("gias-bad-utf8-after-bom.csv", "gias", 2, 11, "not valid UTF-8",
          data=b"\xef\xbb\xbf" + header.encode() + b"100010,Caf\xc3\x28 School,,,\r\n")
    # UTF-16 with its mark, one byte short at the end.
    fails("gias-utf16-odd-length.csv", "gias", 3, 1, "not valid UTF-16 LE",
          data=b"\xff\xfe" + (header + "100010,Odd School,,,\r\n").encode("utf-16-le") + b"A")
    fails("gias-nul-in-field.csv", "gias", 2, 11, "NUL character",
          data=header.encode() + b"100010,Nul\x00School,,,\r\n")
    # Not text at all: the start of a PNG image.
    fails("gias-binary.csv", "gias", 1, 0, "not a GIAS establishment extract",
          data=b"\x89PNG\r\n\x1a\n" + bytes(range(1, 9)) + b"IHDR\r\n")
    # Huge fields of the right kind of characters, refused without quoting them whole.
    rejects("gias-huge-urn.csv", "gias", GIAS, [["1" * 100000, "Long URN", "", "", ""]],
            [(0, 0, "URN", "is not a URN")])
    rejects("gias-huge-date.csv", "gias", GIAS, [["100010", "Long Date", "9" * 200000, "", ""]],
            [(0, 2, "OpenDate", "is not a date")])
    rejects("gias-field-count.csv", "gias", GIAS,
            [["100010", "Too Few", "01-09-2000", ""],
             ["100011", "Too Many", "01-09-2000", "", "100", "extra"]],
            [(0, None, "", "has 4 fields but the header has 5"),
             (1, 5, "", "has 6 fields but the header has 5")])
    expected[-1]["rejected"][0]["column"] = len("100010,Too Few,01-09-2000,") + 1
    # The first row is the school held, unchanged; the second repeats its URN.
    rejects("gias-duplicate-urn.csv", "gias", GIAS,
            [["100001", "Alder Primary School", "", "", ""],
             ["100001", "Alder Primary School (again)", "", "", ""]],
            [(1, 0, "URN", "appears twice; it was first on line 2")])
    dates = ["31-02-2024", "29-02-2023", "00-01-2020", "32/01/2020", "2024-13-01", "31/02/2024",
             "1-1-24", "tomorrow"]
    rejects("gias-impossible-dates.csv", "gias", GIAS,
            [[str(100020 + i), "Bad Date School", d, "", ""] for i, d in enumerate(dates)],
            [(i, 2, "OpenDate", "is not a date") for i in range(len(dates))])
    # GIAS has such rows: the school is stored as GIAS gives it, with a note.
    stores("gias-closes-before-opens.csv", "gias", GIAS,
           [["100010", "Backwards School", "01-09-2010", "31-08-2009", ""]], 1,
           [(0, 3, "CloseDate", "closes (2009-08-31) before it opens (2010-09-01)")])
    numbers = ["-5", "12.5", "99999999999999999999", "1e3", "\u0663", "twelve"]
    rejects("gias-bad-numbers.csv", "gias", GIAS,
            [[str(100030 + i), "Counting School", "", "", n] for i, n in enumerate(numbers)],
            [(i, 4, "NumberOfPupils", "is not a whole number") for i in range(len(numbers))])
    urns = ["12345", "1234567", "ABCDEF", "\uff10\uff11\uff12\uff13\uff14\uff15",
            "\u0661\u0660\u0660\u0660\u0661\u0660", "099999", "100 010", "0x1869F"]
    rejects("gias-bad-urns.csv", "gias", GIAS,
            [[u, "Numbered School", "", "", ""] for u in urns],
            [(i, 0, "URN", "is not a URN") for i in range(len(urns))])
    rejects("gias-missing-urn.csv", "gias", GIAS, [["", "Nameless URN", "", "", ""]],
            [(0, 0, "URN", "the URN is missing")])
    rejects("gias-missing-name.csv", "gias", GIAS,
            [["100010", "", "", "", ""], ["100011", "   ", "", "", ""]],
            [(0, 1, "EstablishmentName", "name is missing"),
             (1, 1, "EstablishmentName", "name is missing")])
    # SQL in every kind of field: refused as values, never run.
    rejects("gias-sql-injection.csv", "gias", GIAS,
            [["1'); DROP TABLE schools;--", "Robert'); DROP TABLE schools;--", "", "", ""],
             ["100012", "Bobby Tables School", "'; DELETE FROM schools; --", "", ""],
             ["100013", "Little Bobby School", "", "", "1; DROP TABLE people"]],
            [(0, 0, "URN", "is not a URN"), (1, 2, "OpenDate", "is not a date"),
             (2, 4, "NumberOfPupils", "is not a whole number")])
    rejects("gias-percent-and-quotes.csv", "gias", GIAS,
            [["%", "100% School", "", "", ""], ["_____", "Under_score", "", "", ""],
             ["%%%%%%", "Percent %d %s %n School", "", "", ""],
             ["\\%", "Back\\slash", "", "", ""]],
            [(i, 0, "URN", "is not a URN") for i in range(4)])
    fails("gias-missing-columns.csv", "gias", 1, 0, "the columns URN, EstablishmentName are missing",
          text="Urn Number,School Name\r\n100010,Renamed Columns School\r\n")
    fails("gias-links-file-given.csv", "gias", 1, 0, "the columns EstablishmentName are missing",
          text=line(LINKS) + "100001,100002,Birch Primary School,Successor,01-09-2020\r\n")
    fails("gias-empty.csv", "gias", 0, 0, "the file is empty", data=b"")
    fails("gias-blank-lines-only.csv", "gias", 0, 0, "the file is empty", text="\r\n\r\n\n\r\n")
    fails("gias-bom-only.csv", "gias", 0, 0, "the file is empty", data=b"\xef\xbb\xbf")
    fails("gias-quote-in-unquoted.csv", "gias", 2, 15, "a quote inside a field",
          text=header + '100010,St Mary"s School,,,\r\n')
    fails("gias-text-after-quote.csv", "gias", 2, 19, "text after the closing quote",
          text=header + '100010,"St Mary\'s" School,,,\r\n')
    # UTF-8 on one line, Windows-1252 on the next: either reading of the file garbles a name.
    fails("gias-mixed-encodings.csv", "gias", 2, 11, "mixes UTF-8 and Windows-1252",
          data=header.encode() + "100010,Café One,,,\r\n".encode("utf-8")
          + "100011,Café Two,,,\r\n".encode("cp1252"))
    # Two columns of the same name: which one to read cannot be told.
    fails("gias-duplicate-heading.csv", "gias", 1, 42, "appears twice",
          text="URN,EstablishmentName,OpenDate,CloseDate,EstablishmentName\r\n"
               "100010,First Name,,,Second Name\r\n")
    # Escape sequences and other control characters: never stored, never echoed raw.
    rejects("gias-control-characters.csv", "gias", GIAS,
            [["100010", "Red \x1b[31mSchool", "", "", ""],
             ["100011", "Bell\x07 School", "", "", ""],
             ["100012", "Delete\x7f School", "", "", ""],
             ["100013", "C1\u009b School", "", "", ""]],
            [(0, 1, "EstablishmentName", "\\x1B"), (1, 1, "EstablishmentName", "\\x07"),
             (2, 1, "EstablishmentName", "\\x7F"), (3, 1, "EstablishmentName", "\\x9B")])
    rejects("gias-escape-in-urn.csv", "gias", GIAS,
            [["\x1b]0;owned\x07100010", "Title School", "", "", ""]],
            [(0, 0, "URN", "\\x1B]0;owned\\x07100010")])


def links():
    rejects("links-self-link.csv", "links", LINKS,
            [["100001", "100001", "Alder Primary School", "Successor", "01-09-2020"]],
            [(0, 1, "LinkURN", "cannot be linked to itself")])
    rejects("links-bad-urns.csv", "links", LINKS,
            [["10001", "100002", "Birch", "Successor", ""],
             ["100001", "ABCDEF", "Birch", "Successor", ""],
             ["100001", "100002'); DROP TABLE school_links;--", "Birch", "Successor", ""]],
            [(0, 0, "URN", "is not a URN"), (1, 1, "LinkURN", "is not a URN"),
             (2, 1, "LinkURN", "is not a URN")])
    rejects("links-missing-type.csv", "links", LINKS,
            [["100001", "100002", "Birch", "", "01-09-2020"],
             ["100001", "100002", "Birch", "   ", "01-09-2020"]],
            [(0, 3, "LinkType", "type is missing"), (1, 3, "LinkType", "type is missing")])
    rejects("links-bad-dates.csv", "links", LINKS,
            [["100001", "100002", "Birch", "Successor - merged", "31/02/2024"],
             ["100001", "100002", "Birch", "Predecessor", "29-02-2023"]],
            [(0, 4, "LinkEstablishedDate", "is not a date"),
             (1, 4, "LinkEstablishedDate", "is not a date")])
    # The first row is the link held, unchanged; the second repeats it.
    rejects("links-duplicate.csv", "links", LINKS,
            [["100001", "100002", "Birch Primary School", "Successor", "01-09-2020"],
             ["100001", "100002", "Birch Primary School", "Successor", "01-09-2020"]],
            [(1, None, "", "the same link appears twice; it was first on line 2")])
    fails("links-truncated.csv", "links", 2, 15, "never closed",
          text=line(LINKS) + '100001,100002,"Birch')
    fails("links-missing-columns.csv", "links", 1, 0, "the columns LinkURN, LinkType are missing",
          text="URN,LinkName\r\n100001,Birch\r\n")
    fails("links-undefined-1252-byte.csv", "links", 2, 21, "0x8D",
          data=line(LINKS).encode() + b"100001,100002,Birch \x8d,Successor,\r\n")
    rejects("links-field-count.csv", "links", LINKS,
            [["100001", "100002", "Birch"],
             ["100001", "100002", "Birch", "Successor", "", "", "surplus"]],
            [(0, None, "", "has 3 fields but the header has 5"),
             (1, 5, "", "has 7 fields but the header has 5")])
    expected[-1]["rejected"][0]["column"] = len("100001,100002,Birch") + 1
    fails("links-nul.csv", "links", 2, 8, "NUL character",
          data=line(LINKS).encode() + b"100001,\x00100002,Birch,Successor,\r\n")
    fails("links-duplicate-heading.csv", "links", 1, 22, "appears twice",
          text="URN,LinkURN,LinkType,LinkURN\r\n100001,100002,Successor,100003\r\n")
    # The file held says Birch (100002) succeeded Alder (100001); this one says Birch came
    # before Alder: each is then the other's predecessor. Stored as GIAS gives it, with a note.
    stores("links-predecessor-cycle.csv", "links", LINKS,
           [["100001", "100002", "Birch Primary School", "Predecessor", "01-09-2021"]], 1,
           [(0, None, "", "100001 and 100002 are each the other's predecessor")])
    rejects("links-control-characters.csv", "links", LINKS,
            [["100001", "100002", "Birch\x1b[8m", "Successor", ""]],
            [(0, 2, "LinkName", "\\x1B")])


def people():
    def person(first="Carl", last="Cedar", email="carl.cedar@example.org", urn="100001",
               school="", trn="", lead=""):
        return [first, last, email, urn, school, trn, lead]

    rejects("participants-bad-email.csv", "participants", PEOPLE,
            [person(email="not-an-email"), person(first="Cora", email="cora@@example.org"),
             person(first="Cy", email="cy@example")],
            [(i, 2, "Email", "is not an email address") for i in range(3)])
    rejects("participants-bad-trn.csv", "participants", PEOPLE,
            [person(trn="12345"), person(first="Cora", email="cora@example.org", trn="ABCDEFG")],
            [(0, 5, "TRN", "seven digits"), (1, 5, "TRN", "seven digits")])
    rejects("participants-unknown-urn.csv", "participants", PEOPLE,
            [person(urn="999999"), person(first="Cora", email="cora@example.org", urn="12")],
            [(0, 3, "School URN", "no school with URN 999999"),
             (1, 3, "School URN", "is not a URN")])
    rejects("participants-no-name.csv", "participants", PEOPLE,
            [person(first="", last="")], [(0, 1, "Last name", "name")])
    rejects("participants-lead-not-yes-or-no.csv", "participants", PEOPLE,
            [person(lead="maybe"), person(first="Cora", email="cora@example.org", lead="2")],
            [(0, 6, "Lead participant", "is not Y or N"),
             (1, 6, "Lead participant", "is not Y or N")])
    rejects("participants-sql-injection.csv", "participants", PEOPLE,
            [person(first="Robert'); DROP TABLE schools;--", last="Tables", email="", urn="",
                    school="Nowhere'; DELETE FROM people; --")],
            [(0, 4, "School name", "no school called")])
    rejects("participants-percent-school.csv", "participants", PEOPLE,
            [person(urn="", school="100% _Primary_ School"),
             person(first="Cora", email="cora@example.org", urn="", school="%"),
             person(first="Cy", email="cy@example.org", urn="", school="_"),
             person(first="Cal", email="cal@example.org", urn="", school="%1 %2 School")],
            [(i, 4, "School name", "no school called") for i in range(4)])
    fails("participants-missing-columns.csv", "participants", 1, 0, "no column gives the participants' names",
          text="Email,Phone\r\ncarl.cedar@example.org,01234 567890\r\n")
    # The first row is Ann Ash as held, unchanged; the second is her again.
    rejects("participants-same-person-twice.csv", "participants", PEOPLE,
            [person(first="Ann", last="Ash", email="ann.ash@example.org"),
             person(first="Ann", last="Ash", email="ann.ash@example.org")],
            [(1, 2, "Email", "the same person is already on line 2")])
    fails("participants-truncated.csv", "participants", 2, 6, "never closed",
          text=line(PEOPLE) + 'Carl,"Ced')
    fails("participants-nul.csv", "participants", 2, 3, "NUL character",
          data=line(PEOPLE).encode() + b"Ca\x00rl,Cedar,,100001,,,\r\n")
    rejects("participants-control-characters.csv", "participants", PEOPLE,
            [person(first="Carl\x1b[2J"), person(first="Cora", last="Ce\x08\x08\x08dar",
                                                 email="cora@example.org")],
            [(0, 0, "First name", "\\x1B"), (1, 1, "Last name", "\\x08")])
    fails("participants-duplicate-heading.csv", "participants", 1, 28, "appears twice",
          text="First name,Last name,Email,Email,School URN\r\n"
               "Carl,Cedar,carl@example.org,carl.cedar@example.org,100001\r\n")
    # A lone low surrogate in UTF-16.
    fails("participants-broken-utf16.csv", "participants", 2, 3, "not valid UTF-16",
          data=b"\xff\xfe" + (line(PEOPLE) + "Ca").encode("utf-16-le") + b"\x00\xdc"
          + "rl,Cedar,,100001,,,\r\n".encode("utf-16-le"))


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    gias()
    links()
    people()
    with open("expected.json", "w", encoding="utf-8") as out:
        json.dump(expected, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(f"{len(expected)} files")
