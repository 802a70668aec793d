# Notes added with add_note are printed after the exception message.
def validate(record):
    if record["age"] < 0:
        err = ValueError(f"negative age: {record['age']}")
        err.add_note(f"record id: {record['id']}")
        err.add_note("hint: ages must be >= 0")
        raise err
    return record
records = [
    {"id": 1, "age": 30},
    {"id": 2, "age": 41},
    {"id": 3, "age": -5},
    {"id": 4, "age": 7},
]
for r in records:
    try:
        validate(r)
        print("ok", r["id"])
    except ValueError as e:
        e.add_note("while validating the record list")
        print("first pass failed at", r["id"])
        break
print("second pass, not caught")
for r in records:
    validate(r)
