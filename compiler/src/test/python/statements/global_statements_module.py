counter = 0

def inc():
    global counter
    counter += 1
    return counter

for _ in range(4):
    inc()
print("counter", counter)

def make():
    global made
    made = "yes"
make()
print(made)

def read_only():
    return counter * 10
print(read_only())

def shadow():
    counter = -1
    return counter
print(shadow(), counter)
