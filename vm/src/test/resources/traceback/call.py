def make():
    return 5

result = make()(1, 2) + 3
