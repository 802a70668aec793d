fn = lambda x: x.missing_attr
items = [1]
total = sum(map(fn, items))
