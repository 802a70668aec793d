lambda a, b: 0  # type: ignore
