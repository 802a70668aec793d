# The codec registry: search functions, normalisation, cache, encode/decode through it,
# text-encoding checks, notes on errors, and str.encode/bytes.decode for non-built-in names.
import codecs, sys

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, '__notes__', None))

print(sorted(n for n in dir(__import__('_codecs')) if not n.startswith('__')))
seen = []
def s(n):
    seen.append(n)
    return None
codecs.register(s)
for n in ['Foo-Bar Baz', '\xc4\xd6 x', 'a.b', 'X_Y', '  a--b  ', 'a__b', '_a', 'a_', 'a.-b', '\xc4', '', 'a b\u20acc', 'A1.B2']:
    show('lookup ' + ascii(n), codecs.lookup, n)
print(seen)
show('lookup bytes', codecs.lookup, b'x')
show('lookup nul', codecs.lookup, 'a\0b')
show('lookup int', codecs.lookup, 1)
ci = codecs.lookup('UTF-8')
print(type(ci).__name__, ci.name, ci is codecs.lookup('utf_8'), ci is codecs.lookup('utf8'))
print(codecs.lookup('latin1').name, codecs.lookup('L1').name, codecs.lookup('646').name, codecs.lookup('U16').name)

class E(Exception): pass
def enc(s, errors='strict'):
    raise {'a': ValueError('v'), 'b': KeyError('k'), 'c': E('e'), 'd': TypeError('t')}[s[0]]
def dec(b, errors='strict'):
    return (42, 1)
calls = []
def search(n):
    if n == 'my_codec':
        return codecs.CodecInfo(enc, dec, name='mine')
    if n == 'tup':
        return (enc, dec, None, None)
    if n == 'bad':
        return (1, 2, 3)
    if n == 'badenc':
        return codecs.CodecInfo(lambda s, e='strict': ('x', 1), lambda b, e='strict': (b'x', 1), name='bb')
    if n == 'notup':
        return codecs.CodecInfo(lambda s, e='strict': 'x', lambda b, e='strict': 'x', name='nt')
    if n == 'spy':
        def spyenc(*args):
            calls.append(('enc', [type(a).__name__ for a in args]))
            return (b'spy', 1)
        def spydec(*args):
            calls.append(('dec', [type(a).__name__ for a in args]))
            return ('spy', 1)
        return codecs.CodecInfo(spyenc, spydec, name='spy')
    if n == 'ba':
        return codecs.CodecInfo(lambda s, e='strict': (bytearray(b'ba'), 1), dec, name='ba')
codecs.register(search)
for ch in 'abcd':
    show('str.encode ' + ch, ch.encode, 'My-Codec')
    show('codecs.encode ' + ch, codecs.encode, ch, 'My-Codec')
tests = [('b.decode', lambda: b'x'.decode('my_codec')), ('codecs.decode', lambda: codecs.decode(b'x', 'my_codec')),
         ('bad', lambda: codecs.lookup('bad')), ('badenc e', lambda: 'x'.encode('badenc')), ('badenc d', lambda: b'x'.decode('badenc')),
         ('notup e', lambda: codecs.encode('x', 'notup')), ('notup d', lambda: codecs.decode(b'x', 'notup')),
         ('tup', lambda: 'x'.encode('tup')), ('handler', lambda: 'x'.encode('UTF-16LE', 'nonesuch')),
         ('handler2', lambda: b'x'.decode('UTF-16LE', 'nonesuch')), ('tup lookup', lambda: type(codecs.lookup('tup')).__name__),
         ('lookup_error', lambda: codecs.lookup_error('nonesuch')), ('register 1', lambda: codecs.register(1)),
         ('register_error', lambda: codecs.register_error('x', 1)), ('encode int', lambda: codecs.encode(1, 'utf-8')),
         ('encode nonesuch', lambda: codecs.encode('x', 'nonesuch')), ('str nonesuch', lambda: 'x'.encode('nonesuch')),
         ('rot13 str', lambda: 'x'.encode('rot13')), ('rot13 codecs.decode', lambda: codecs.decode(b'x', 'rot13')),
         ('errors int', lambda: codecs.encode('x', errors=1)), ('str() rot13', lambda: str(b'x', 'rot13')),
         ('unregister 1', lambda: codecs.unregister(1)), ('rot13', lambda: codecs.encode('Hello', 'rot13')),
         ('empty', lambda: b''.decode('nonesuch')), ('spy e', lambda: 'x'.encode('spy')), ('spy e2', lambda: 'x'.encode('spy', 'strict')),
         ('spy d', lambda: b'x'.decode('spy')), ('spy d2', lambda: str(b'x', 'spy', 'ignore')), ('spy d3', lambda: bytearray(b'x').decode('spy')),
         ('codecs.encode kw', lambda: codecs.encode(obj='x', encoding='spy', errors='e')),
         ('codecs.encode none', lambda: codecs.encode('x', encoding=None)), ('codecs.encode missing', lambda: codecs.encode()),
         ('calls', lambda: calls)]
