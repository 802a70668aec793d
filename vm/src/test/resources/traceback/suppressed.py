try:
    int("x")
except ValueError:
    raise LookupError("nope") from None
