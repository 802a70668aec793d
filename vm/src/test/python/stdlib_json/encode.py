# json.dumps through the _json encoder and the string escapers.
import json
import json.encoder
from enum import IntEnum
from json.encoder import encode_basestring, encode_basestring_ascii

print(json.encoder.c_make_encoder is not None, json.encoder.c_encode_basestring is not None)
every = ''.join(chr(c) for c in range(0x20)) + '"\\/ \x7f\xe9\u2603\ud800\U0001f600\U0010ffff'
print(encode_basestring_ascii(every))
print(ascii(encode_basestring(every)))
for bad in (1, b'x', None):
    try:
        encode_basestring_ascii(bad)
    except TypeError as e:
        print(e)

class Color(IntEnum):
    RED = 1

class Money(float):
    def __repr__(self):
        return 'Money!'

data = {'s': 'x\ny', 'i': -12, 'big': 10 ** 30, 'f': [0.1, 1e16, -0.0, 1.5e-10, Money(2.5)],
        't': (1, (2,)), 'n': None, 'b': [True, False], 'e': Color.RED, 'empty': [{}, [], ()]}
print(json.dumps(data))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({3: 'int', 1.5: 'float', True: 't', False: 'f', None: 'n', Color.RED: 'e', 'z': 0}))
print(json.dumps({(1, 2): 'skipped', 'kept': 1}, skipkeys=True))
for bad in [{(1, 2): 0}, {'a': {1, 2}}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps([float('inf'), float('-inf'), float('nan'), {float('inf'): 1}]))
try:
    json.dumps({'x': float('-inf')}, allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print(e)

circular = [1]
circular.append(circular)
loop = {}
loop['self'] = loop
for obj in (circular, loop):
    try:
        json.dumps(obj)
    except ValueError as e:
        print(e)
print(json.dumps({'a': [1, 2]}, check_circular=False))
print(json.dumps({'when': {1, 2, 3}}, default=sorted))
print(json.dumps(object(), default=lambda o: type(o).__name__))
try:
    json.dumps(object(), default=lambda o: [o])
except ValueError as e:
    print(e)
try:
    json.dumps(1j)
except TypeError as e:
    print(e)
class Odd(json.JSONEncoder):
    def default(self, o):
        return {'complex': [o.real, o.imag]}
print(Odd().encode([1j, 2 + 3j]))
print(json.dumps({'b': 1, 'a': {'d': [1, 2], 'c': {}}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []]], indent='\t'))
enc = json.encoder.c_make_encoder(None, str, encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(enc({'k': [1, 'v']}, 0), enc.key_separator, enc.item_separator, enc.sort_keys, enc.markers)
