# json.loads with every hook of the scanner's context, numbers and constants.
import json
from collections import OrderedDict
from decimal import Decimal

doc = '{"b": 1, "a": [2.50, -0, -0.0, 1E3, 1e-2, 6.02e+23], "c": {"d": null, "e": true, "f": false}}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads(doc, parse_float=Decimal))
print(json.loads(doc, parse_int=lambda s: 'int:' + s))
print(json.loads(doc, parse_float=lambda s: 'float:' + s))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[12345678901234567890123456789, -98765432109876543210]'))
print(json.loads('[1.7976931348623157e308, 1e400, -1e400, 5e-324, 0.1, 123.456e-7]'))
print(json.loads(' \t\n\r[ 1 , { "k" : [ ] } , { } ] \n'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\u2603"') == '\u00e9\U0001f600\u2603')
print(json.loads('"\U0001f600 astral"'), len(json.loads('"\U0001f600"')))

try:
    json.loads('1' * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])

def bad_hook(d):
    raise KeyError('from hook')
try:
    json.loads('[{"a": 1}]', object_hook=bad_hook)
except KeyError as e:
    print('KeyError', e)

# Equal keys share one string object (the scanner's memo).
items = json.loads('[{"name": 1}, {"name": 2}, {"name": 3}]')
keys = [next(iter(d)) for d in items]
print(keys[0] is keys[1] is keys[2])

decoder = json.JSONDecoder(strict=False, object_pairs_hook=tuple)
print(decoder.decode('{"x": "a\x07b", "y": [1]}'))
print(decoder.raw_decode('[1, 2] trailing'))
print(json.loads(b'{"bytes": "\\u0041"}'))
s = decoder.scan_once
print(s.strict, s.object_pairs_hook is tuple, s.object_hook, s.parse_int, s.parse_float)
