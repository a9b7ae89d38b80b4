#!/usr/bin/env python3
"""Writes hostile-corpus.ndjson: malformed and hostile inputs for the ingest doors, one case per line.

Each case: id, door (events | portal), contentType (null: no header), apiKey (absent: the client's; "none"; "wrong"),
the body as text (body), as base64 when it is not valid UTF-8 (bodyBase64), or as prefix + repeat * times + suffix
(for the oversized ones), and what must come of it:
  expect "problem":  an RFC 7807 problem with this status whose title, detail or errors contain reason;
  expect "summary":  a bulk summary with exactly accepted and rejected items, every rejection giving reason;
  expect "accepted": accepted as one event (202) and applied; code, when given, reads back literally.
Accepted cases only use units other than LD-ANNGAI, which HostileCorpusTests keeps for its good events.

Run from anywhere: python3 tests/OpsHub.Silo.Tests/Hostile/make-corpus.py  (stdlib only; the output is deterministic).
"""
import base64
import json
import os

AT = "2026-11-20T15:00:00+07:00"
UNIT = "LD-ANNHUT"          # where accepted hostile dossiers go
SHOP = "LD-PVHCC"           # the one-stop shop with counters Q01..
cases = []


def add(case_id, door, content_type, body, expect, **more):
    case = {"id": case_id, "door": door, "contentType": content_type}
    if isinstance(body, bytes):
        try:
            case["body"] = body.decode("utf-8")
        except UnicodeDecodeError:
            case["bodyBase64"] = base64.b64encode(body).decode("ascii")
    elif body is not None:
        case["body"] = body
    case["expect"] = expect
    case.update(more)
    assert case_id not in {c["id"] for c in cases}, case_id
    cases.append(case)


def problem(case_id, body, status, reason, content_type="application/json", door="events", **more):
    add(case_id, door, content_type, body, "problem", status=status, reason=reason, **more)


def summary(case_id, body, content_type, accepted, rejected, reason=None, door="events", **more):
    extra = {"accepted": accepted, "rejected": rejected}
    if reason is not None:
        extra["reason"] = reason
    add(case_id, door, content_type, body, "summary", **extra, **more)


def accepted(case_id, body, code=None, content_type="application/json"):
    extra = {"code": code} if code else {}
    add(case_id, "events", content_type, body, "accepted", **extra)


