# json.loads errors through the _json scanner: CPython's messages and positions.
import json
import json.decoder
import json.scanner

print(json.decoder.c_scanstring is not None, json.scanner.c_make_scanner is not None)
print(json.scanner.make_scanner is json.scanner.c_make_scanner)

BAD = [
    '', ' ', '[', '{', ']', '[1, ]', '[1,]', '{"a": 1,}', '{"a" 1}', '{"a":}', '{1: 2}',
    '[1 2]', '{"a": 1 "b": 2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12x4"',
    '"\\ud834\\u12x4"', '"a\x01b"', '"tab\there"', 'nul', 'tru', 'fals', '-', '-x', '--1',
    '[1] x', '01', 'NaNx', '[Infinit]', '{"a": [1, 2, {"b": }]}', '\n\n  [1,\n  2,,]',
    '"\\uDFFF', '[' * 5 + ']' * 4, '{"x": "y"', '1.e5', '.5', '[1e]',
]
for doc in BAD:
    try:
        value = json.loads(doc)
        print(repr(doc), '->', repr(value))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError:', e, (e.pos, e.lineno, e.colno))

print(json.loads('"ctl\x01\x1f"', strict=False) == 'ctl\x01\x1f')
try:
    json.loads('["ok", "no\ttab"]')
except ValueError as e:
    print(type(e).__name__, e)

from json.decoder import scanstring
for s, end in [('"abc"', 1), ('x"\\u00e9\\n"', 2), ('"\\ud83d\\ude00!"', 1), ('"\\ud83d"', 1),
               ('"\\ud83d\\u0041"', 1), ('"\\/\\b\\f\\r\\t\\"\\\\"', 1), ('""', 1)]:
    text, pos = scanstring(s, end)
    print(ascii(text), pos)
for args in [('"abc"', 9), ('"abc"', -1), (b'"abc"', 1)]:
    try:
        scanstring(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(scanstring('"a\x02"', 1, False))
scan = json.decoder.JSONDecoder().scan_once
for doc, idx in [('[1]', 3), ('  1', 0), ('x', 0)]:
    try:
        scan(doc, idx)
    except StopIteration as e:
        print('StopIteration', e.value)
try:
    scan('1', -1)
except ValueError as e:
    print(e)
