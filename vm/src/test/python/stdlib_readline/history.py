# readline's history list and history files: 1-based items, 0-based positions, truncation.
import os
import readline
import tempfile

readline.clear_history()
print(readline.get_current_history_length(), readline.get_history_item(1))
for line in ["first", "second", "third", "caf\xe9"]:
    readline.add_history(line)
print(readline.get_current_history_length())
print([readline.get_history_item(i) for i in range(0, 6)])

readline.replace_history_item(0, "FIRST")
readline.remove_history_item(1)
print([readline.get_history_item(i) for i in range(1, 4)])

for call in (lambda: readline.remove_history_item(-1),
             lambda: readline.remove_history_item(10),
             lambda: readline.replace_history_item(-2, "x"),
             lambda: readline.replace_history_item(10, "x"),
             lambda: readline.add_history(5),
             lambda: readline.set_completer(5),
             lambda: readline.set_startup_hook("no"),
             lambda: readline.read_history_file("/nonexistent/dir/history")):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "history")
    readline.write_history_file(path)
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())
    readline.clear_history()
    readline.read_history_file(path)
    print(readline.get_current_history_length(), readline.get_history_item(3))
    readline.add_history("fourth")
    readline.append_history_file(1, path)
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())

    print(readline.get_history_length())
    readline.set_history_length(2)
    print(readline.get_history_length())
    readline.write_history_file(path)
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())
    readline.set_history_length(-1)
readline.clear_history()
print(readline.get_current_history_length())