def j(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def received(code="HX-OK-0001", **over):
    e = {"type": "dossier.received", "dossierCode": code, "procedureCode": "HT-KHAISINH", "unitCode": UNIT,
         "occurredAt": AT, "processingWorkingDays": 2}
    e.update(over)
    return {k: v for k, v in e.items() if v is not DROP}


def cloud(data_, type_="vn.opshub.dossier.received", **over):
    e = {"specversion": "1.0", "id": "hx-ce-1", "source": "urn:hostile", "type": type_, "time": AT, "data": data_}
    e.update(over)
    return {k: v for k, v in e.items() if v is not DROP}


DROP = object()
NDJSON = "application/x-ndjson"
CE = "application/cloudevents+json"
BATCH = "application/cloudevents-batch+json"
CSV = "text/csv"
PORTAL_HEADER = "MaHoSo,MaTTHC,MaDonVi,KenhThucHien,NgayTiepNhan,NgayHenTra,TrangThaiHoSo"


def portal(**over):
    r = {"MaHoSo": "HX-PT-0001", "MaTTHC": "HT-KHAISINH", "MaDonVi": UNIT, "KenhThucHien": 2,
         "NgayTiepNhan": "20261120150000", "NgayHenTra": "20261124150000", "TrangThaiHoSo": 2}
    r.update(over)
    return {k: v for k, v in r.items() if v is not DROP}


def csv_row(**over):
    r = portal(**over)
    return ",".join(str(r.get(h, "")) for h in PORTAL_HEADER.split(","))


# ---------------------------------------------------------------- broken JSON, every JSON door
broken = {
    "empty": "", "space": "   ", "open-brace": "{", "close-brace": "}", "open-bracket": "[", "unclosed-string": '{"type":"dossier.received',
    "trailing-comma": '{"type":"dossier.received",}', "single-quotes": "{'type':'dossier.received'}",
    "unquoted-keys": '{type:"dossier.received"}', "comment": '// hi\n{"type":"dossier.received"}',
    "nan": '{"processingWorkingDays":NaN}', "infinity": '{"processingWorkingDays":Infinity}', "two-roots": "{}{}",
    "bare-word": "dossier.received", "xml": '<?xml version="1.0"?><event/>', "html": "<script>alert(1)</script>",
    "raw-control": '{"dossierCode":"A\x01B"}', "raw-newline-in-string": '{"dossierCode":"A\nB"}',
    "bad-escape": '{"dossierCode":"\\x41"}', "short-unicode-escape": '{"dossierCode":"\\u12"}',
    "leading-zero": '{"channel":01}', "plus-number": '{"channel":+1}', "hex-number": '{"channel":0x1}',
    "deep-nesting": "[" * 100 + "]" * 100, "unbalanced": '{"a":[}', "truncated-utf8-in-key": None,
}
for name, body in broken.items():
    if body is None:
        continue
    problem(f"json-{name}", body, 400, "not valid JSON")
    if name in ("empty", "open-brace", "trailing-comma", "single-quotes", "comment", "nan", "two-roots", "deep-nesting"):
        problem(f"ce-{name}", body, 400, "not valid JSON", content_type=CE)
        problem(f"batch-{name}", body, 400, "not valid JSON", content_type=BATCH)
        problem(f"portal-json-{name}", body, 400, "not valid JSON", door="portal")

# ---------------------------------------------------------------- not an object
for name, body in {"array": "[1,2]", "string": '"dossier.received"', "number": "42", "null": "null", "true": "true"}.items():
    problem(f"json-root-{name}", body, 400, "must be a JSON object")
    problem(f"ce-root-{name}", body, 400, "must be a JSON object", content_type=CE)
problem("batch-root-object", j(cloud({"dossierCode": "HX-1"})), 400, "JSON array", content_type=BATCH)
summary("batch-of-scalars", "[1,\"x\",null,true,[]]", BATCH, 0, 5, "must be a JSON object")
summary("portal-json-scalars", "[1,\"x\",null,true]", "application/json", 0, 4, "must be a JSON object", door="portal")
summary("portal-json-string-root", '"MaHoSo"', "application/json", 0, 1, "must be a JSON object", door="portal")

# ---------------------------------------------------------------- wrong types in OpsHub JSON
wrong = {
    "dossierCode": [(12345, "must be a string"), ({"a": 1}, "must be a string"), (["HX"], "must be a string"),
                    (True, "must be a string"), (None, "required"), ("", "must not be empty"), ("   ", "must not be empty")],
    "unitCode": [(7, "must be a string"), (None, "required"), ([], "must be a string")],
    "procedureCode": [(False, "must be a string"), (1.5, "must be a string")],
    "occurredAt": [(1732089600, "must be a string"), ({"date": AT}, "must be a string"), (None, "required")],
    "processingWorkingDays": [("2", "number of working days"), (True, "number of working days"), ([2], "number of working days"),
                              (0, "more than 0"), (-1, "more than 0"), (366, "at most 365"), (1e308, "at most 365"),
                              (1e-300, "more than 0")],
    "channel": [(0, "from 1 to 3"), (4, "from 1 to 3"), ("1", "whole number"), (1.5, "whole number"), (-2147483649, "whole number"),
                (99999999999, "whole number")],
    "type": [(1, "must be a string"), (None, "required"), ({"name": "dossier.received"}, "must be a string")],
}
for field, values in wrong.items():
    for i, (value, reason) in enumerate(values):
        problem(f"type-{field}-{i}", j(received(**{field: value})), 400, reason)
problem("type-missing-everything", "{}", 400, "required")
problem("type-only-type", '{"type":"dossier.received"}', 400, "required")
problem("type-status-string", j({"type": "dossier.status-changed", "dossierCode": "HX-1", "occurredAt": AT, "status": "3"}), 400, "whole number")
problem("type-sequence-object", j({**received(), "sequence": {"n": 1}}), 400, "sequence")

# ---------------------------------------------------------------- unknown event types and statuses
for i, t in enumerate(["dossier.teleported", "DOSSIER.RECEIVED", "dossier.received ", "dossier", "vn.opshub.dossier.received",
                       "dossier.received\u200b", "dossier.recеived", "'; DROP TABLE opshub_ingest_journal; --",
                       "<script>alert(1)</script>", "a" * 65]):
    reason = "at most 64" if len(t) > 64 else "unknown event type"
    if t == "dossier.received ":
        continue  # trimmed: it is dossier.received
    problem(f"unknown-type-{i}", j(received(type=t)), 400, reason)
for i, status in enumerate([0, 11, -1, 3.5, 1e3, 2147483648]):
    problem(f"unknown-status-{i}", j({"type": "dossier.status-changed", "dossierCode": "HX-1", "occurredAt": AT, "status": status}),
            400, "status")
problem("unknown-rating", j({"type": "dossier.rated", "dossierCode": "HX-1", "occurredAt": AT, "rating": "ecstatic"}), 400, "not a rating")
problem("unknown-rating-script", j({"type": "dossier.rated", "dossierCode": "HX-1", "occurredAt": AT, "rating": "<b>5</b>"}), 400, "not a rating")
for i, t in enumerate(["vn.opshub.dossier.teleported", "dossier.received", "com.example.dossier.received", "VN.OPSHUB.DOSSIER.RECEIVED"]):
    problem(f"ce-unknown-type-{i}", j(cloud({"dossierCode": "HX-CE-1", "procedureCode": "HT-KHAISINH", "unitCode": UNIT}, type_=t)),
            400, "unknown event type", content_type=CE)
for i, status in enumerate(["0", "11", "99", "abc", "-1", "3.0"]):
    summary(f"portal-status-{i}", j(portal(TrangThaiHoSo=status)), "application/json", 0, 1, "TrangThaiHoSo", door="portal")

# ---------------------------------------------------------------- dates out of range or ambiguous
bad_instants = {
    "no-offset": ("2026-11-20T15:00:00", "with an offset"), "date-only": ("2026-11-20", "with an offset"),
    "feb-30": ("2026-02-30T10:00:00+07:00", "iso 8601"), "hour-25": ("2026-11-20T25:00:00+07:00", "iso 8601"),
    "offset-25h": ("2026-11-20T15:00:00+25:00", "iso 8601"), "year-1999": ("1999-12-31T23:59:59+07:00", "2000–2099"),
    "year-2100": ("2100-01-01T00:00:00Z", "2000–2099"), "year-0001": ("0001-01-01T00:00:00Z", "2000–2099"),
    "year-9999-max": ("9999-12-31T23:59:59-14:00", "iso 8601"), "negative-year": ("-2026-11-20T15:00:00Z", "iso 8601"),
    "space-separator": ("2026-11-20 15:00:00+07:00", "with an offset"), "eight-decimals": ("2026-11-20T15:00:00.12345678+07:00", "with an offset"),
    "words": ("yesterday", "with an offset"), "epoch-text": ("1732089600", "with an offset"), "sql": ("2026-11-20T15:00:00Z' OR '1'='1", "with an offset"),
    "long": ("2026-11-20T15:00:00+07:00" + " " * 10 + "x" * 40, "at most 40"), "fullwidth-digits": ("２０２６-11-20T15:00:00+07:00", "iso 8601"),
    "leap-2027": ("2027-02-29T08:00:00+07:00", "iso 8601"), "minute-60": ("2026-11-20T15:60:00+07:00", "iso 8601"),
}
for name, (text, reason) in bad_instants.items():
    problem(f"date-{name}", j(received(occurredAt=text)), 400, reason)
for name in ("no-offset", "year-1999", "year-2100", "feb-30"):
    problem(f"ce-time-{name}", j(cloud({"dossierCode": "HX-CE-2", "procedureCode": "HT-KHAISINH", "unitCode": UNIT}, time=bad_instants[name][0])),
            400, bad_instants[name][1], content_type=CE)
problem("date-apology-promised-1900", j({"type": "dossier.apology-issued", "dossierCode": "HX-1", "occurredAt": AT,
                                         "promisedAt": "1900-01-01T00:00:00+07:00"}), 400, "2000–2099")
for name, text in {"month-13": "20261320120000", "year-1999": "19991231235959", "year-2100": "21000101000000", "iso": "2026-11-20",
                   "short": "2026112015", "letters": "2026112O150000", "day-32": "20261132150000", "script": "<img src=x>"}.items():
    summary(f"portal-date-{name}", j(portal(NgayTiepNhan=text)), "application/json", 0, 1, "NgayTiepNhan", door="portal")

# ---------------------------------------------------------------- huge fields and oversized bodies
def repeated(case_id, body_with_marker, marker, times, status, reason, content_type="application/json"):
    prefix, suffix = body_with_marker.split(marker)
    add(case_id, "events", content_type, None, "problem", status=status, reason=reason, prefix=prefix, repeat=marker[0], times=times, suffix=suffix)


repeated("huge-dossier-code", j(received(code="@@")), "@@", 100_000, 400, "at most 64 characters")
problem("huge-unit-code", j(received(unitCode="U" * 65)), 400, "at most 64 characters")
problem("huge-procedure-code", j(received(procedureCode="P" * 5000)), 400, "at most 64 characters")
problem("huge-officer", j({"type": "dossier.step-started", "dossierCode": "HX-1", "occurredAt": AT, "stepCode": "S1", "officer": "O" * 129}),
        400, "at most 128 characters")
problem("huge-staff", j({"type": "counter.opened", "unitCode": SHOP, "counterCode": "Q01", "occurredAt": AT, "staff": "S" * 10_000}),
        400, "at most 128 characters")
repeated("huge-type", j(received(type="##")), "##", 1_000_000, 400, "at most 64 characters")
problem("huge-number", j(received()).replace('"processingWorkingDays":2', '"processingWorkingDays":' + "9" * 5000), 400, "working days")
add("oversized-json-body", "events", "application/json", None, "problem", status=413, reason="at most",
    prefix='{"type":"dossier.received","pad":"', repeat="x", times=5 * 1024 * 1024, suffix='"}')
add("oversized-cloudevent", "events", CE, None, "problem", status=413, reason="at most",
    prefix='{"specversion":"1.0","data":{"pad":"', repeat="y", times=5 * 1024 * 1024, suffix='"}}')
add("oversized-batch", "events", BATCH, None, "problem", status=413, reason="at most",
    prefix="[", repeat='{"specversion":"1.0"},', times=250_000, suffix="{}]")
add("oversized-portal-json", "portal", "application/json", None, "problem", status=413, reason="at most",
    prefix='[', repeat='{"MaHoSo":"HX-PAD-0001"},', times=200_000, suffix="{}]")
add("ndjson-line-over-1mib", "events", NDJSON, None, "summary", accepted=0, rejected=1, reason="longer than the accepted maximum",
    prefix='{"type":"dossier.received","pad":"', repeat="z", times=(1 << 20) + 10, suffix='"}\n')
add("csv-record-over-64k", "portal", CSV, None, "summary", accepted=0, rejected=1, reason="longer than",
    prefix=PORTAL_HEADER + '\nHX-PT-LONG,"', repeat="w", times=70_000, suffix='",LD-ANNHUT,2,20261120150000,20261124150000,2\n')
add("batch-10000-nulls", "events", BATCH, None, "summary", accepted=0, rejected=10_000, reason="must be a JSON object",
    prefix="[", repeat="null,", times=9_999, suffix="null]")
add("ndjson-5000-junk-lines", "events", NDJSON, None, "summary", accepted=0, rejected=5000, reason="not valid JSON",
    prefix="", repeat="nope\n", times=5000, suffix="")

# ---------------------------------------------------------------- odd Unicode
def esc(s):
    """JSON text for s, escaping what json.dumps would (lone surrogates stay as \\uXXXX escapes)."""
    return json.dumps(s, ensure_ascii=True)


lone = {"high": "\\ud800", "low": "\\udfff", "high-then-ascii": "\\ud83dA", "reversed-pair": "\\ude00\\ud83d", "high-at-end": "HX\\udbff"}
for name, escape in lone.items():
    body = j(received()).replace('"HX-OK-0001"', f'"HX-{escape}"')
    problem(f"unicode-lone-surrogate-code-{name}", body, 400, "not valid text")
problem("unicode-lone-surrogate-in-unknown-field", j(received()).replace("}", ',"note":"\\ud800"}'), 400, "not valid text")
problem("unicode-lone-surrogate-in-key", j(received()).replace("}", ',"\\udc00":1}'), 400, "not valid text")
problem("unicode-lone-surrogate-officer", j({"type": "dossier.step-started", "dossierCode": "HX-1", "occurredAt": AT, "stepCode": "S1"})
        .replace("}", ',"officer":"Nguy\\ud800n"}'), 400, "not valid text")
problem("ce-lone-surrogate-id", j(cloud({"dossierCode": "HX-CE-3", "procedureCode": "HT-KHAISINH", "unitCode": UNIT})).replace('"hx-ce-1"', '"\\ud800"'),
        400, "not valid text", content_type=CE)
problem("batch-lone-surrogate", "[" + j(cloud({"dossierCode": "HX-CE-4"})).replace('"HX-CE-4"', '"HX\\udfff"') + "]", 400, "not valid text",
        content_type=BATCH)
problem("portal-json-lone-surrogate", j(portal()).replace('"HX-PT-0001"', '"HX\\ud800"'), 400, "not valid text", door="portal")
summary("ndjson-lone-surrogate-line", j(received()).replace('"HX-OK-0001"', '"HX\\ud800"') + "\n", NDJSON, 0, 1, "not valid text")

good = j(received()).encode("utf-8")
non_utf8 = {
    "ff-fe": b"\xff\xfe", "lone-continuation": b"\x80", "overlong-slash": b"\xc0\xaf", "truncated-3byte": b"\xe1\xbb",
    "cesu-surrogate": b"\xed\xa0\x80", "latin1-e-acute": b"\xe9", "over-max-codepoint": b"\xf4\x90\x80\x80", "f8": b"\xf8\x88\x80\x80\x80",
}
for name, raw in non_utf8.items():
    problem(f"non-utf8-code-{name}", good.replace(b"HX-OK-0001", b"HX-" + raw), 400, "not valid text")
problem("non-utf8-in-key", good.replace(b'"channel"', b'"ch\xffannel"') if b'"channel"' in good else good.replace(b'"unitCode"', b'"unit\xffCode"'),
        400, "not valid text")
problem("non-utf8-latin1-whole-body", j(received(code="HX-CAFÉ-Ñ")).encode("latin-1"), 400, "not valid text")
problem("non-utf8-utf16le-body", j(received()).encode("utf-16-le"), 400, "not valid JSON")
problem("non-utf8-utf16-bom-body", j(received()).encode("utf-16"), 400, "not valid JSON")
problem("ce-non-utf8", j(cloud({"dossierCode": "HX-CE-5", "procedureCode": "HT-KHAISINH", "unitCode": UNIT})).encode().replace(b"HX-CE-5", b"HX\xfe"),
        400, "not valid text", content_type=CE)
problem("portal-json-non-utf8", j(portal()).encode().replace(b"HX-PT-0001", b"HX\xc0\xaf"), 400, "not valid text", door="portal")
summary("ndjson-non-utf8-line", good.replace(b"HX-OK-0001", b"HX\xff") + b"\n", NDJSON, 0, 1, "not valid text")
summary("csv-non-utf8-row", (PORTAL_HEADER + "\n").encode() + csv_row(MaHoSo="HX-PT-X").encode().replace(b"HX-PT-X", b"HX-PT-\xe9") + b"\n",
        CSV, 0, 1, "not valid UTF-8", door="portal")
summary("csv-latin1-file", (PORTAL_HEADER + "\n" + csv_row(MaHoSo="HX-PT-Ñ") + "\n").encode("latin-1"), CSV, 0, 1, "not valid UTF-8", door="portal")
summary("csv-nul-in-field", PORTAL_HEADER + "\n" + csv_row(MaHoSo="HX-PT-\x00") + "\n", CSV, 0, 1, "NUL", door="portal")

# Control, format, combining and emoji characters in codes (codes are letters, digits and . _ - /)
odd_codes = {
    "nul": "HX\u0000A", "bell": "HX\u0007", "escape": "HX\u001b[31m", "del": "HX\u007f", "rtl-override": "HX-\u202eFDP.EXE",
    "ltr-override": "HX-\u202dABC", "rtl-isolate": "HX-\u2067X\u2069", "zero-width-space": "HX-\u200bA", "zero-width-joiner": "HX-\u200dA",
    "bom-inside": "HX-\ufeffA", "soft-hyphen": "HX-\u00adA", "combining-acute": "HX-e\u0301", "zalgo": "HX-Z\u0336\u0351\u0352\u0353",
    "nfd-vietnamese": "HX-Ho\u0302\u0300", "thai-tone-mark": "HX-แฟ้ม", "math-bold-letter": "HX-\U0001d400", "emoji": "HX-\U0001f600", "emoji-flag": "HX-\U0001f1fb\U0001f1f3", "emoji-zwj-family": "HX-\U0001f468\u200d\U0001f469",
    "space": "HX 1", "nbsp": "HX\u00a01", "ideographic-space": "HX\u30001", "line-separator": "HX\u20281", "tab": "HX\t1",
    "replacement-char": "HX-\ufffd", "private-use": "HX-\ue000", "noncharacter": "HX-\uffff", "script-tag": "<script>alert(1)</script>",
    "img-onerror": "<img src=x onerror=alert(1)>", "sql-or": "HX' OR '1'='1", "sql-drop": "HX'; DROP TABLE opshub_ingest_journal; --",
"sql-union": "HX UNION SELECT 1", "quote": 'HX"1', "backslash": "HX\\1", "percent-encoded": "HX%3Cscript%3E",
    "ampersand-entity": "HX&lt;b&gt;", "template": "{{constructor.constructor('alert(1)')()}}", "razor": "@DateTime.Now",
    "crlf-injection": "HX\r\nX-Injected: 1", "semicolon": "HX;1", "colon": "javascript:alert(1)",
}
for name, code in odd_codes.items():
    problem(f"code-{name}", j(received(code=code)), 400, "dossierCode")
for name in ("rtl-override", "zero-width-space", "combining-acute", "emoji", "script-tag", "sql-drop", "nul"):
    problem(f"unit-code-{name}", j(received(unitCode=odd_codes[name])), 400, "unitCode")
    problem(f"ce-subject-code-{name}", j(cloud({"procedureCode": "HT-KHAISINH", "unitCode": UNIT}, subject=odd_codes[name])), 400,
            "dossierCode" if name != "nul" else "NUL", content_type=CE)
    if name == "nul":
        problem(f"portal-code-{name}", j(portal(MaHoSo=odd_codes[name])), 400, "NUL", door="portal")
    else:
        summary(f"portal-code-{name}", j(portal(MaHoSo=odd_codes[name])), "application/json", 0, 1, "MaHoSo", door="portal")
    summary(f"ndjson-code-{name}", j(received(code=odd_codes[name])) + "\n", NDJSON, 0, 1, "dossierCode")
for name in ("script-tag", "sql-drop", "rtl-override", "emoji", "img-onerror"):
    problem(f"counter-code-{name}", j({"type": "counter.opened", "unitCode": SHOP, "counterCode": odd_codes[name], "occurredAt": AT}), 400, "counterCode")
    problem(f"ticket-{name}", j({"type": "ticket.issued", "unitCode": SHOP, "ticketNumber": odd_codes[name], "fieldCode": "HT", "occurredAt": AT}),
            400, "ticketNumber")
    problem(f"procedure-code-{name}", j(received(procedureCode=odd_codes[name])), 400, "procedureCode")
    problem(f"step-code-{name}", j({"type": "dossier.step-started", "dossierCode": "HX-1", "occurredAt": AT, "stepCode": odd_codes[name]}), 400, "stepCode")
for name, text in {"nul": "Nguy\u0000n", "escape": "\u001b[2J", "newline": "Nguyễn\nVăn", "bell": "A\u0007"}.items():
    problem(f"officer-control-{name}", j({"type": "dossier.step-started", "dossierCode": "HX-1", "occurredAt": AT, "stepCode": "S1", "officer": text}),
            400, "NUL" if name == "nul" else "control characters")
    problem(f"staff-control-{name}", j({"type": "counter.opened", "unitCode": SHOP, "counterCode": "Q01", "occurredAt": AT, "staff": text}),
            400, "NUL" if name == "nul" else "control characters")
problem("ce-id-nul", j(cloud({"dossierCode": "HX-CE-6", "procedureCode": "HT-KHAISINH", "unitCode": UNIT}, id="ce\u0000id")), 400,
        "NUL", content_type=CE)
problem("ce-source-nul", j(cloud({"dossierCode": "HX-CE-7", "procedureCode": "HT-KHAISINH", "unitCode": UNIT}, source="urn:\u0000")), 400,
        "NUL", content_type=CE)
problem("json-id-nul", j({**received(code="HX-ID-NUL"), "id": "id\u0000x"}), 400, "NUL")
problem("json-source-nul", j({**received(code="HX-SRC-NUL"), "source": "src\u0000"}), 400, "NUL")
problem("json-type-nul", j(received(type="dossier.received\u0000")), 400, "NUL")
problem("json-id-257", j({**received(code="HX-ID-LONG"), "id": "i" * 257}), 400, "at most 256")
problem("json-id-number", j({**received(code="HX-ID-NUMBER"), "id": 12}), 400, "must be a string")
problem("json-sequence-text", j({**received(code="HX-SEQ-TEXT"), "sequence": "first"}), 400, "sequence")

# ---------------------------------------------------------------- names that refer to nothing (422)
for i, unit in enumerate(["LD-NOWHERE", "ld-anngai", "LD-ANNGAİ", "LD-ANNGAI/..", "ＬＤ-ＡＮＮＧＡＩ", "LD-ΑNNGAI"]):
    problem(f"unknown-unit-{i}", j(received(unitCode=unit)), 422, unit)
for i, proc in enumerate(["HT-NOPE", "ht-khaisinh", "HT-KHAISINH/.."]):
    problem(f"unknown-procedure-{i}", j(received(procedureCode=proc)), 422, proc)
problem("unknown-counter", j({"type": "counter.opened", "unitCode": SHOP, "counterCode": "Q99", "occurredAt": AT}), 422, "Q99")
problem("unknown-field-of-ticket", j({"type": "ticket.issued", "unitCode": SHOP, "ticketNumber": "9001", "fieldCode": "ZZ", "occurredAt": AT}), 422, "ZZ")
summary("portal-unknown-unit", j(portal(MaDonVi="LD-NOWHERE")), "application/json", 0, 1, "LD-NOWHERE", door="portal")
summary("ndjson-unknown-unit", j(received(unitCode="LD-NOWHERE")) + "\n", NDJSON, 0, 1, "LD-NOWHERE")

# ---------------------------------------------------------------- CloudEvents attributes
base = {"dossierCode": "HX-CE-8", "procedureCode": "HT-KHAISINH", "unitCode": UNIT}
ce_bad = {
    "no-specversion": (cloud(base, specversion=DROP), "specversion"), "specversion-0.3": (cloud(base, specversion="0.3"), "not supported"),
    "specversion-number": (cloud(base, specversion=1.0), "must be a string"), "no-id": (cloud(base, id=DROP), "required"),
    "id-number": (cloud(base, id=7), "must be a string"), "id-empty": (cloud(base, id=""), "must not be empty"),
    "id-257": (cloud(base, id="i" * 257), "at most 256"), "no-source": (cloud(base, source=DROP), "required"),
    "source-object": (cloud(base, source={"u": 1}), "must be a string"), "no-type": (cloud(base, type=DROP), "required"),
    "data-base64": (cloud(None, data=DROP, data_base64="eyJhIjoxfQ=="), "binary data"), "no-data": (cloud(None, data=DROP), "required"),
    "data-string": (cloud("{\"dossierCode\":\"HX\"}"), "must be a json object"), "data-array": (cloud([base]), "must be a json object"),
    "datacontenttype-xml": (cloud(base, datacontenttype="text/xml"), "not json"),
    "subject-257": (cloud({"procedureCode": "HT-KHAISINH", "unitCode": UNIT}, subject="s" * 257), "at most 256"),
    "sequence-negative": (cloud(base, sequence=-1), "whole number"), "sequence-text": (cloud(base, sequence="abc"), "whole number"),
    "time-number": (cloud(base, time=1732089600), "must be a string"),
}
for name, (event, reason) in ce_bad.items():
    problem(f"ce-{name}", j(event), 400, reason, content_type=CE)
summary("batch-mixed-bad-attributes", "[" + ",".join(j(e) for e, _ in list(ce_bad.values())[:8]) + "]", BATCH, 0, 8)

# ---------------------------------------------------------------- portal records
portal_bad = {
    "no-code": (portal(MaHoSo=DROP), "MaHoSo"), "channel-9": (portal(KenhThucHien=9), "KenhThucHien"),
    "channel-text": (portal(KenhThucHien="online"), "KenhThucHien"), "paid-2": (portal(DuocThanhToanTrucTuyen=2), "DuocThanhToanTrucTuyen"),
    "no-received-date": (portal(NgayTiepNhan=DROP), "NgayTiepNhan"), "status-9-no-decision": (portal(TrangThaiHoSo=9), "NgayKetThucXuLy"),
    "status-10-no-return": (portal(TrangThaiHoSo=10), "NgayTra"), "no-unit": (portal(MaDonVi=DROP), "MaDonVi"),
    "procedure-sql": (portal(MaTTHC="X' OR 1=1 --"), "MaTTHC"), "unit-script": (portal(DonViXuLy="<script>"), "DonViXuLy"),
    "nested-object-code": (portal(MaHoSo={"$ne": None}), "MaHoSo"), "array-code": (portal(MaHoSo=["HX"]), "MaHoSo"),
}
for name, (record, reason) in portal_bad.items():
    summary(f"portal-{name}", j(record), "application/json", 0, 1, reason, door="portal")
summary("portal-json-empty-array", "[]", "application/json", 0, 0, door="portal")
summary("csv-header-only", PORTAL_HEADER + "\n", CSV, 0, 0, door="portal")
summary("csv-empty", "", CSV, 0, 0, door="portal")
summary("csv-too-many-fields", PORTAL_HEADER + "\n" + csv_row() + ",extra,fields\n", CSV, 0, 1, "fields but the header", door="portal")
summary("csv-unknown-header", "a,b,c\n1,2,3\n", CSV, 0, 1, "MaHoSo", door="portal")
summary("csv-formula-injection", PORTAL_HEADER + "\n" + csv_row(MaHoSo="=HYPERLINK(\"http://evil\")") + "\n", CSV, 0, 1, "MaHoSo", door="portal")
summary("csv-formula-at", PORTAL_HEADER + "\n" + csv_row(MaHoSo="@SUM(1+1)") + "\n", CSV, 0, 1, "MaHoSo", door="portal")
summary("csv-script-code", PORTAL_HEADER + "\n" + csv_row(MaHoSo="<script>alert(1)</script>") + "\n", CSV, 0, 1, "MaHoSo", door="portal")
summary("csv-sql-code", PORTAL_HEADER + "\n" + csv_row(MaHoSo="HX');DELETE FROM opshub_ingest_journal;--") + "\n", CSV, 0, 1, "MaHoSo", door="portal")
summary("csv-unterminated-quote", PORTAL_HEADER + "\n\"HX-PT-Q,HT-KHAISINH\n", CSV, 0, 1, door="portal")
summary("csv-status-out-of-range", PORTAL_HEADER + "\n" + csv_row(TrangThaiHoSo=42) + "\n", CSV, 0, 1, "TrangThaiHoSo", door="portal")
summary("csv-date-out-of-range", PORTAL_HEADER + "\n" + csv_row(NgayTiepNhan="18991231000000") + "\n", CSV, 0, 1, "NgayTiepNhan", door="portal")
summary("csv-unknown-unit", PORTAL_HEADER + "\n" + csv_row(MaDonVi="LD-NOWHERE") + "\n", CSV, 0, 1, "LD-NOWHERE", door="portal")

# ---------------------------------------------------------------- NDJSON oddities
summary("ndjson-only-blank-lines", "\n\n \r\n\t\n", NDJSON, 0, 0)
summary("ndjson-array-line", "[1,2,3]\n", NDJSON, 0, 1, "must be a JSON object")
summary("ndjson-cloudevent-bad-version", j(cloud(base, specversion="2.0")) + "\n", NDJSON, 0, 1, "not supported")
summary("ndjson-unknown-types", "\n".join(j(received(type=t)) for t in ("a.b", "c.d", "e.f")), NDJSON, 0, 3, "unknown event type")
summary("ndjson-crlf-broken", '{"type":\r\n"dossier.received"}\r\n', NDJSON, 0, 2, "not valid JSON")
summary("ndjson-out-of-range-dates", "\n".join(j(received(occurredAt=t)) for t in ("1999-01-01T00:00:00Z", "2100-01-01T00:00:00Z")), NDJSON, 0, 2,
        "2000–2099")

# ---------------------------------------------------------------- media types and keys
for i, ct in enumerate(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                        "text/html", "application/octet-stream", "image/png", "application/jsonx", None]):
    problem(f"media-type-events-{i}", j(received()), 415, "unsupported media type", content_type=ct)
