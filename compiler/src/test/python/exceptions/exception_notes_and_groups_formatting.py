import traceback
e = ValueError("base message")
e.add_note("first note")
e.add_note("second note")
print("".join(traceback.format_exception_only(e)), end="")
eg = ExceptionGroup("two problems", [KeyError("k"), ValueError("v")])
for line in traceback.format_exception(eg):
    if "File" not in line:
        print(line, end="")
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
class Custom(Exception):
    def __str__(self):
        return "custom str"
print("".join(traceback.format_exception_only(Custom())), end="")
print("".join(traceback.format_exception_only(ValueError, ValueError("explicit"))), end="")
