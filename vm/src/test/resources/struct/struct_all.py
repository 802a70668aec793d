import struct
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
for fmt in ['b','B','h','H','i','I','l','L','q','Q','n','N','P','e','f','d','?','c','s','p','x']:
    for p in '@=<>!':
        t(struct.calcsize, p+fmt)
for c in 'bBhHiIlLqQnN':
    for p in '@<':
        for v in [0, -1, 1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769, 2**31, 2**31-1, -2**31, -2**31-1, 2**32, 2**63, 2**64, -2**63-1, 2**100]:
            t(struct.pack, p+c, v)
t(struct.pack, 'i', 1.0); t(struct.pack, 'i', '1'); t(struct.pack,'i'); t(struct.pack,'i',1,2)
t(struct.pack, 'Q', -1); t(struct.pack, '<Q', -1)
t(struct.calcsize, 'z'); t(struct.calcsize, '3'); t(struct.calcsize, '2 h'); t(struct.calcsize, ' 2h h '); t(struct.calcsize, '<n'); t(struct.calcsize, '=P')
t(struct.calcsize, 'b0i'); t(struct.calcsize, 'bi'); t(struct.calcsize, 'b0q'); t(struct.calcsize, 'cd'); t(struct.calcsize, 'ce'); t(struct.calcsize, 'c3s');t(struct.calcsize, 'c?h')
t(struct.calcsize, '99999999999999999999i'); t(struct.calcsize, '4294967296i'); t(struct.calcsize, '9223372036854775807c')
t(struct.pack, '5s', b'ab'); t(struct.pack, '2s', b'abcd'); t(struct.pack, 's', 'ab'); t(struct.pack, '5p', b'ab'); t(struct.pack, '3p', b'abcdef'); t(struct.pack, '0p', b'abc');t(struct.pack, '300p', b'a'*299)
t(struct.unpack, '300p', struct.pack('300p', b'a'*299)); t(struct.unpack, '5p', b'\x09abcd')
t(struct.pack, 'c', b'a'); t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', 1)
t(struct.pack, '?', 0); t(struct.pack, '?', []); t(struct.pack, '?', 'x'); t(struct.unpack, '?', b'\x05')
for v in [0.0, -0.0, 1.5, 65504.0, 65520.0, 1e-8, 6e-8, 1e-5, float('inf'), float('nan'), -float('inf'), 3.14159, 1e300, 2.0**-24, 2.0**-25, 5.960464477539063e-08, 1]:
    for c in 'efd':
        t(struct.pack, '<'+c, v)
        t(struct.pack, '>'+c, v)
t(struct.pack, 'f', 'x'); t(struct.pack, 'd', None); t(struct.pack, 'f', 1e40); t(struct.pack,'e',1e6)
for c in 'efd':
    t(lambda c=c: [struct.unpack('<'+c, bytes(range(i, i+struct.calcsize(c)))) for i in (0, 100, 200, 250)])
t(struct.unpack, '<e', b'\x00\x7c'); t(struct.unpack, '<e', b'\x01\x7c'); t(struct.unpack, '<e', b'\x01\x00')
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', b'abcde'); t(struct.unpack, '2i', bytearray(8)); t(struct.unpack, 'i', memoryview(b'abcd'))
t(struct.unpack, 'i', 'abcd')
t(struct.pack, '3x'); t(struct.pack, '2c', b'a', b'b'); t(struct.pack, '<2hxi?', 1, 2, 3, True)
t(struct.unpack, '<2hxi?', struct.pack('<2hxi?', 1, 2, 3, True))
t(struct.unpack, '@bqhd', struct.pack('@bqhd', 1, 2, 3, 4.5)); t(struct.pack, '@bqhd', 1, 2, 3, 4.5)
t(struct.pack, '>q', 2**63-1); t(struct.unpack, '>Q', b'\xff'*8); t(struct.unpack, '>q', b'\xff'*8);t(struct.unpack, '<nNP', b'\xff'*24)
t(list, struct.iter_unpack('<h', b'\x01\x00\x02\x00')); t(struct.iter_unpack, '<h', b'\x01'); t(struct.iter_unpack, 'x0s', b'');t(struct.iter_unpack, '0s', b'')
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00'); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it))
ba = bytearray(10); t(struct.pack_into, '<hh', ba, 2, 1, 2); print(ba); t(struct.pack_into, '<hh', ba, 8, 1, 2); t(struct.pack_into, '<hh', ba, -4, 5, 6); print(ba)
t(struct.pack_into, '<hh', ba, -20, 5, 6); t(struct.pack_into, '<hh', b'abcdefgh', 0, 5, 6); t(struct.pack_into, '<hh', ba); t(struct.pack_into, '<h', ba, 11, 1)
t(struct.unpack_from, '<h', b'abcdef', 2); t(struct.unpack_from, '<h', b'abcdef', offset=5); t(struct.unpack_from, '<h', b'abcdef', -2);t(struct.unpack_from, '<h', b'abcdef', -7); t(struct.unpack_from, '<h', buffer=b'abcdef')
t(struct.unpack_from, '<h', b'abcdef', 7)
s = struct.Struct('<ih'); print(s.format, s.size, s.pack(1,2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), list(s.iter_unpack(b'\0'*12)), repr(s))
t(struct.Struct, 5); t(struct.Struct, b'<i'); print(struct.Struct(b'<i').format); t(struct.Struct); t(struct.Struct, 'i', 'j')
class S(struct.Struct):
    def __init__(self, fmt): super().__init__(fmt); self.extra = 1
