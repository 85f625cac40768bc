# The Python counterpart of `backprop-tutor run "/backprop preset:mazur"`: one SGD step of the classic 2-2-2
# network with PyTorch autograd, and a PNG of the network with matplotlib (npm run bench:startup times it).
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([0.05, 0.10])
t = torch.tensor([0.01, 0.99])
W1 = torch.tensor([[0.15, 0.20], [0.25, 0.30]], requires_grad=True)
W2 = torch.tensor([[0.40, 0.45], [0.50, 0.55]], requires_grad=True)
b1, b2 = 0.35, 0.60
h = torch.sigmoid(W1 @ x + b1)
o = torch.sigmoid(W2 @ h + b2)
E = 0.5 * ((t - o) ** 2).sum()
E.backward()
with torch.no_grad():
    W1n, W2n = W1 - 0.5 * W1.grad, W2 - 0.5 * W2.grad
print(f"E = {E.item():.4f}; w5+ = {W2n[0, 0].item():.4f}")
fig, ax = plt.subplots(figsize=(9, 5.4))
pos = {"i1": (0, 1), "i2": (0, 0), "h1": (1, 1), "h2": (1, 0), "o1": (2, 1), "o2": (2, 0)}
for a, b, w in [("i1", "h1", W1n[0, 0]), ("i2", "h1", W1n[0, 1]), ("i1", "h2", W1n[1, 0]), ("i2", "h2", W1n[1, 1]),
                ("h1", "o1", W2n[0, 0]), ("h2", "o1", W2n[0, 1]), ("h1", "o2", W2n[1, 0]), ("h2", "o2", W2n[1, 1])]:
    (x0, y0), (x1, y1) = pos[a], pos[b]
    ax.plot([x0, x1], [y0, y1], color="grey")
    ax.text((x0 + x1) / 2, (y0 + y1) / 2, f"{w.item():.4f}")
for name, (px, py) in pos.items():
    ax.scatter([px], [py], s=900)
    ax.text(px, py, name, ha="center", va="center")
ax.set_title(f"E = {E.item():.4f}")
ax.axis("off")
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "mazur.png")
