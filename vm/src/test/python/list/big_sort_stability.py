# Stable sorting of many records with many equal keys, multi-key sorting by repeated stable sorts.
records = [(i % 7, i % 3, i) for i in range(60)]
by_first = sorted(records, key=lambda r: r[0])
print(all(by_first[i][2] < by_first[i + 1][2] for i in range(59) if by_first[i][0] == by_first[i + 1][0]))
multi = sorted(records, key=lambda r: r[1])
multi = sorted(multi, key=lambda r: r[0])
print(multi == sorted(records, key=lambda r: (r[0], r[1])))
rev = sorted(records, key=lambda r: r[0], reverse=True)
print([r[2] for r in rev[:10]])
print(all(rev[i][2] < rev[i + 1][2] for i in range(59) if rev[i][0] == rev[i + 1][0]))
data = list(range(1000, 0, -1))
data.sort(key=lambda x: x % 10)
print(data[:12], data[-5:])
words = ["pear", "Fig", "apple", "fig", "Pear", "APPLE", "kiwi"] * 3
print(sorted(words, key=str.lower)[:8])
nums = [3.0, 3, True, 1, 1.0, 2, 2.0]
print(sorted(nums), [type(n).__name__ for n in sorted(nums)])
lst = [5, 1, 4]
lst.sort(key=None, reverse=False)
print(lst, sorted(lst, reverse=True) == lst[::-1])
pseudo = [(i * 7919) % 1009 for i in range(2000)]
srt = sorted(pseudo)
print(srt[:5], srt[-5:], sum(srt) == sum(pseudo), all(srt[i] <= srt[i + 1] for i in range(len(srt) - 1)))
print(sorted(pseudo, reverse=True)[:3], sorted(set(pseudo))[:3], len(set(pseudo)))
strs = [str(x) for x in pseudo[:50]]
print(sorted(strs)[:8], sorted(strs, key=int)[:8])
