def f():
    """A docstring."""
    pass

class C:
    "Class doc"
    pass

print(f.__doc__)
print(C.__doc__)
print(f())

def g():
    x = 1
    """not a docstring"""
    return x

print(g.__doc__, g())

def h():
    ...
print(h())
if True:
    pass
for i in range(2):
    pass
print(i)
while False:
    pass
print(__doc__)
