# The 4300-digit limit on int<->str conversion for non-power-of-two bases.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("str:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("int:", e)
print(len(str(10 ** 4299)))
print(int("1" * 4300) % 1000)
print(len(hex(big)), hex(big)[:10])
print(int("f" * 5000, 16) % 1000)
try:
    repr(-big)
except ValueError as e:
    print("repr:", e)
try:
    f"{big}"
except ValueError as e:
    print("format:", e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("set:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
sys.set_int_max_str_digits(4300)
try:
    print(len(str(10 ** 9000)))
except ValueError as e:
    print("again:", e)
print(str(2 ** 14000).__class__.__name__ if False else "done")
