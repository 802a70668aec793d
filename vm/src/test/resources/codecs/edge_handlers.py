# Built-in error handlers inside the codecs: ranges reported, surrogateescape/surrogatepass per codec.
import codecs
for s in ['\udc80\udfff\ud800x', '\udc80\udcff', 'a\udc80\u20ac', '\udc80x\ud800']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32', 'cp1252']:
        for err in ['surrogateescape', 'surrogatepass', 'replace', 'namereplace']:
            try: print(ascii(s), enc, err, s.encode(enc, err))
            except UnicodeError as e: print(ascii(s), enc, err, e)
for d in [b'\xed\xb2\x80', b'\xed\xa0\x80x', b'\x80\xdc\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc\x00\x00', b'\xff\xff\xff\xff']:
    for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32', 'ascii', 'cp1252', 'utf-7', 'unicode_escape']:
        for err in ['surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
            try: print(ascii(d), enc, err, ascii(d.decode(enc, err)))
            except UnicodeError as e: print(ascii(d), enc, err, e)
print(ascii('\udc80'.encode('utf-8', 'surrogateescape').decode('utf-8', 'surrogateescape')))
print(ascii(bytes(range(128, 256)).decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape')[:5]))
