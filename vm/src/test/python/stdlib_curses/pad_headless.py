# A pad-based program with the screen on a pseudo-terminal: only what the window holds is printed.
import os
import sys
import _curses
import curses

master, slave = os.openpty()
os.environ["TERM"] = "xterm"
saved = os.dup(1)
sys.stdout.flush()
os.dup2(slave, 1)
try:
    stdscr = curses.initscr()
    pad = curses.newpad(6, 20)
    pad.addstr(0, 0, "Hello, pad")
    pad.addstr(1, 2, "bytes too", curses.A_BOLD)
    pad.addnstr(2, 0, "truncated text", 5)
    pad.addch(3, 0, "x")
    pad.addch(3, 1, ord("y"), curses.A_UNDERLINE)
    pad.insstr(0, 0, ">>")
    pad.hline(4, 0, "-", 6)
    pad.move(5, 3)
    pos = pad.getyx()
    rows = [pad.instr(y, 0, 14) for y in range(5)]
    cell = pad.inch(1, 2)
    size = pad.getmaxyx()
    sub = pad.subpad(2, 5, 0, 0)
    sub_text = sub.instr(0, 0)
    pad.delch(0, 0)
    after_delch = pad.instr(0, 0, 12)
    try:
        pad.addstr(10, 0, "outside")
    except curses.error as e:
        err = str(e)
    try:
        pad.refresh()
    except curses.error as e:
        refresh_err = str(e)
    pad.refresh(0, 0, 0, 0, 5, 19)
    acs = (curses.ACS_HLINE > 0, "ACS_VLINE" in dir(_curses))
    lines_cols = (curses.LINES, curses.COLS)
    curses.endwin()
finally:
    sys.stdout.flush()
    os.dup2(saved, 1)
    os.close(saved)
    os.close(slave)
    os.close(master)

print(pos, size)
for r in rows:
    print(r)
print(cell & curses.A_CHARTEXT, bool(cell & curses.A_BOLD))
print(sub_text, after_delch)
print(err)
print(refresh_err)
print(acs, lines_cols)
