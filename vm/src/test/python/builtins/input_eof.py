# input() with stdin at end of file raises EOFError; the prompt goes to stdout.
import sys
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", repr(e), e.args)
try:
    input()
except EOFError as e:
    print("EOFError again", e)
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
for bad in ((1, 2), ):
    try:
        input(*bad)
    except TypeError as e:
        print("TypeError", e)
class P:
    def __str__(self):
        return "str-prompt: "
try:
    input(P())
except EOFError:
    print("<EOF after object prompt>")
print(type(sys.stdin).__name__ in ("TextIOWrapper",), sys.stdin.closed, sys.stdout.closed)
print(callable(input), input.__name__, input.__doc__.splitlines()[0])
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stderr.isatty())
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.errors, sys.stdout.errors)
print(sys.stdin.encoding.lower().replace("-", ""), sys.stdin.read(0) == "")
import_names = sorted(n for n in ("stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__") if hasattr(sys, n))
print(import_names, sys.stdout is sys.__stdout__)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me")
print("", n)
sys.stdout.flush()
print("end")
