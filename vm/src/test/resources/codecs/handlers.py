import codecs
E = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'r')
D = UnicodeDecodeError('ascii', b'a\xe9\x80\x41\xff\xfe', 1, 5, 'r')
T = UnicodeTranslateError('a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'r')
names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
for n in names:
    h = codecs.lookup_error(n)
    for x in (E, D, T, 1, ValueError('v')):
        try: print(n, type(x).__name__, ascii(h(x)))
        except Exception as e: print(n, type(x).__name__, 'raised', type(e).__name__, e, e is x)
for s, e in ((-5, 100), (3, 3), (0, 0), (10, 20)):
    for n in names[1:]:
        for x in (UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', s, e, 'r'), UnicodeDecodeError('ascii', b'a\xe9\x80\x41\xff\xfe', s, e, 'r')):
            try: print(n, s, e, type(x).__name__, ascii(codecs.lookup_error(n)(x)))
            except Exception as ex: print(n, s, e, type(x).__name__, 'raised', type(ex).__name__, ex)
for enc in ('utf-8', 'utf8', 'UTF-8', 'utf-16', 'utf-16-le', 'utf_16_be', 'utf-16be', 'utf-32', 'utf-32-le', 'utf-32-be', 'latin-1', 'x'):
    x = UnicodeEncodeError(enc, 'a\ud800b\udfff', 1, 2, 'r')
    try: print(enc, ascii(codecs.surrogatepass_errors(x) if hasattr(codecs, 'surrogatepass_errors') else codecs.lookup_error('surrogatepass')(x)))
    except Exception as ex: print(enc, 'raised', type(ex).__name__, ex)
    data = 'a\ud800b'.encode(enc if enc != 'x' else 'utf-8', 'surrogatepass') if enc not in ('latin-1', 'x') else b'abc'
    x = UnicodeDecodeError(enc, data, 1, 2, 'r')
    try: print(enc, ascii(codecs.lookup_error('surrogatepass')(x)))
    except Exception as ex: print(enc, 'raised', type(ex).__name__, ex)
