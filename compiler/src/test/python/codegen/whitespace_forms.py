def f(x):
	if x:
		return "tab-indented"
	return "no"
print(f(1))
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2
     + 3)
print(y)
def g():
    a = [
        1,
            2,
    3,
    ]
    return a
print(g())
z = {'a': 1,
'b': 2}
print(z)
if True:  # comment after colon
    # comment line
    pass

    print("after blank line in block")
print("form feed above")
s = """multi
   line\
 continued"""
print(s)
