# An error raised through a decorator's wrapper: both frames are shown.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@logged
def divide(a, b):
    return a // b
@logged
def scale(values, factor):
    return [divide(v, factor) for v in values]
print(scale([10, 20], 5))
print(divide(7, 2))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(scale([1, 2], 0))
