# "During handling of the above exception, another exception occurred" from a handler that fails.
def read_value(store, key):
    try:
        return store[key]
    except KeyError:
        return store["defaults"][key]
store = {"a": 1, "defaults": {"b": 2}}
print(read_value(store, "a"))
print(read_value(store, "b"))
print(sorted(store))
print(store["defaults"])
print("reading c")
x = 1
y = 2
print(x + y)
read_value(store, "c")
print("never")
print("never")
print("never")
print("never")
print("never")
print("never")
print("never")
