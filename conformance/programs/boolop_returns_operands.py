# tier: 1  area: logic
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print(None or "default")
print(0.0 or 0 or None)
print(1 and 2 and 3, 1 and 0 and 3)
x = 0
y = x or 7
print(y)
print(not 0, not 5, not None)
