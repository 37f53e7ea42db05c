# tier: 1  area: control-flow
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
for i in range(3):
    pass
print(i)
