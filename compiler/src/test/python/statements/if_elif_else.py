def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))

x = 5
if x:
    if x > 3:
        print("x>3")
    else:
        print("x<=3")
if not x:
    print("never")
else:
    print("else branch")
if x == 5: print("one-line if")
y = "a" if x > 2 else "b"
print(y)
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
elif 0.0:
    print("zero float")
else:
    print("all falsy")
