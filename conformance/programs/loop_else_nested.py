# tier: 1  area: control-flow
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("found", i, j)
            break
    else:
        print("inner done", i)
        continue
    print("after break", i)
else:
    print("outer else")
