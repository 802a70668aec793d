def f():
    名前 = "日本語"
    return 名前 + 1

f()
