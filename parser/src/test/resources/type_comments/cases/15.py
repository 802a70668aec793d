return_ = f()  # type: ignore
