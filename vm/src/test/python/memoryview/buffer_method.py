# PEP 688: a class written in Python lends its memory through __buffer__(flags), which
# memoryview(), bytes() and the other bytes-like consumers call (with the flags CPython passes),
# and learns the view is given back through __release_buffer__.
import collections.abc, inspect
print(hasattr(bytes, '__buffer__'), hasattr(bytearray, '__release_buffer__'), hasattr(memoryview, '__buffer__'))
print(isinstance(b'', collections.abc.Buffer), isinstance('', collections.abc.Buffer))
class B:
    def __init__(self): self.data = bytearray(b'abcd'); self.released = []
    def __buffer__(self, flags):
        print('flags', flags, inspect.BufferFlags(flags))
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.released.append(type(view).__name__)
b = B()
m = memoryview(b)
print(m.obj is b, m.tobytes(), bytes(b), m.readonly)
m[0] = ord('X'); print(b.data)
m.release(); print(b.released)
print(b'-'.join([b, b]))
print(isinstance(b, collections.abc.Buffer))
class Bad:
    def __buffer__(self, flags): return b'no'
try: memoryview(Bad())
except TypeError as e: print(e)
