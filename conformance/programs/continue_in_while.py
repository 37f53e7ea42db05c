# tier: 1  area: control-flow
i = 0
odd = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odd += i
else:
    print("done", odd)