for i, ct in enumerate(["application/x-ndjson", "text/plain", "application/cloudevents+json", "text/tab-separated-values", None]):
    problem(f"media-type-portal-{i}", j(portal()), 415, "unsupported media type", content_type=ct, door="portal")
for i, charset in enumerate(["utf-16", "iso-8859-1", "windows-1258", "utf-32"]):
    problem(f"media-type-charset-{i}", j(received()), 415, "utf-8", content_type=f"application/json; charset={charset}")
problem("media-type-ce-charset", j(cloud(base)), 415, "utf-8", content_type=f"{CE}; charset=latin1")
problem("media-type-csv-charset", PORTAL_HEADER + "\n" + csv_row() + "\n", 415, "utf-8", content_type="text/csv; charset=windows-1252", door="portal")
problem("media-type-ndjson-charset", j(received()) + "\n", 415, "utf-8", content_type="application/x-ndjson; charset=utf-16")
problem("key-missing", j(received()), 401, "API key", apiKey="none")
problem("key-wrong", j(received()), 401, "API key", apiKey="wrong")
problem("key-missing-portal", j(portal()), 401, "API key", apiKey="none", door="portal")
problem("key-sql", j(received()), 401, "API key", apiKey="' OR '1'='1")

# ---------------------------------------------------------------- accepted, and inert: names the wall or the API shows back
accepted_codes = {
    "vietnamese": "HX-HỒSƠ-ĐẶCBIỆT-Ữ", "hebrew": "HX-תיק-1", "arabic": "HX-ملف-٣", "cjk": "HX-案件-一", "cyrillic-lookalike": "НХ-ОК-0001",
    "greek": "HX-ΦΑΚΕΛΟΣ", "thai": "HX-ไทย", "hangul": "HX-서류-1", "sql-comment-dashes": "HX--", "max-length": "HX-" + "Ư" * 61, "dots": "HX-...-..",
    "arabic-indic-digits": "HX-٠١٢٣٤٥", "fullwidth-digits": "HX-１２３", "devanagari-digits": "HX-१२३", "mixed-scripts": "HX-Aβγ-דה-ж",
}
for name, code in accepted_codes.items():
    accepted(f"accepted-code-{name}", j(received(code=code)), code=code)
