# An exception raised inside a key function called by sorted(): builtin frames are not shown.
people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy", "age": 40},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"], reverse=True)])
people.append({"name": "dee"})
print(len(people))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(sorted(people, key=lambda p: p["age"]))
