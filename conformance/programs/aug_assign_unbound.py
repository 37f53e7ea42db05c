# tier: 1  area: errors
total = 5

def add(n):
    total += n
    return total

print("calling")
add(1)
