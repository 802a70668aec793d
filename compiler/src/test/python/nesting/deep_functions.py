def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                def l5(e):
                    def l6(f):
                        def l7(g):
                            def l8(h):
                                return a + b + c + d + e + f + g + h
                            return l8
                        return l7
                    return l6
                return l5
            return l4
        return l3
    return l2
print(l1(1)(2)(3)(4)(5)(6)(7)(8))
def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
            def c():
                nonlocal x
                x += 100
                return x
            return c()
        return b()
    return a(), x
print(outer())
print(l1(1)(1)(1)(1)(1)(1)(1).__qualname__)
