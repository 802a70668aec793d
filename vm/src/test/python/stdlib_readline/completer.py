# readline's completer settings, the module's constants, and rlcompleter on top of them.
import readline
import rlcompleter

print(repr(readline.get_completer_delims()))
readline.set_completer_delims(" \t\n.")
print(repr(readline.get_completer_delims()))
readline.set_completer_delims("")
print(repr(readline.get_completer_delims()))

print(readline.backend, hex(readline._READLINE_VERSION) >= "0x600")
print(type(readline._READLINE_RUNTIME_VERSION).__name__, type(readline._READLINE_LIBRARY_VERSION).__name__)
print(readline.get_begidx(), readline.get_endidx(), readline.get_completion_type())
print(repr(readline.get_line_buffer()))


def complete(text, state):
    return None


# Importing rlcompleter installed its completer.
print(readline.get_completer().__qualname__)
readline.set_completer(complete)
print(readline.get_completer() is complete)
readline.set_completer()
print(readline.get_completer())
readline.set_completer(None)
print(readline.get_completer())

c = rlcompleter.Completer({"alpha": 1, "alphabet": 2, "beta": 3})
print([c.complete("alp", i) for i in range(3)])
print(c.complete("bet", 0), c.complete("zzz", 0))

readline.set_startup_hook(lambda: None)
readline.set_startup_hook()
readline.set_pre_input_hook(None)
readline.set_completion_display_matches_hook(lambda *a: None)
readline.set_completion_display_matches_hook(None)
readline.set_auto_history(False)
readline.set_auto_history(True)
readline.parse_and_bind("set bell-style none")
readline.parse_and_bind('"\\t": complete')
for bad in (lambda: readline.set_completer_delims(1),
            lambda: readline.set_pre_input_hook(1),
            lambda: readline.parse_and_bind(None),
            lambda: readline.read_init_file("/nonexistent/inputrc")):
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print("done")
