# raise with classes, instances, non-exceptions; custom exception classes with __str__/__init__.
for thing in (ValueError, ValueError("inst"), 5, "text", object, None, int):
    try:
        raise thing
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", repr(e))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code)
class NoSuper(Exception):
    def __init__(self, a):
        self.a = a
try:
    raise NoSuper("x")
except NoSuper as e:
    print(repr(e), e.args, str(e))
class BadInit(Exception):
    def __init__(self):
        pass
try:
    raise BadInit
except BadInit as e:
    print(repr(e), e.args)
class Returns:
    pass
try:
    raise Returns()
except TypeError as e:
    print("TypeError", e)
class NotExc(type):
    pass
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print("first matches before checking 5")
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return True
class Catcher(Exception, metaclass=Meta):
    pass
try:
    raise KeyError("k")
except Catcher:
    print("caught by metaclass __subclasscheck__")
except KeyError:
    print("caught as KeyError")
class StrFails(Exception):
    def __str__(self):
        raise RuntimeError("str broken")
try:
    str(StrFails())
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(StrFails("a")), Exception("x") == Exception("x"), hash(Exception) is not None)
