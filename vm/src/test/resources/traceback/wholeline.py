def fail():
    raise ValueError("bad value")

def wrapper():
    return fail()

x = wrapper()
