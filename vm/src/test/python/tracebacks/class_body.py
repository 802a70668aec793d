# An error raised while a class body is being executed.
def compute_table(n):
    return [1 / (i - n) for i in range(n + 1)]
class Constants:
    PI_ISH = 22 / 7
    SQUARES = [i * i for i in range(5)]
    NAMES = ("alpha", "beta")
print(Constants.PI_ISH, Constants.SQUARES, Constants.NAMES)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
class Broken:
    size = 3
    table = compute_table(size)
    after = "never"
print("never")
print("never")
print("never")
