# _curses' constants and module attributes, which need no terminal.
import _curses
import curses

names = sorted(n for n in dir(_curses) if n.isupper() and isinstance(getattr(_curses, n), int))
print(len(names))
for prefix in ("A_", "COLOR_", "BUTTON", "KEY_", "ERR", "OK", "ALL_", "REPORT_"):
    group = [n for n in names if n.startswith(prefix)]
    print(prefix, len(group), sum(getattr(_curses, n) for n in group))
print(_curses.A_BOLD, _curses.A_REVERSE, _curses.A_COLOR, _curses.A_CHARTEXT, _curses.A_ATTRIBUTES)
print(_curses.KEY_UP, _curses.KEY_F1, _curses.KEY_F63, _curses.KEY_RESIZE, _curses.KEY_MOUSE, _curses.KEY_MAX)
print(_curses.BUTTON1_CLICKED, _curses.BUTTON5_TRIPLE_CLICKED, _curses.ALL_MOUSE_EVENTS)
print(_curses.version, _curses.__version__)
v = _curses.ncurses_version
print(type(v).__name__, type(v).__module__, len(v), v.major >= 6, v[:] == (v.major, v.minor, v.patch))
print([n for n in dir(_curses) if n.startswith("ACS_")])   # only after initscr()
print(hasattr(_curses, "LINES"), hasattr(curses, "LINES"))
print(issubclass(_curses.error, Exception), _curses.error.__module__, _curses.window.__name__)
print(curses.error is _curses.error, curses.window is _curses.window)
for f in (_curses.newwin, _curses.cbreak, _curses.keyname, _curses.color_pair, _curses.unctrl):
    try:
        f(1) if f is not _curses.newwin else f(1, 1)
    except _curses.error as e:
        print(f.__name__, e)
try:
    _curses.tigetstr("cup")
except _curses.error as e:
    print("tigetstr", e)
import _curses_panel
import curses.panel
print(_curses_panel.version, _curses_panel.error is not _curses.error, curses.panel.new_panel is _curses_panel.new_panel)
print(sorted(n for n in dir(_curses_panel.panel) if not n.startswith("_")))
try:
    _curses_panel.top_panel()
except _curses.error as e:
    print("top_panel", e)
