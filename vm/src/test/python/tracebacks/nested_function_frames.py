# Frames of nested functions and methods show their plain names; the class method calls a closure.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        def apply(step, v):
            return step(v)
        for step in self.steps:
            value = apply(step, value)
            print("after", step.__name__, value)
        return value
def double(x):
    return x * 2
def invert(x):
    return 1 / x
def shift(x):
    return x - 8
print(Pipeline([double, invert]).run(4))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(Pipeline([double, shift, invert]).run(4))