accepted("accepted-code-slashes", j(received(code="HX-../../etc/passwd")))
# U+1D400 is a letter, but the code pattern sees UTF-16 code units: letters beyond the BMP are refused, clearly.
problem("code-surrogate-pair-escape", j(received()).replace('"HX-OK-0001"', '"HX-\\ud835\\udc00"'), 400, "dossierCode")
accepted("accepted-bom-first", j(received(code="HX-BOM-1")).encode("utf-8-sig"), code="HX-BOM-1")
accepted("accepted-charset-utf8", j(received(code="HX-CHARSET-1")), code="HX-CHARSET-1", content_type="application/json; charset=utf-8")
accepted("accepted-unknown-field-script", j({**received(code="HX-EXTRA-1"), "note": "<script>window.__hx=1</script>",
                                              "$where": "1==1", "__proto__": {"polluted": True}}), code="HX-EXTRA-1")
problem("nul-in-unknown-field", j({**received(code="HX-EXTRA-2"), "note": "a\u0000b"}), 400, "NUL")
names = {
    "script": "<script>window.__hostile=1;alert(1)</script>", "img": "<img src=x onerror=\"window.__hostile=1\">",
    "svg": "<svg/onload=alert(1)>", "sql": "Robert'); DROP TABLE opshub_ingest_journal;--", "sql-union": "' UNION SELECT password FROM users --",
    "rtl-override": "\u202eNAVNEYUGN\u202c", "zero-width": "Ng\u200buy\u200cễn\u200d Văn\ufeff An", "zalgo": "N\u0336\u0351g\u0352u\u0353y\u0300\u0301ễn",
    "emoji": "Nguyễn 👩🏽‍💼 An 🇻🇳", "template": "{{7*7}} ${7*7} @(7*7)", "entities": "&lt;b&gt; &amp;amp; &#60;i&#62;",
    "max-128": "Ạ" * 128, "javascript-url": "javascript:alert(document.cookie)", "css": "</style><style>body{display:none}</style>",
}
for i, (name, text) in enumerate(names.items()):
    code = f"HX-OFFICER-{i:02d}"
    body = "\n".join([j(received(code=code)),
                      j({"type": "dossier.step-started", "dossierCode": code, "occurredAt": "2026-11-20T15:30:00+07:00", "stepCode": "TIEPNHAN",
                         "officer": text})]) + "\n"
    summary(f"accepted-officer-{name}", body, NDJSON, 2, 0)
    add(f"accepted-staff-{name}", "events", "application/json",
        j({"type": "counter.opened", "unitCode": SHOP, "counterCode": f"Q0{1 + i % 3}", "occurredAt": f"2026-11-24T07:{i:02d}:00+07:00",
           "staff": text}), "accepted")
