data = {"alpha": [1, 2, 3]}

def lookup(d, key):
    return d[key][0] * 2

value = lookup(data, "beta")
