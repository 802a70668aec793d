# time module functions with deterministic results: gmtime, strftime on fixed tuples, mktime-free math.
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
t2 = time.gmtime(1_700_000_000)
print(tuple(t2), time.strftime("%Y/%m/%d %H-%M-%S %A %B", t2), time.asctime(t2))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st.tm_year, st[1], len(st), time.strftime("%d.%m.%Y", st), type(st).__name__)
print(time.calendar if hasattr(time, "calendar") else "no calendar attr", isinstance(time.time(), float), isinstance(time.monotonic_ns(), int))
start = time.perf_counter()
end = time.perf_counter()
print(end >= start, time.time_ns() > 0, callable(time.sleep))
time.sleep(0)
print(time.gmtime(2 ** 31).tm_year, time.gmtime(-86400).tm_year)
for bad in ((1, 2),):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    time.strftime("%Y", (2024,))
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%%literal %Y", t), time.strptime("2024-03-05", "%Y-%m-%d")[:3])
print(time.gmtime(1e9)[:6], time.gmtime(1234567890.9).tm_sec)
print(type(time.get_clock_info("monotonic").monotonic).__name__)
print(time.timezone if False else "tz not printed", time.daylight in (0, 1))
