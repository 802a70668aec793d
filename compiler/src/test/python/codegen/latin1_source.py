# -*- coding: latin-1 -*-
s = "café"
print(s, len(s), s.encode("utf-8"))
b = "ÀÉÎÕÜçñÿ"
print(b, [ord(c) for c in b[:3]])
