import codecs
R = None
def h(e):
    r = R(e) if callable(R) else R
    return r
codecs.register_error('h', h)
for rep in [lambda e: ('é', e.end), lambda e: ('\u20ac', e.end), lambda e: (b'\xff', e.end), lambda e: (b'\xff\xfe\x00', e.end), lambda e: ('ab', -1) if e.start < 3 else ('', e.end),
            ('x', 10), ('x', -10), ['x', 1], ('x',), ('x', 1.0), (1, 1), 'x', lambda e: ('\udc80', e.end), lambda e: ('?', e.end), ('abc', 2**70), lambda e: ('[%d,%d]' % (e.start, e.end), e.end)]:
    R = rep
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-32-be', 'cp1252', 'utf-7', 'unicode_escape']:
        try: print(enc, '\ud800\u0101z\udfff\U00010000'.encode(enc, 'h'))
        except Exception as e: print(enc, type(e).__name__, e)
for rep in [lambda e: ('é', e.end), lambda e: ('ab', -2) if e.start < 3 else ('', e.end), ('x', 10), ('x', -10), (b'x', 1), ('x', 2**70), lambda e: ('[%d,%d]' % (e.start, e.end), e.end)]:
    R = rep
    for enc in ['utf-8', 'ascii', 'utf-16-le', 'cp1252', 'utf-7', 'unicode_escape']:
        try: print(enc, ascii(b'\x81\xff\xff\xff\x81z'.decode(enc, 'h')))
        except Exception as e: print(enc, type(e).__name__, e)
