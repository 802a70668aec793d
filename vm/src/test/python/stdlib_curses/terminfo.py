# setupterm on a pseudo-terminal, and the terminfo queries it allows (no screen is drawn).
import os
import _curses

master, slave = os.openpty()
_curses.setupterm("xterm", slave)
_curses.setupterm("vt100", slave)   # a second call changes nothing, as in CPython
for cap in ("cup", "clear", "bold", "sgr0", "kcuu1", "setaf", "nosuchcap", "colors", "am"):
    print(cap, _curses.tigetstr(cap))
for cap in ("colors", "cols", "lines", "it", "cup", "nosuchcap"):
    print(cap, _curses.tigetnum(cap))
for cap in ("am", "km", "xenl", "bce", "cup", "nosuchcap"):
    print(cap, _curses.tigetflag(cap))
cup = _curses.tigetstr("cup")
print(_curses.tparm(cup, 5, 10), _curses.tparm(cup), _curses.tparm(cup, 0, 0, 0, 0, 0, 0, 0, 0, 0))
print(_curses.tparm(_curses.tigetstr("setaf"), 1), _curses.tparm(_curses.tigetstr("setaf"), 200))
print(_curses.tparm(b"%p1%d-%p2%d-%p9%d", 1, 2, 3, 4, 5, 6, 7, 8, 9))
for bad in (lambda: _curses.tigetstr(b"cup"), lambda: _curses.tparm("cup"), lambda: _curses.tigetnum(1),
            lambda: _curses.tparm(cup, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    _curses.setupterm(None, 1.5)
except TypeError as e:
    print("TypeError:", e)
os.close(slave)
os.close(master)
