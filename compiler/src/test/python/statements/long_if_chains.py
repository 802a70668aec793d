def grade(score):
    if score >= 97: return "A+"
    elif score >= 93: return "A"
    elif score >= 90: return "A-"
    elif score >= 87: return "B+"
    elif score >= 83: return "B"
    elif score >= 80: return "B-"
    elif score >= 77: return "C+"
    elif score >= 73: return "C"
    elif score >= 70: return "C-"
    elif score >= 67: return "D+"
    elif score >= 63: return "D"
    elif score >= 60: return "D-"
    else: return "F"
print([grade(s) for s in range(55, 101, 4)])
def kind(c):
    if c.isdigit():
        kind = "digit"
    elif c.isalpha():
        if c.isupper():
            kind = "upper"
        else:
            kind = "lower"
    elif c.isspace():
        kind = "space"
    else:
        kind = "punct"
    return kind
print([kind(c) for c in "aZ3 !"])
