# tier: 1  area: control-flow
count = 0
for i in range(5):
    j = 0
    while j < i:
        count += i * j
        j += 1
print(count)
