a + b  # type: int
