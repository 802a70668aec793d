if x:
    pass
# type: ignore
