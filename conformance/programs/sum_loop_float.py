# tier: 1  area: floats
total = 0.0
for i in range(1, 101):
    total += 1.0 / i
print(total)
s = 0.0
for i in range(10):
    s += 0.1
print(s)
