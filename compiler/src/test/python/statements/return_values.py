def none1():
    return

def none2():
    pass

def tup():
    return 1, 2, 3

def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1

def nested_return(x):
    if x:
        try:
            return "try"
        finally:
            print("finally runs")
    return "end"

print(none1(), none2())
print(tup())
print(early(3), early(20))
print(nested_return(1))
print(nested_return(0))

def multi(a):
    return (a,) * 2 if a else [a]
print(multi(5), multi(0))
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
