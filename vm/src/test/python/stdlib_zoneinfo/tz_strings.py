# Zones made of a TZ string alone (TZif v2, no transitions): every rule form, odd times.
import io, struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(tz):
    """A version 2 TZif file with one standard type, no transitions, and TZ string tz."""
    def block(size):
        counts = struct.pack(">6l", 0, 0, 0, 0, 1, 4)
        return b"TZif2" + b"\0" * 15 + counts + struct.pack(">lbb", 0, 0, 0) + b"UTC\0"
    return io.BytesIO(block(4) + block(8) + b"\n" + tz.encode() + b"\n")


def show(tz, *stamps):
    z = ZoneInfo.from_file(tzif(tz), key=tz)
    print(tz)
    for y, mo, d, h, mi in stamps:
        for fold in (0, 1):
            t = datetime(y, mo, d, h, mi, tzinfo=z, fold=fold)
            print("   ", t, fold, t.utcoffset(), t.dst(), t.tzname())
        u = datetime(y, mo, d, h, mi, tzinfo=timezone.utc).astimezone(z)
        print("    from UTC", u, u.fold, u.tzname())


show("EST5EDT,M3.2.0,M11.1.0", (2030, 3, 10, 2, 30), (2030, 11, 3, 1, 30), (2030, 7, 1, 12, 0))
show("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", (2040, 3, 31, 0, 30), (2040, 10, 27, 22, 30), (2040, 1, 1, 0, 0))
show("IST-1GMT0,M10.5.0,M3.5.0/1", (2050, 3, 27, 1, 30), (2050, 10, 30, 1, 30), (2050, 7, 1, 0, 0))
show("AAA3BBB,J60/2,J300/26", (2028, 3, 1, 2, 30), (2029, 3, 1, 1, 0), (2028, 10, 28, 1, 30))
show("CCC-2DDD,0/0,365/25", (2031, 1, 1, 0, 0), (2031, 12, 31, 23, 30), (2032, 1, 1, 0, 30))
show("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", (2045, 4, 2, 1, 45), (2045, 10, 1, 2, 15))
show("XXX-23YYY-23:59:59,M1.1.0/167,M12.5.6/-167:59:59", (2033, 1, 8, 0, 0), (2033, 6, 1, 0, 0), (2033, 12, 24, 0, 0))
show("JST-9", (2040, 5, 5, 5, 5))
print(ZoneInfo.from_file(tzif("JST-9")).utcoffset(None))
print(ZoneInfo.from_file(tzif("EST5EDT,M3.2.0,M11.1.0")).utcoffset(None))

for bad in ["", "EST5EDT", "EST5,M3.2.0,M11.1.0", "EST25", "EST5EDT,M13.2.0,M11.1.0",
            "EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0", "EST5EDT,J0,J365",
            "EST5EDT,366,0", "EST5EDT,M3.2.0/168,M11.1.0", "EST5EDT,M3.2.0", "12"]:
    try:
        ZoneInfo.from_file(tzif(bad))
        print(repr(bad), "accepted")
    except ValueError as e:
        print(repr(bad), "ValueError")
