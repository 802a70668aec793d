def f(a, b):
    return  a ** b  +  a  //  b

def g(a, b):
    return a < b

try:
    f(2, 0)
except ZeroDivisionError:
    g(1, "x")
