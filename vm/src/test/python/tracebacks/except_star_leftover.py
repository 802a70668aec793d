# except* handles part of a group; the unhandled rest escapes as a smaller group.
def work():
    raise ExceptionGroup("batch", [
        ValueError("bad value"),
        TypeError("bad type"),
        OSError("disk"),
    ])
def run():
    try:
        work()
    except* ValueError as g:
        print("handled values:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("handled types:", [str(e) for e in g.exceptions])
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
run()
print("never")
