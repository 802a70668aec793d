def f():
    return [1, 2, 3], (1, 2, 3), {1, 2, 3}, {"a": 1}
a1 = f()
a2 = f()
print(a1 == a2, a1[0] is a2[0], a1[1] is a2[1])
def g(x):
    return x in [1, 2, 3], x in (4, 5), x in {6, 7}
print(g(2), g(5), g(7), g(0))
def h():
    return [i for i in (1, 2, 3)] + list({4: 0, 5: 0})
print(h())
def mutate():
    lst = [1, 2]
    lst.append(3)
    return lst
print(mutate(), mutate())
def big_tuple():
    return (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34)
print(len(big_tuple()), big_tuple() is big_tuple())
def list_of_consts():
    return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
print(sum(list_of_consts()))
