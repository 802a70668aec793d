class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
print(NotFound.__mro__[1].__name__, issubclass(NotFound, Exception))
class WithNotes(Exception):
    pass
e = WithNotes("base")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise ValueError()
except ValueError as ex:
    print(repr(ex), str(ex) == "")
class E2(Exception):
    def __repr__(self):
        return "E2!"
print(repr(E2()), str(E2(1, 2)))
