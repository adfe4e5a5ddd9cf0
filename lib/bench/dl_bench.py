#!/usr/bin/python3
"""Reference side of the deep-learning benchmark: PyTorch (Debian's python3-torch 1.13).

Started by roadmap.bench.DlBenchmark (lib/src/test/java) via ``./mvnw -Pdl-benchmark -pl lib verify``,
which writes, before this script runs, <out>/orders.bin (one permutation of the training rows per
epoch, little-endian int32) and <out>/init-<model>.bin (DJL's initial weights, float32 LE, in
parameter order: weight, bias per layer). Not meant to be run on its own.

Same as the Java side: Fashion-MNIST train-10k / test-10k from notebooks/data (pixels / 255),
batch 64 (last batch of 16 kept), Adam lr 1e-3, cross-entropy on logits, intra- and inter-op
threads = --threads; ``warmup`` batches on a throw-away copy of the model, then ``epochs`` timed
epochs. The loop is the plain PyTorch idiom: index the resident tensor with the batch's indices,
zero_grad, forward, loss, backward, step, loss.item().

Output, tab-separated lines on stdout:
result, model, "torch", median epoch wall s, median epoch process CPU s, median epoch thread CPU s, test accuracy
phases, model, "torch", seconds in batch, forward, loss, backward, step, read-back (with --phases true)
opcost, "torch", microseconds per tiny op (with --phases true)
version, "PyTorch <version>"
"""
import argparse
import gzip
import os
import statistics
import time

import numpy as np
import torch
from torch import nn

BATCH = 64
LR = 1e-3
CNN_FILTERS = (16, 32)  # the week-7 networks, as DlBenchmark builds them
MLP_HIDDEN = 128


def idx_images(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    n, rows, cols = (int.from_bytes(data[i:i + 4], "big") for i in (4, 8, 12))
    return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(n, 1, rows, cols).astype(np.float32) / np.float32(255)


def idx_labels(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    return np.frombuffer(data, dtype=np.uint8, offset=8).astype(np.int64)


def build(name):
    if name == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, MLP_HIDDEN), nn.ReLU(), nn.Linear(MLP_HIDDEN, 10))
    c1, c2 = CNN_FILTERS
    return nn.Sequential(
        nn.Conv2d(1, c1, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(c1, c2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(c2 * 7 * 7, 10))


def load_init(model, path):
    raw = np.fromfile(path, dtype="<f4")
    offset = 0
    with torch.no_grad():
        for p in model.parameters():
            n = p.numel()
            p.copy_(torch.from_numpy(raw[offset:offset + n].copy()).reshape(p.shape))
            offset += n
    if offset != raw.size:
        raise SystemExit(f"{path}: {raw.size} floats, the model has {offset} parameters")


def epoch(model, opt, x, y, order, max_batches=None):
    loss_fn = nn.CrossEntropyLoss()
    model.train()
    total = 0.0
    for b, i in enumerate(range(0, len(order), BATCH)):
        if max_batches is not None and b >= max_batches:
            break
        idx = order[i:i + BATCH]
        xb, yb = x[idx], y[idx]
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(idx)
    return total / len(order)


def phases(model, opt, x, y, order):
    """One epoch of the loop above with CPU seconds of this thread per phase: batch, forward, loss, backward, step, read-back."""
    loss_fn = nn.CrossEntropyLoss()
    model.train()
    t = [0.0] * 6
    clock = time.thread_time  # CPU time of this thread: where torch computes with one intra-op thread
    for i in range(0, len(order), BATCH):
        t0 = clock()
        idx = order[i:i + BATCH]
        xb, yb = x[idx], y[idx]
        t1 = clock()
        opt.zero_grad()
        out = model(xb)
        t2 = clock()
        loss = loss_fn(out, yb)
        t3 = clock()
        loss.backward()
        t4 = clock()
        loss.item()
        t5 = clock()
        opt.step()
        t6 = clock()
        for k, d in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3, t6 - t5, t5 - t4)):
            t[k] += d
    return t


def op_cost():
    """CPU microseconds of this thread per tiny op (1-element add), best of 5 x 20,000."""
    a, b = torch.ones(1), torch.ones(1)
    best = float("inf")
    for _ in range(5):
        t0 = time.thread_time()
        for _ in range(20000):
            a.add(b)
        best = min(best, (time.thread_time() - t0) / 20000 * 1e6)
    return best


def accuracy(model, x, y):
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(y), 1000):
            correct += (model(x[i:i + 1000]).argmax(1) == y[i:i + 1000]).sum().item()
    return correct / len(y)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=157)
    ap.add_argument("--models", default="mlp,cnn")
    ap.add_argument("--phases", default="false")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(a.threads)
    torch.manual_seed(42)
    print(f"version\tPyTorch {torch.__version__}", flush=True)
    x = torch.from_numpy(idx_images(os.path.join(a.data, "fashion-train-10k-images-idx3-ubyte.gz")))
    y = torch.from_numpy(idx_labels(os.path.join(a.data, "fashion-train-10k-labels-idx1-ubyte.gz")))
    xt = torch.from_numpy(idx_images(os.path.join(a.data, "fashion-t10k-images-idx3-ubyte.gz")))
    yt = torch.from_numpy(idx_labels(os.path.join(a.data, "fashion-t10k-labels-idx1-ubyte.gz")))
    orders = torch.from_numpy(np.fromfile(os.path.join(a.out, "orders.bin"), dtype="<i4").astype(np.int64)
                              ).reshape(a.epochs, len(y))
    for name in a.models.split(","):
        init = os.path.join(a.out, f"init-{name}.bin")
        warm = build(name)
        load_init(warm, init)
        epoch(warm, torch.optim.Adam(warm.parameters(), lr=LR), x, y, orders[0], a.warmup)
        model = build(name)
        load_init(model, init)
        opt = torch.optim.Adam(model.parameters(), lr=LR)
        walls, cpus, threads = [], [], []
        for e in range(a.epochs):
            t0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
            loss = epoch(model, opt, x, y, orders[e])
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            threads.append(time.thread_time() - m0)
            print(f"{name} torch epoch {e + 1}: {walls[-1]:.2f} s, CPU {cpus[-1]:.2f} s (training thread {threads[-1]:.2f} s), loss {loss:.4f}", flush=True)
        print(f"result\t{name}\ttorch\t{statistics.median(walls):.4f}\t{statistics.median(cpus):.4f}\t"
              f"{statistics.median(threads):.4f}\t{accuracy(model, xt, yt):.4f}", flush=True)
        if a.phases == "true":
            model = build(name)
            load_init(model, init)
            opt = torch.optim.Adam(model.parameters(), lr=LR)
            phases(model, opt, x, y, orders[0])  # warm-up pass, as on the Java side
            runs = [phases(model, opt, x, y, orders[e]) for e in range(a.epochs)]
            t = [min(r[k] for r in runs) for k in range(6)]  # per phase, the least disturbed epoch
            print("phases\t" + name + "\ttorch\t" + "\t".join(f"{v:.4f}" for v in t), flush=True)
    if a.phases == "true":
        print(f"opcost\ttorch\t{op_cost():.2f}", flush=True)


if __name__ == "__main__":
    main()
