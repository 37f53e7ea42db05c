# tier: 1  area: control-flow
for i in range(2.5):
    print(i)
