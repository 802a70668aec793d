items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'\n'.join(items)}")
d = {"key": "value"}
print(f"{d["key"]}")
print(f"{"multi" 
   + "line"}")
print(f"""{
    3 + 4
}""")
x = 5
print(f"{x:{"^"}{x * 2}}|")
print(f"{  x  }")
print(f"{x # a comment
}")
print(f"{'{'}{'}'}")
print(f"{(lambda v: v * 2)(x)}")
print(f'{"quotes" + 'mixed'}')
