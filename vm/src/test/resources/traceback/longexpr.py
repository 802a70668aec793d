def calc(xs):
    return (xs[0]
            + xs[1]
            + xs[2]
            + xs[3]
            + xs[4]
            + xs[5]
            + xs["six"])

calc(list(range(7)))
