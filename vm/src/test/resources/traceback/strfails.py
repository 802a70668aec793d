class Broken(Exception):
    strfails = True
    def __str__(self):
        raise RuntimeError("no str")

raise Broken("x")
