# Calling the C library: argtypes/restype/errcheck, variadic calls, errno, structs by value,
# callbacks (qsort), ctypes.util.find_library.
import ctypes
import ctypes.util
from ctypes import *

libc = CDLL(None, use_errno=True)
print(libc.strlen(b"hello, world"), libc.abs(-42), libc.labs(c_long(-7)))

libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
libc.strtol.restype = c_long
end = c_char_p()
print(libc.strtol(b"0x1fZZ", byref(end), 16), end.value)

buf = create_string_buffer(64)
n = libc.snprintf(buf, 64, b"%d-%s-%.2f-%c", 42, b"str", c_double(3.14159), ord("x"))
print(n, buf.value)
libc.snprintf.argtypes = [c_char_p, c_size_t, c_char_p]
print(libc.snprintf(buf, 64, b"%ld|%5.1f|%d", c_long(-5), c_double(2.5), 7), buf.value)
try:
    libc.snprintf(buf, 64, b"%f", c_float(2.5))
except RuntimeError as e:
    print("RuntimeError:", e)

class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
libc.div.restype = div_t
d = libc.div(17, 5)
print(type(d).__name__, d.quot, d.rem)

class in_addr(Structure):
    _fields_ = [("s_addr", c_uint32)]
libc.inet_ntoa.argtypes = [in_addr]
libc.inet_ntoa.restype = c_char_p
print(libc.inet_ntoa(in_addr(0x0100007F)))

libc.close.argtypes = [c_int]
set_errno(0)
print(libc.close(-1), get_errno(), set_errno(0))

def check(result, func, args):
    if result < 0:
        raise OSError(get_errno(), "failed")
    return result * 10
libc.abs.errcheck = check
print(libc.abs(-3))

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def compare(a, b):
    calls.append(1)
    return a[0] - b[0]
values = (c_int * 8)(5, 1, 7, 33, 99, -4, 0, 12)
libc.qsort(values, len(values), sizeof(c_int), CMPFUNC(compare))
print(list(values), len(calls) > 0)

square = CFUNCTYPE(c_double, c_double)(lambda x: x * x)
print(square(1.5), bool(square))

try:
    libc.no_such_function_here
except AttributeError as e:
    print("AttributeError:", "undefined symbol" in str(e))
try:
    libc.strlen.argtypes = [c_char_p]
    libc.strlen("text")
except ctypes.ArgumentError as e:
    print("ArgumentError:", e)

name = ctypes.util.find_library("c")
print(name is not None and name.startswith("libc"), CDLL(name).strlen(b"abc"))
print(ctypes.util.find_library("no_such_library_at_all"))