for label, f in tests:
    show(label, f)
codecs.unregister(search)
show('after unregister', codecs.lookup, 'my_codec')
# Fast and registry names
for n in ['utf-8', 'UTF-8', 'utf_8', 'utf8', 'Utf 8', 'u8', 'utf', 'utf-16', 'UTF16', 'utf-16-le', 'utf-32', 'utf-32-be',
          'latin-1', 'ISO_8859-1', 'l1', 'ascii', 'us-ascii', '646', 'unicode_escape', 'raw_unicode_escape', 'utf-8-sig',
          'cp65001', ' utf-8', 'utf--8']:
    r = []
    for data, op in ((b'\xff\xff\xff', 'dec'), ('\udcff', 'enc'), (b'ok\xc3\xa9', 'dec'), ('ok\xe9', 'enc')):
        try:
            v = data.decode(n) if op == 'dec' else data.encode(n)
            r.append(ascii(v))
        except UnicodeError as e:
            r.append((type(e).__name__, str(e), getattr(e, '__notes__', None)))
        except LookupError as e:
            r.append('LookupError')
    print(ascii(n), r)
# Error handler registry
def myhandler(e):
    return ('<%s %d-%d %s>' % (type(e).__name__, e.start, e.end, e.reason), e.end)
codecs.register_error('mine', myhandler)
print(codecs.lookup_error('mine') is myhandler)
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'cp1252', 'utf-7', 'unicode_escape', 'koi8_r']:
    show('enc mine ' + enc, 'a\u20ac\u4e00b\udc80'.encode, enc, 'mine')
    show('dec mine ' + enc, b'a\x81\xff\xfe\\x4'.decode, enc, 'mine')
for n in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    print(n, codecs.lookup_error(n).__name__, codecs.lookup_error(n) is getattr(codecs, n + '_errors', codecs.lookup_error(n)))
# A handler that raises, and one re-registered
def boom(e):
    raise RuntimeError('boom %d' % e.start)
codecs.register_error('boom', boom)
show('boom', 'ab\u20ac'.encode, 'ascii', 'boom')
show('boom d', b'ab\xff'.decode, 'utf-8', 'boom')
# The same exception object across calls of one encode
objs = []
def keep(e):
    objs.append(e)
    return ('?', e.end)
codecs.register_error('keep', keep)
'\u20acx\u20ac'.encode('ascii', 'keep')
print(len(objs), objs[0] is objs[1], objs[0].start, objs[0].end)
# Without any search function
import encodings
codecs.unregister(s)
codecs.unregister(encodings.search_function)
show('no search functions', codecs.lookup, 'utf-16-le')
show('no search functions, bytes.decode', b'x'.decode, 'cp1252')
show('no search functions, fast path', b'x'.decode, 'utf-8')
