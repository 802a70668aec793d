# Lib/encodings and Lib/codecs on _codecs: incremental coders, streams of iterables, and the
# Python-level codecs (idna, punycode, utf-8-sig, rot13, charmaps).
import codecs

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, '__notes__', None))

text = 'a\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7', 'utf-8-sig',
            'latin-1', 'unicode_escape', 'raw_unicode_escape', 'cp1252', 'koi8_r', 'mac_roman', 'cp437', 'punycode']:
    sample = 'a\xe9z' if enc != 'koi8_r' else 'a\u0416z'
    try:
        data = text.encode(enc)
    except UnicodeError as e:
        data = sample.encode(enc)
    print(enc, ascii(data))
    # Incremental decoding, one byte at a time: splits inside multi-byte sequences.
    d = codecs.getincrementaldecoder(enc)()
    # (punycode's incremental decoder wants all of its input at once.)
    step = len(data) if enc == 'punycode' else 1
    out = [d.decode(data[i:i + step]) for i in range(0, len(data), step)]
    out.append(d.decode(b'', final=True))
    print(' bytewise', ascii(out))
    d.reset()
    print(' whole', ascii(d.decode(data, final=True)))
    e = codecs.getincrementalencoder(enc)()
    print(' incenc', ascii([e.encode(ch) for ch in sample] + [e.encode('', final=True)]))
    print(' iterencode', ascii(b''.join(codecs.iterencode(iter(sample), enc))))
    print(' iterdecode', ascii(''.join(codecs.iterdecode((data[i:i + 2] for i in range(0, len(data), 2 if enc != 'punycode' else len(data))), enc))))
    print(' getencoder', ascii(codecs.getencoder(enc)('az')), ascii(codecs.getdecoder(enc)(data[:0])))
# Incomplete input at the end
for enc, data in [('utf-8', b'a\xe2\x82'), ('utf-16-le', b'a\x00\x3d\xd8'), ('utf-32', b'\xff\xfe\x00\x00a'), ('utf-7', b'a+AOk')]:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, ascii(d.decode(data)), ascii(d.getstate()))
    show(enc + ' final', d.decode, b'', True)
# Error handlers through incremental decoders
d = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii([d.decode(b'\xe2'), d.decode(b'\x82x'), d.decode(b'\xff', final=True)]))
d = codecs.getincrementaldecoder('utf-8')('surrogatepass')
print(ascii([d.decode(b'\xed\xa0'), d.decode(b'\x80')]))
# Python-level codecs
show('rot13', codecs.encode, 'Hello, World!', 'rot13')
show('rot_13 decode', codecs.decode, 'Uryyb', 'rot_13')
show('punycode', 'b\xfccher'.encode, 'punycode')
show('punycode dec', b'bcher-kva'.decode, 'punycode')
show('utf-8-sig', 'x'.encode, 'utf-8-sig')
show('utf-8-sig dec', b'\xef\xbb\xbfx'.decode, 'utf-8-sig')
show('utf-8-sig dec2', b'x'.decode, 'utf-8-sig')
show('raw_unicode_escape', 'a\u20ac\\'.encode, 'raw_unicode_escape')
show('unicode_escape', 'a\u20ac\\\n'.encode, 'unicode_escape')
show('mbcs', 'x'.encode, 'mbcs')
show('undefined', 'x'.encode, 'undefined')
show('hex is not text', 'x'.encode, 'hex')
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM)
# Codec classes used directly
c = codecs.lookup('utf-16')
print(c.name, c.encode('ab'), c.decode(b'\xfe\xff\x00a'))
sr = codecs.lookup('latin-1')
print(sr.streamreader.__name__, sr.streamwriter.__name__, sr.incrementalencoder.__name__)
print(codecs.strict_errors.__name__, codecs.ignore_errors, codecs.replace_errors.__name__)
