# Offsets, DST parts and names around real transitions, before the first and after the last.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

CASES = {
    "America/New_York": [(1883, 11, 18, 12, 0), (1918, 3, 31, 2, 30), (1974, 1, 6, 2, 30),
                         (2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2300, 7, 4, 12, 0)],
    "Europe/London": [(1800, 1, 1, 0, 0), (1941, 5, 4, 2, 0), (1968, 10, 27, 0, 0),
                      (2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30)],
    "Europe/Dublin": [(1971, 10, 31, 2, 30), (2024, 1, 15, 12, 0), (2024, 7, 15, 12, 0)],
    "Australia/Sydney": [(2024, 4, 7, 2, 30), (2024, 10, 6, 2, 30), (2100, 1, 1, 0, 0)],
    "Australia/Lord_Howe": [(2024, 4, 7, 1, 45), (2024, 10, 6, 2, 15)],
    "Pacific/Apia": [(2011, 12, 29, 12, 0), (2011, 12, 30, 12, 0), (2011, 12, 31, 12, 0)],
    "Pacific/Kiritimati": [(1994, 12, 31, 12, 0), (1995, 1, 1, 12, 0)],
    "Africa/Casablanca": [(2024, 3, 10, 2, 30), (2024, 4, 14, 2, 30), (2087, 6, 1, 0, 0)],
    "America/Sao_Paulo": [(2018, 11, 4, 0, 30), (2019, 2, 16, 23, 30), (2040, 1, 1, 0, 0)],
}

for key, stamps in CASES.items():
    z = ZoneInfo(key)
    print(key, z.utcoffset(None), z.dst(None), z.tzname(None))
    for s in stamps:
        for fold in (0, 1):
            t = datetime(*s, tzinfo=z, fold=fold)
            print(f"  {t.isoformat()} fold={fold} dst={t.dst()} {t.tzname()}")

# A walk through a year in UTC: each change of offset, with fold of the local result.
for key in ("America/New_York", "Europe/Dublin", "Australia/Lord_Howe"):
    z = ZoneInfo(key)
    u = datetime(2023, 12, 31, 12, tzinfo=timezone.utc)
    last = None
    while u.year < 2025:
        local = u.astimezone(z)
        if local.utcoffset() != last:
            print(key, u.strftime("%Y-%m-%d %H:%M"), "->", local.isoformat(), local.fold)
            last = local.utcoffset()
        u += timedelta(minutes=15)
    # Around each change, both readings of the wall clock map back to UTC consistently.
    w = datetime(2024, 11, 3, 1, 30, tzinfo=z)
    for fold in (0, 1):
        t = w.replace(fold=fold)
        back = t.astimezone(timezone.utc).astimezone(z)
        print("  round trip", t.isoformat(), fold, "->", back.isoformat(), back.fold)
