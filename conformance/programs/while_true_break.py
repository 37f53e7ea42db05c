# tier: 1  area: control-flow
n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
