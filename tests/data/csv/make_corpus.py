#!/usr/bin/env python3
"""Writes the CSV reader's test corpus: each case is NAME.csv (exact bytes) and NAME.json
(what the reader must give, written by hand here, not computed). Run from this folder.

NAME.json: {"header": [...], "encoding": "...", "delimiter": "...", "blankLines": n,
            "options": {...}, "events": [{"row": [...]} | {"error": {"kind", "line", "column"}}]}
After an error other than FieldCount the reader gives no more rows.
"""
import json

CASES = []


def case(name, data, events, header=None, encoding=None, delimiter=None, blank=None, options=None):
    CASES.append((name, data, dict(header=header, encoding=encoding, delimiter=delimiter,
                                   blankLines=blank, options=options, events=events)))


def rows(*values):
    return [{"row": list(v)} for v in values]


def error(kind, line, column):
    return {"error": {"kind": kind, "line": line, "column": column}}


# RFC 4180 basics and every line end.
case("crlf", b"a,b,c\r\n1,2,3\r\n4,5,6\r\n", rows(["1", "2", "3"], ["4", "5", "6"]),
     header=["a", "b", "c"], encoding="UTF-8", delimiter=",")
case("lf", b"a,b,c\n1,2,3\n4,5,6\n", rows(["1", "2", "3"], ["4", "5", "6"]), header=["a", "b", "c"])
case("cr", b"a,b,c\r1,2,3\r4,5,6\r", rows(["1", "2", "3"], ["4", "5", "6"]), header=["a", "b", "c"])
case("mixed_line_ends", b"a,b\r\n1,2\n3,4\r5,6", rows(["1", "2"], ["3", "4"], ["5", "6"]))
case("no_final_line_end", b"a,b\r\n1,2\r\n3,4", rows(["1", "2"], ["3", "4"]))
case("quoted_fields", b'name,note\r\n"Smith, John","He said ""hi"""\r\n"""",""\r\n',
     rows(["Smith, John", 'He said "hi"'], ['"', ""]), header=["name", "note"])
case("quoted_line_ends", b'a,b\r\n"one\r\ntwo","x\ny"\r\n"cr\ronly",z\r\nlast,row\r\n',
     rows(["one\r\ntwo", "x\ny"], ["cr\ronly", "z"], ["last", "row"]))
case("empty_fields", b'a,b,c\r\n,,\r\n"",x,\r\n', rows(["", "", ""], ["", "x", ""]))
case("trailing_delimiter", b"a,b,\r\n1,2,\r\n", rows(["1", "2", ""]), header=["a", "b", ""])
case("spaces_kept", b"a,b\r\n  x , y \r\n", rows(["  x ", " y "]))
case("quoted_header", b'"a,b",c\r\n1,2\r\n', rows(["1", "2"]), header=["a,b", "c"])
case("single_column", b'name\r\nAnn\r\n""\r\nBob\r\n', rows(["Ann"], [""], ["Bob"]), header=["name"])
case("empty_file", b"", [], header=[])
case("header_only", b"a,b,c\r\n", [], header=["a", "b", "c"])
case("header_only_no_line_end", b"a,b,c", [], header=["a", "b", "c"])
case("blank_lines", b"\r\na,b\r\n\r\n1,2\r\n\r\n\r\n", rows(["1", "2"]), header=["a", "b"], blank=4)
case("no_header", b"1,2\r\n3,4\r\n", rows(["1", "2"], ["3", "4"]), header=[],
     options={"hasHeader": False})

# Delimiters.
case("semicolon", b'a;b;c\r\n"1;2";3,5;4\r\n', rows(["1;2", "3,5", "4"]), header=["a", "b", "c"],
     delimiter=";")
case("tab", b"a\tb\r\n1\t2\r\n", rows(["1", "2"]), header=["a", "b"], delimiter="\t")
case("chosen_delimiter", b"a;b,c\r\n1;2,3\r\n", rows(["1;2", "3"]), header=["a;b", "c"],
     delimiter=",", options={"delimiter": ","})

# Encodings.
text = "name,town\r\nZoë Brontë,Café ° – ’\r\n"
case("utf8_bom", b"\xef\xbb\xbf" + text.encode("utf-8"), rows(["Zoë Brontë", "Café ° – ’"]),
     header=["name", "town"], encoding="UTF-8")
