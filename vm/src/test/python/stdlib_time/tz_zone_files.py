# time.localtime from compiled zone files: historical abbreviations, LMT, rules past 2037, leap seconds.
import os
import time

STAMPS = [-3_000_000_000, -2**31, -100_000_000, -60_000_000, 0, 50_000_000,
          1_000_000_000, 1_700_000_000, 1_720_000_000, 2**31, 2**32, 2**34]
ZONES = ['Europe/London', ':America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe',
         'Europe/Dublin', 'Asia/Tehran', 'Asia/Kolkata', 'Etc/GMT+5', 'UTC', 'right/UTC',
         'EST5EDT', 'Nowhere/Zone', 'America']

for tz in ZONES:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.tzname, time.timezone, time.altzone, time.daylight)
    for t in STAMPS:
        lt = time.localtime(t)
        print('  ', t, tuple(lt), repr(lt.tm_zone), lt.tm_gmtoff,
              time.strftime('%Z %z', lt), time.ctime(t))

# A leap second as right/UTC shows it.
os.environ['TZ'] = 'right/UTC'
time.tzset()
for t in (1_483_228_825, 1_483_228_826, 1_483_228_827):
    print(t, tuple(time.localtime(t)))

# glibc reads rules after a DST name without rules from 'posixrules'.
os.environ['TZ'] = 'ABC3DEF'
time.tzset()
for t in (1_710_054_000, 1_710_061_199, 1_710_061_200, 1_730_606_399, 1_730_606_400, 2**31):
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff)

os.environ.pop('TZ')
time.tzset()
print(time.localtime(0).tm_zone == time.tzname[0] or time.localtime(0).tm_isdst == 1)
