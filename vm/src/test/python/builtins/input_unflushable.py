# input() flushes stderr and stdout first, but a stream without a working flush is no error.
import io
import sys


class NoFlush:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class BadFlush(NoFlush):
    def flush(self):
        raise OSError("cannot flush")


saved = sys.stdin, sys.stdout, sys.stderr
try:
    sys.stdin = io.StringIO("first\nsecond\nthird\n")
    out = sys.stdout = NoFlush()
    first = input("prompt> ")
    out2 = sys.stdout = BadFlush()
    sys.stderr = BadFlush()
    second = input()
    third = input("again> ")
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
print(first, second, third)
print(out.parts, out2.parts)
