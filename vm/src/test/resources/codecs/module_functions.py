# The _codecs module's codec functions: encoders give (bytes, consumed), decoders (str, consumed).
import _codecs as c

def show(label, f, *args):
    try:
        r = f(*args)
        print(label, ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e)

texts = ['', 'abc', 'a\xe9\u20ac\U0001f600', '\ud800x', 'x\udcff', '\x00\x7f\x80\xff', 'tab\tnl\n\\\'"', '+-~\\ a+b']
for t in texts:
    for name in ['utf_8', 'ascii', 'latin_1', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be',
                 'unicode_escape', 'raw_unicode_escape', 'utf_7']:
        f = getattr(c, name + '_encode')
        for errors in (None, 'strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                       'surrogateescape', 'surrogatepass'):
            show(name + '_encode ' + ascii(t) + ' ' + str(errors), f, t, errors)
for bo in (0, 1, -1, 5):
    show('utf_16_encode bo', c.utf_16_encode, 'a\U0001f600', 'strict', bo)
    show('utf_32_encode bo', c.utf_32_encode, 'a\U0001f600', 'strict', bo)

datas = [b'', b'abc', b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80', b'\xff\xfe', b'\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x90\x28',
         b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'a\x00b\x00', b'\xff\xfea\x00\x00\xd8', b'\xfe\xff\x00a\xdc\x00',
         b'\x00\x00\x11\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\xd8\x00\xdc', b'\x00\xdc\x00\xd8a', b'\\x41\\u20ac\\N{EURO SIGN}',
         b'\\U0001f600\\377', b'+AOkgrA-x', b'\x80\x81']
for d in datas:
    for name in ['utf_8', 'ascii', 'latin_1', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be',
                 'unicode_escape', 'raw_unicode_escape', 'utf_7']:
        f = getattr(c, name + '_decode')
        for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass'):
            show(name + '_decode ' + ascii(d) + ' ' + errors, f, d, errors)
        if name not in ('ascii', 'latin_1'):
            for fin in (False, True):
                show(name + '_decode ' + ascii(d) + ' final=' + str(fin), f, d, 'strict', fin)
for d in [b'', b'\xff', b'\xff\xfe', b'\xfe\xff\x00a', b'\xff\xfea\x00', b'a\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a']:
    for bo in (0, 1, -1):
        for fin in (False, True):
            show('utf_16_ex ' + ascii(d) + ' %d %s' % (bo, fin), c.utf_16_ex_decode, d, 'strict', bo, fin)
            show('utf_32_ex ' + ascii(d) + ' %d %s' % (bo, fin), c.utf_32_ex_decode, d, 'strict', bo, fin)
# Argument errors
show('e1', c.utf_8_decode, 'x')
show('e2', c.utf_8_decode, 1)
show('e3', c.utf_8_encode, b'x')
show('e4', c.utf_8_decode, b'x', 1)
show('e5', c.utf_8_decode, bytearray(b'\xc3\xa9'))
show('e6', c.utf_8_decode, memoryview(b'\xc3\xa9'))
show('e7', c.utf_8_decode, b'\xc3', None, None)
show('e8', c.utf_8_decode, b'\xc3', None, 5.0)
show('e9', c.utf_16_encode, 'a', None, 'x')
show('e10', c.utf_8_decode)
show('e11', c.utf_8_decode, b'', 'strict', False, 1)
show('e12', c.unicode_escape_decode, '\\x41\xe9')
show('e13', c.latin_1_decode, 'x')
show('e14', c.utf_8_encode, 'x', 'nonesuch')
show('e15', c.utf_8_encode, '\ud800', 'nonesuch')
show('e16', c.utf_8_decode, b'\xff', 'nonesuch')
show('e17', c.ascii_encode, 'x', 1)
# Bytes escapes and readbuffer_encode
for d in [b'\\x4z', b'a\\x4', b'\\\n', b'\\x41\\101\\a\\"\\t', b'a\\', b'\\xzz', b'\\x']:
    for e in ('strict', 'replace', 'ignore', 'foo'):
        show('escape_decode ' + ascii(d) + ' ' + e, c.escape_decode, d, e)
show('escape_decode str', c.escape_decode, 'x\\n')
show('escape_encode', c.escape_encode, bytes(range(256)))
show('escape_encode str', c.escape_encode, 'x')
show('escape_encode bytearray', c.escape_encode, bytearray(b'x'))
show('readbuffer str', c.readbuffer_encode, 'x\xe9')
show('readbuffer bytes', c.readbuffer_encode, b'x')
show('readbuffer int', c.readbuffer_encode, 1)
# UTF-7 decoding details, incremental
for d in [b'+AG', b'+AGE', b'a+AGEA-b', b'+2D3eAA-', b'+2D0-', b'+2D0x', b'+2D0\xff', b'+2D3', b'+AGF-', b'+!', b'+', b'a+', b'\x80', b'+AGEAYQ', b'+AGEAYQ-', b'+-+-', b'a-b+AGE.']:
    for fin in (False, True):
        for e in ('strict', 'replace'):
            show('utf_7_decode %s %s %s' % (ascii(d), fin, e), c.utf_7_decode, d, e, fin)
# unicode_escape incremental
for d in [b'a\\', b'a\\u12', b'a\\x1', b'a\\N{LATIN', b'a\\N', b'a\\xzz', b'a\\u12zz', b'a\\U0011ffff', b'a\\1', b'a\\12', b'a\\\\', b'\\\\\\u1234\\\\\\\\\\u123', b'\\N{}', b'\\N{NO SUCH NAME}x']:
    for fin in (False, True):
        for e in ('strict', 'replace', 'backslashreplace'):
            show('unicode_escape_decode %s %s %s' % (ascii(d), fin, e), c.unicode_escape_decode, d, e, fin)
            show('raw_unicode_escape_decode %s %s %s' % (ascii(d), fin, e), c.raw_unicode_escape_decode, d, e, fin)
