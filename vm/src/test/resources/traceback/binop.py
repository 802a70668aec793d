def divide(a, b):
    total = a / b + 1
    return total

def main():
    x = 10
    print(divide(x, 0))

main()
