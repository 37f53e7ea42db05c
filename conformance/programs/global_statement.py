# tier: 1  area: globals
counter = 0

def bump(k):
    global counter
    counter += k
    return counter

bump(3)
bump(4)
print(counter)
