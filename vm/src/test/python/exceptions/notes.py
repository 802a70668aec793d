# add_note and __notes__, including errors for non-str notes.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
e2 = KeyError("k")
e2.__notes__ = []
e2.add_note("appended")
print(e2.__notes__)
def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item {item!r}")
        raise
try:
    process(0)
except ZeroDivisionError as err:
    print(err, err.__notes__)
class Custom(Exception):
    pass
c = Custom()
c.add_note("n1")
c.add_note("")
print(c.__notes__, len(c.__notes__))
try:
    c.add_note()
except TypeError as err:
    print("TypeError", err)
try:
    c.add_note("a", "b")
except TypeError as err:
    print("TypeError", err)
del c.__notes__
print(hasattr(c, "__notes__"))
b = BaseException("base")
b.add_note("on base")
print(b.__notes__, callable(BaseException.add_note))
class StrNote(str):
    pass
n = Exception()
n.add_note(StrNote("subclass note"))
print(n.__notes__, type(n.__notes__[0]).__name__)
