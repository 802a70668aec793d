e = ValueError("odd notes")
e.__notes__ = ("tuple note", 42)
try:
    raise e
except ValueError as first:
    second = KeyError("second")
    second.__notes__ = "not a sequence of notes"
    raise second
