# time.mktime inverting localtime: gaps, folds, tm_isdst, normalisation; strftime's %Z %z %s.
import os
import time


def mk(*fields):
    try:
        return time.mktime(fields)
    except (OverflowError, ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'


for tz in ('America/New_York', 'EST+05EDT,M3.2.0,M11.1.0', 'Europe/London',
           'AEST-10AEDT-11,M10.5.0,M4.1.0/3', 'UTC', 'Australia/Lord_Howe'):
    os.environ['TZ'] = tz
    time.tzset()
    print(tz)
    for isdst in (-1, 0, 1):
        print('  ', isdst,
              mk(2024, 3, 10, 2, 30, 0, 0, 0, isdst), mk(2024, 11, 3, 1, 30, 0, 0, 0, isdst),
              mk(2024, 10, 6, 2, 30, 0, 0, 0, isdst), mk(2024, 4, 7, 2, 30, 0, 0, 0, isdst),
              mk(2024, 1, 15, 12, 0, 0, 0, 0, isdst), mk(2024, 7, 15, 12, 0, 0, 0, 0, isdst),
              mk(1969, 6, 1, 0, 0, 0, 0, 0, isdst))
    # Out-of-range fields are normalised; seconds 60 and -1 count as such.
    print('  ', mk(2024, 13, 40, 25, 61, 61, 0, 0, -1), mk(2024, 1, 1, 0, 0, -1, 0, 0, 0),
          mk(2024, 1, 1, 0, 0, 60, 0, 0, 0), mk(2024, 0, 0, 0, 0, 0, 0, 0, 0), mk(1900, 1, 1, 0, 0, 0, 0, 0, 0))
    # Round trips through localtime.
    for t in (0, 86_399, 1_000_000_000, 1_710_054_000, 1_730_613_600):
        lt = time.localtime(t)
        print('  ', t, mk(*lt) == t, time.strftime('%Y-%m-%d %H:%M:%S %Z %z %s', lt),
              time.strftime('%Z|%z', tuple(lt)))

os.environ['TZ'] = 'America/New_York'
time.tzset()
print(mk(2**31 - 1, 1, 1, 0, 0, 0, 0, 0, 0), mk(-2**31 + 1900, 1, 1, 0, 0, 0, 0, 0, 0),
      mk(-2**31 + 1899, 1, 1, 0, 0, 0, 0, 0, 0), mk(2**31, 1, 1, 0, 0, 0, 0, 0, 0),
      mk(2.5, 1, 1, 0, 0, 0, 0, 0, 0), mk(2024, 1, 1))
# mktime reads TZ again when it changed (glibc's mktime calls tzset); tzname stays as it was.
os.environ['TZ'] = 'Asia/Tokyo'
print(mk(2024, 1, 1, 0, 0, 0, 0, 0, 0), time.localtime(0).tm_zone, time.tzname)
for fmt in ('%S\0', 'a\0'):
    try:
        time.strftime(fmt, time.gmtime(0))
    except ValueError as e:
        print('ValueError', e)
print(ascii(time.strftime('%Y\udcff%m', time.gmtime(0))))
for y in (2**31, -2**31 + 1899):
    try:
        time.asctime((y,) + (0,) * 8)
    except OverflowError as e:
        print('OverflowError', e)
print(time.asctime((-2**31 + 1900,) + (0,) * 8), tuple(time.gmtime(67_768_036_191_676_799)))
for t in (67_768_036_191_676_800, -67_768_040_609_740_801):
    try:
        time.localtime(t)
    except OSError as e:
        print('OSError', e.errno)
