# ctypes' simple types: sizes, values, truncation, from_param, byte order, errors.
import ctypes
from ctypes import *

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_char, c_bool, c_wchar,
          c_char_p, c_wchar_p, c_void_p, c_size_t, c_ssize_t):
    print(t.__name__, t._type_, sizeof(t), alignment(t))

print(c_int(42), c_uint(-1).value, c_ubyte(300).value, c_byte(200).value)
print(c_short(-70000).value, c_ulonglong(-1).value, c_longlong(2**63).value)
print(c_double(1.25), c_float(0.1).value == 0.1, round(c_float(0.1).value, 6))
print(c_char(b"x"), c_char(65).value, c_bool(7), c_bool(0).value, c_wchar("é").value)
print(c_char_p(b"hello").value, c_char_p().value, c_wchar_p("wide").value, c_void_p().value)
print(c_void_p(1234).value, bool(c_int(0)), bool(c_int(3)))

i = c_int(5)
i.value = 2**32 + 7
print(i.value)

for bad in ((c_int, 1.5), (c_double, "x"), (c_char, b"ab"), (c_char_p, "text"), (c_wchar_p, b"b")):
    try:
        bad[0](bad[1])
    except TypeError as e:
        print("TypeError:", e)

print(c_int.from_param(3), c_double.from_param(1.5), c_char.from_param(b"a"))
try:
    c_int.from_param("no")
except TypeError as e:
    print("TypeError:", e)

be = c_int.__ctype_be__(0x01020304)
le = c_int.__ctype_le__(0x01020304)
print(bytes(be), bytes(le), be.value, le.value)
print(c_int.__ctype_le__ is c_int, c_double.__ctype_be__.__ctype_le__ is c_double)

class MyInt(c_int):
    def __repr__(self):
        return "MyInt(%d)" % self.value

print(MyInt(9), type(MyInt(9)).__mro__[1].__name__)
print(type(c_int).__name__, type(c_int).__module__, c_int.__mro__[-3].__name__)
try:
    class Bad(ctypes._SimpleCData):
        _type_ = "y"
except AttributeError as e:
    print("AttributeError:", str(e).replace("\n", " "))
