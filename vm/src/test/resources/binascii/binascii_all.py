import binascii
def t(f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
B = binascii
for d in [b'', b'\x00\xff', b'hello world', bytes(range(256))[:40], bytearray(b'ab'), memoryview(b'xyz')]:
    t(B.hexlify, d); t(B.b2a_hex, d); t(B.b2a_base64, d); t(B.b2a_base64, d, newline=False); t(B.crc32, d); t(B.crc32, d, 12345); t(B.crc_hqx, d, 0); t(B.crc_hqx, d, 0xffff); t(B.b2a_uu, d) ; t(B.b2a_qp, d)
for args in [(b'abcdef', '-'), (b'abcdef', b':', 2), (b'abcdef', ':', -2), (b'abcdefg', ':', 2), (b'abcdefg', ':', -2), (b'abcdefg', ':', 10), (b'ab', ''), (b'ab', '::'), (b'ab', 'é'), (b'ab', 1), (b'abc', ':', 0), (b'', ':', 1), (b'abcd', ':', 1)]:
    t(B.hexlify, *args)
t(B.hexlify, b'abc', sep=':', bytes_per_sep=1); t(B.hexlify, 'abc'); t(B.hexlify); t(B.b2a_hex, data=b'a')
for s in ['616263', b'616263', 'ABCDEF', '6', '6g', 'é1', b'', bytearray(b'00ff'), '61 62']:
    t(B.unhexlify, s); t(B.a2b_hex, s)
t(B.unhexlify, 5)
for s in [b'aGVsbG8=', 'aGVsbG8=', b'aGVsbG8', b'aGVsbA', b'aGVsb', b'a', b'aGV sbG8=\n', b'aGVsbG8=aGk=', b'====', b'', b'aGVs!bG8=', b'aGVsbG8==', b'aGVsbG8===', b'aGVsbA==', b'=aGVs', b'aG=Vs', b'aGVsbA==x', 'é', b'YQ', b'YQ=', b'YQ==', b'YQ===', b'Y', b'Y===', b'\xff\xfe']:
    t(B.a2b_base64, s); t(B.a2b_base64, s, strict_mode=True)
t(B.a2b_base64, b'aGVsbG8=', True)
for s in [b'+86=\n', b'#86)C\n', b' ', b'', b'!', b'a', b'"86)C\n', b'+86)C "\n', b'%86)C\n', 'é', b'+86)C`````\n', b'+86)Cxyz\n', b'`\n']:
    t(B.a2b_uu, s)
t(B.b2a_uu, b'x' * 45); t(B.b2a_uu, b'x' * 46); t(B.b2a_uu, b'abc', backtick=True); t(B.b2a_uu, b'', backtick=True)
for s in [b'hello=20world', b'a=\nb', b'a=3D', b'a_b', b'=41=4', b'=4g', b'=', b'abc=\r\ndef', 'héllo', b'a=\r\n', b'=\n', b'=41=42\n=43', b'x=  \ny', b'=ff=FF=fF', b'ab=']:
    t(B.a2b_qp, s); t(B.a2b_qp, s, header=True)
for s in [b'hello world', b'a=b', b'tab\there', b'trailing space ', b'trailing tab\t', b'line1\nline2', b'line1\r\nline2', b'\x00\x80\xff', b'a_b c', b'x' * 100, b'y' * 75 + b'=', b'.\n', b'From here', b'a \n', b'\r', b'a\rb', b'a' * 76, b'a' * 75 + b'\t', b'caf\xc3\xa9']:
    t(B.b2a_qp, s); t(B.b2a_qp, s, quotetabs=True); t(B.b2a_qp, s, header=True); t(B.b2a_qp, s, istext=False)
t(B.crc32, 'abc'); t(B.crc32, b'a', -1); t(B.crc32, b'a', 2**40); t(B.crc_hqx, b'a'); t(B.crc_hqx, b'a', 2**20); t(B.crc_hqx, b'a', -1)
t(B.b2a_base64, 'abc'); t(B.b2a_base64, b'a', True); t(B.a2b_base64, 5)
print(B.Error.__mro__, B.Incomplete.__mro__, B.Error.__module__, B.Incomplete.__module__)
t(B.b2a_base64, b'\xfb\xff\xbf')
for s in [b'a=', b'a=b', b'aGVsbG8=\n', b'aG==', b'aG==\n', b'aGV=', b'aG=', b'a===', b'aGVs=', b'aGVs==', b'aGVzbA=x', b'aG\nVz', b'aGVzb===', b'=', b'aGVz=bG8=', b'a=G=', b'aG=V=']:
    t(B.a2b_base64, s); t(B.a2b_base64, s, strict_mode=True)
for s in [b'a\r\nb \r\nc', b'x' * 80 + b'\r\n' + b'y' * 80, b'a\nb\r\nc', b'.', b'a.\n.', b'\x00', b' \t', b'a' * 74 + b'==', b'a' * 75 + b'\n' + b'b' * 76 + b' \n']:
    t(B.b2a_qp, s); t(B.b2a_qp, s, quotetabs=True); t(B.b2a_qp, s, header=True); t(B.b2a_qp, s, istext=False)
for s in [b'=\r', b'=\rx', b'a=\r\nb', b'=0a=0A=aZ', b'_=5F', b'=20\n']:
    t(B.a2b_qp, s, header=True); t(B.a2b_qp, s)
for s in [b'#86)C  ', b'#86)C``\n', b'#86)C\r\n', b'#86)C\t', b'#86)C!', b'\x7f', b'#86)C\n\n', b'$86)C']:
    t(B.a2b_uu, s)
for sep in ['\u0100', b'\xff', bytearray(b':'), memoryview(b':'), 'é']:
    t(B.hexlify, b'ab', sep)
t(B.b2a_hex, b'abcdefghij', '-', 3); t(B.b2a_hex, b'abcdefghij', '-', -3); t(B.hexlify, b'ab', ':', 2**70)
t(B.crc32, b'hello', 2**64 - 1); t(B.crc32, b'x', -(2**40)); t(B.crc_hqx, b'hello', -5); t(B.crc32, b'a', 1.5); t(B.crc_hqx, b'a', 'x')
for s in [b'=\rx\ny', b'=\r\r\ny', b'a=\nb', b'=\n\nb', b'= \nb', b'=x\nb']:
    t(B.a2b_qp, s)
import struct, hashlib
m = memoryview(bytearray(b'noncontig'))[::-2]
for f in [binascii.hexlify, binascii.a2b_base64, binascii.crc32, lambda m: hashlib.sha256(m), lambda m: struct.unpack('5s', m), lambda m: struct.pack_into('b', m, 0, 1), lambda m: hashlib.md5(m), lambda m: hashlib.blake2b(m), lambda m: hashlib.sha3_256(m)]:
    t(f, m)