case("utf8_no_bom", text.encode("utf-8"), rows(["Zoë Brontë", "Café ° – ’"]),
     header=["name", "town"], encoding="UTF-8")
text16 = "name,note\r\nAnn,\U0001F600 ok\r\n"
case("utf16le_bom", b"\xff\xfe" + text16.encode("utf-16-le"), rows(["Ann", "\U0001F600 ok"]),
     header=["name", "note"], encoding="UTF-16 LE")
case("utf16be_bom", b"\xfe\xff" + text16.encode("utf-16-be"), rows(["Ann", "\U0001F600 ok"]),
     header=["name", "note"], encoding="UTF-16 BE")
# GIAS-shaped: Windows-1252, every field quoted, CRLF, bytes 0xE0, 0xB0, 0x92, 0x80, 0x96.
case("windows1252",
     b'"URN","LinkName"\r\n"108299","St Thomas \xe0 Becket"\r\n"109401","North Star 82\xb0"\r\n'
     b'"148118","St. Clement\x92s CE Primary School"\r\n"100000","\x80 5 \x96 fee"\r\n',
     rows(["108299", "St Thomas à Becket"], ["109401", "North Star 82°"],
          ["148118", "St. Clement’s CE Primary School"], ["100000", "€ 5 – fee"]),
     header=["URN", "LinkName"], encoding="Windows-1252")
# UTF-8 and Windows-1252 in one file: read either way, one of the names is garbled, so the
# file is refused where its UTF-8 is (the file's encoding is decided once, before the first row;
# a late Windows-1252 byte makes it Windows-1252, and the earlier UTF-8 "é" then does not fit).
case("mixed_encodings", "name\r\nCafé\r\n".encode("utf-8") + b"Caf\xe9\r\n",
     [error("Encoding", 2, 4)], encoding="Windows-1252")
case("chosen_encoding", b"name\r\nCaf\xc3\xa9\r\n", rows(["CafÃ©"]), encoding="Windows-1252",
     options={"encoding": "Windows1252"})

# Malformed files: the error and exactly where.
case("unterminated_quote", b'a,b\r\n1,"abc\r\n2,3\r\n', [error("UnterminatedQuote", 2, 3)])
case("unterminated_quote_header", b'"a\r\nb', [error("UnterminatedQuote", 1, 1)])
case("too_many_fields", b"a,b\r\n1,2\r\n3,4,5\r\n6,7\r\n",
     rows(["1", "2"]) + [error("FieldCount", 3, 5)] + rows(["6", "7"]))
case("too_few_fields", b"a,b,c\r\n1,2\r\n4,5,6\r\n",
     [error("FieldCount", 2, 4)] + rows(["4", "5", "6"]))
case("too_few_fields_after_quoted_line_end", b'a,b,c\r\n"x\r\ny",2\r\n',
     [error("FieldCount", 3, 5)])
case("quote_in_unquoted_field", b'a,b\r\nab"c,d\r\n', [error("QuoteInUnquotedField", 2, 3)])
case("text_after_quote", b'a,b\r\n"ab"c,d\r\n', [error("TextAfterQuote", 2, 5)])
case("nul_byte", b"a,b\r\n1,\x002\r\n", [error("NulCharacter", 2, 3)])
case("utf16_without_bom", "a,b\r\n".encode("utf-16-le"), [error("NulCharacter", 1, 2)])
case("binary_garbage", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
     rows(["\x1a"]) + [error("NulCharacter", 3, 1)], header=["\u2030PNG"], encoding="Windows-1252")
# Not UTF-8, and 0x81 is one of the five bytes Windows-1252 leaves undefined.
case("no_encoding_fits", b"a,b\r\nx,\x81y\r\n", [error("Encoding", 2, 3)])
case("invalid_utf8_after_bom", b"\xef\xbb\xbfa,b\r\n1,\xc3\x28\r\n", [error("Encoding", 2, 3)])
case("utf8_ends_mid_character", b"\xef\xbb\xbfa\r\ncaf\xc3", [error("Encoding", 2, 4)])
case("utf16_lone_surrogate", b"\xff\xfe" + "a\r\nx".encode("utf-16-le") + b"\x00\xdc",
     [error("Encoding", 2, 2)])

for name, data, expected in CASES:
    with open(name + ".csv", "wb") as f:
        f.write(data)
    expected = {k: v for k, v in expected.items() if v is not None}
    with open(name + ".json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(CASES), "cases")
