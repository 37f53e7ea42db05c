# tier: 1  area: functions
def box(w, h=1, d=1):
    return w * h * d

print(box(2), box(2, 3), box(2, d=4), box(w=5, h=2))
print(box(h=3, w=2, d=2))
