# time.tzset with POSIX TZ rule strings: names, offsets, DST rules (M, J, plain day numbers, times).
import os
import time

STAMPS = [0, -100_000_000, 1_000_000_000, 1_700_000_000, 1_710_054_000, 1_730_613_600,
          2**31, 2**34, -3_000_000_000]
RULES = [
    'EST+05EDT,M3.2.0,M11.1.0',
    'EST+5EDT+4,M4.1.0,M10.5.0',
    'AEST-10AEDT-11,M10.5.0,M4.1.0/3',
    'UTC', 'UTC+0', '', 'XYZ', 'XYZ-2', 'A1B',
    '<+0330>-3:30', '<-03>3', 'IST-5:30', '<ABCDEFGHIJKLMN>5',
    'GMT0BST,M3.5.0/1,M10.5.0',
    'CET-1CEST,M3.5.0,M10.5.0/3',
    'FOO5BAR,J60/1,J300',
    'FOO5BAR,59/-1:30,300/25',
    'EST5EDT,M3.2.0',
    'X3Y,M3.5.0/-2,M10.5.0/26',
]


def show(tz):
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for t in STAMPS:
        lt = time.localtime(t)
        print('  ', t, tuple(lt), repr(lt.tm_zone), lt.tm_gmtoff)


for tz in RULES:
    show(tz)

# Every day of 2024 at noon UTC in a northern and a southern rule: where DST starts and ends.
for tz in ('EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT-11,M10.5.0,M4.1.0/3'):
    os.environ['TZ'] = tz
    time.tzset()
    changes = []
    prev = None
    for hour in range(366 * 24):
        t = 1_704_067_200 + hour * 3600
        flag = time.localtime(t).tm_isdst
        if flag != prev:
            changes.append((time.strftime('%Y-%m-%d %H:%M %Z', time.localtime(t)), flag))
            prev = flag
    print(tz, changes)
