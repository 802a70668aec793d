x = 1 # type: ignore[a]
# type: ignore
y = 2 # type: int
