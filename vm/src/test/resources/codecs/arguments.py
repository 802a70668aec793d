# Argument checking of the _codecs functions and the built-in error handlers.
import _codecs as c
tests = [lambda: c.utf_8_decode(b'x', errors='strict'), lambda: c.utf_8_encode(), lambda: c.utf_8_encode('a', 'strict', 1),
         lambda: c.utf_16_encode('a', 'strict', 2**70), lambda: c.utf_16_ex_decode(b'a\x00', 'strict', 2**40),
         lambda: c.lookup(), lambda: c.lookup('a', 'b'), lambda: c.register(), lambda: c.register_error('x'),
         lambda: c.charmap_build(), lambda: c.encode('x', 'utf-8', 'strict', 1), lambda: c.decode(b'x', bad=1),
         lambda: c.lookup_error(), lambda: c.escape_decode(), lambda: c.utf_7_encode(1), lambda: c.charmap_encode(b'x'),
         lambda: c.unicode_escape_decode(1), lambda: c.utf_32_decode(b'', 'strict', True, 4),
         lambda: c.strict_errors if hasattr(c, 'strict_errors') else 'no attr', lambda: c.register_error(1, print),
         lambda: c.utf_8_encode('x', errors='strict'), lambda: c.utf_16_decode(b'\x00', 'strict', []),
         lambda: __import__('codecs').strict_errors(), lambda: __import__('codecs').ignore_errors(1, 2),
         lambda: __import__('codecs').ignore_errors(exc=1)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
