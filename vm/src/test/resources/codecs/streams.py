# Bytes-to-bytes codecs (on binascii) and StreamReader/StreamWriter over io.BytesIO (on _io).
import codecs, io
for enc in ['hex_codec', 'hex', 'base64_codec', 'base64', 'quopri', 'uu']:
    try:
        e = codecs.encode(b'hello\xff', enc)
        print(enc, e, codecs.decode(e, enc))
    except Exception as ex:
        print(enc, type(ex).__name__, ex)
b = io.BytesIO()
w = codecs.getwriter('utf-16')(b)
w.write('a\u20ac')
w.write('b')
print(b.getvalue())
r = codecs.getreader('utf-16')(io.BytesIO(b.getvalue()))
print(ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('line1\nl\xedne2\r\nline3'.encode()))
print(ascii(r.readline()), ascii(r.readlines()))
r = codecs.getreader('utf-8')(io.BytesIO('\u20ac\u20ac\u20ac'.encode()))
print(ascii([r.read(1), r.read(1), r.read()]))
srw = codecs.StreamReaderWriter(io.BytesIO(b'abc\xc3\xa9'), codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(ascii(srw.read()))
ef = codecs.EncodedFile(io.BytesIO(), 'latin-1', 'utf-8')
ef.write('\xe9'.encode('latin-1'))
print(ef.stream.getvalue())
rec = codecs.StreamRecoder(io.BytesIO(b'\xe9t\xe9'), codecs.getencoder('utf-8'), codecs.getdecoder('utf-8'),
                           codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print(rec.read())
w = codecs.getwriter('ascii')(io.BytesIO(), 'xmlcharrefreplace')
w.write('\u20ac!')
print(w.getvalue() if hasattr(w, 'getvalue') else w.stream.getvalue())