x = S('>h'); print(x.pack(258), x.extra, type(x).__name__, x.size)
print(struct.error, struct.error.__module__, struct.error.__mro__, struct.Struct, struct.Struct.__module__)
t(s.pack, 1); t(s.pack, 1, 2, 3); t(struct.pack); t(struct.pack, 5)
t(struct.pack, '<i', 2**40); t(struct.pack, '<I', -5); t(struct.pack, '>b', 300)
class I:
    def __index__(self): return 7
t(struct.pack, 'b', I()); t(struct.pack, 'd', I()); t(struct.pack, '<q', True)
t(struct.pack, 'P', -1); t(struct.pack, 'P', 2**64); t(struct.pack, 'e', 65519.99);t(struct.pack, '<e', 65520.0)
t(struct.unpack, '', b''); t(struct.pack, ''); t(struct.calcsize, '<0s5x'); t(struct.unpack, '3s2c', b'abcde')
t(struct.unpack, '0p3s', b'abc'); t(struct.pack, '1p', b'abc'); t(struct.pack, '2p', b'abc')
t(struct.calcsize, '\0'); t(struct.calcsize, 'i\ti\n'); t(struct.calcsize, 'é')
t(struct.pack, 'i', 2**31); t(struct.pack, 'l', 2**63); t(struct.pack, 'q', 2**63); t(struct.pack, 'n', 2**63);t(struct.pack, 'N', -1); t(struct.pack, 'L', -1); t(struct.pack, 'I', -1); t(struct.pack, 'H', -1); t(struct.pack, 'B', -1);t(struct.pack, 'h', 2**15)
t(struct.pack, '<l', 2**31); t(struct.pack, '<L', 2**32); t(struct.pack, '<i', 2**31); t(struct.pack,'>H', 65536); t(struct.pack, '!B', 256)
print(len(struct.unpack('300p', b'\xff'+b'a'*299)[0]), len(struct.unpack('300p', b'\xfe'+b'a'*299)[0]), struct.pack('300p', b'a'*299).count(b'a'), struct.pack('3p', b'abc'))
class S2(struct.Struct): pass
print(repr(S2('i')))
ba=bytearray(10)
for off in (-2, -3, -4, -10, -11):
  try: struct.pack_into('<hh', ba, off, 5, 6); print(ba)
  except Exception as e: print(e)
for f in ['e','<e','f','<f','d','>d']:
  for v in [2**1000, 2**1100, 1e300, 2**100, 10**5, float(10**5), 'x', None]:
    try: print(f, struct.pack(f, v))
    except Exception as e: print(f, type(e).__name__, e)
for v in [0.1, 1/3, 2.0**-14, 2.0**-14 * 1.5, 2.0**-24*0.5, 2.0**-24*0.5000001, 2.0**-24*1.5, 2.0**-24*2.5, 1.0009765625, 1.00048828125, 1.00146484375, 65503.99, 2047.5, 2048.5, 4097.0]:
    h = struct.pack('<e', v); print(v, h, struct.unpack('<e', h))
for i in range(0, 65536, 257):
    print(i, struct.unpack('<e', struct.pack('<H', i)))
print(struct.unpack('<e', b'\x01\x7e'), struct.pack('<e', float('-inf')))
t(struct.unpack, '@n', b'\xff'*8); t(struct.unpack, '@N', b'\xff'*8); t(struct.unpack, '@P', b'\xff'*8); t(struct.unpack, '@l', b'\xff'*8)
import sys
for f in [lambda: struct.unpack_from('<I', b'ab', -3), lambda: struct.pack_into('<I', bytearray(2), -3, 1), lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize), lambda: struct.unpack_from('<I', bytearray(10), -sys.maxsize-1), lambda: struct.pack_into('<I', bytearray(10), -sys.maxsize-1, 1), lambda: struct.unpack_from('<I', b'', 2**63), lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1), lambda: struct.unpack_from('<I', bytearray(10), -2), lambda: struct.Struct('<I').unpack_from(b'abcdef', offset=-5)]:
    t(f)
