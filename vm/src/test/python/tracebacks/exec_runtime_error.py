# A runtime error inside exec'd code: the frame is File "<string>", without source text.
program = """
def helper(values):
    return [10 // v for v in values]

numbers = [5, 2, 0, 1]
print("in exec")
result = helper(numbers)
"""
print("compiling")
code = compile(program, "<string>", "exec")
print(type(code).__name__, code.co_filename)
ns = {}
print("running")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
exec(code, ns)
print("never")
