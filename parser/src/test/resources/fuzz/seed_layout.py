if True:
	pass

class C:
    def f(self):
        return [
            i
            for i in range(3)
        ]

    @staticmethod
    def g(): ...


def h(
    a,
    b,
):
    """doc"""
    return (a,
            b)