accepted("accepted-ticket-arabic-digits", j({"type": "ticket.issued", "unitCode": SHOP, "ticketNumber": "Ư-٣٣", "fieldCode": "HT",
                                              "occurredAt": "2026-11-24T08:00:00+07:00"}))
summary("accepted-ce-extension-script", j(cloud({"dossierCode": "HX-CE-EXT-1", "procedureCode": "HT-KHAISINH", "unitCode": UNIT},
                                                id="hx-ce-ext-1", xscript="<script>alert(1)</script>", xsql="'; DROP TABLE x; --")),
        CE, 1, 0)
summary("accepted-portal-unicode-code", j(portal(MaHoSo="HX-PT-ĐẶC-1")), "application/json", 1, 0, door="portal")
summary("accepted-csv-quoted-comma-newline-ignored-column", PORTAL_HEADER + ",GhiChu\n" + csv_row(MaHoSo="HX-PT-CSV-1")
        + ",\"<script>alert(1)</script>, \"\"x\"\"\nnext line\"\n", CSV, 1, 0, door="portal")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "hostile-corpus.ndjson"), "w", encoding="utf-8", newline="\n") as f:
    for case in cases:
        f.write(json.dumps(case, ensure_ascii=True, separators=(",", ":")) + "\n")
print(f"{len(cases)} cases")
