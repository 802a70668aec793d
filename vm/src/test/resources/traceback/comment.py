a = 1
b = "two"
c = a + b  # adding things
