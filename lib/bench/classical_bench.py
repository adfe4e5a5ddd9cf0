#!/usr/bin/python3
"""Reference side of the classical-model benchmark: scikit-learn and XGBoost.

Started by roadmap.bench.ClassicalBenchmark (lib/src/test/java), which writes the split files
and reads what this script prints. Run it through that class, via
``./mvnw -Pbenchmark -pl lib verify``; it is not meant to be run on its own.

For every dataset it reads notebooks/data/<name>.csv (last column = class name) and
<splits>/<name>.split (line 1: train row indices, line 2: test row indices, comma separated),
standardises the features with the training rows' mean and population standard deviation
(exactly what the Java side does), then for every model: ``warmup`` untimed fits, ``repeats``
timed fits (only fit() is timed; seed = repeat index for the randomised models), the test
accuracy of each timed fit, and the timing of predict() on the test set.

Output, one tab-separated line per (dataset, model) on stdout:
dataset, model key, median fit ms, median fit CPU ms (all threads of the process),
mean test accuracy, median predict ms, library version.
"""
import argparse
import os
import statistics
import sys
import time

import numpy as np
import sklearn
import xgboost
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from xgboost import XGBClassifier

def models(n_features, threads):
    """Model key -> (factory taking a seed, library version). Hyperparameters mirror the Java side."""
    sk = "scikit-learn " + sklearn.__version__
    return {
        "logreg": (lambda s: LogisticRegression(C=1.0, solver="lbfgs", tol=1e-4, max_iter=1000), sk),
        "forest": (lambda s: RandomForestClassifier(n_estimators=100, max_features="sqrt", min_samples_leaf=1,
                                                    bootstrap=True, n_jobs=threads, random_state=s), sk),
        "gbm": (lambda s: GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3,
                                                     subsample=1.0, random_state=s), sk),
        "xgboost": (lambda s: XGBClassifier(n_estimators=100, learning_rate=0.3, max_depth=6, min_child_weight=1,
                                            gamma=0.0, subsample=1.0, colsample_bytree=1.0, reg_lambda=1.0,
                                            reg_alpha=0.0, tree_method="auto", n_jobs=threads, random_state=s,
                                            verbosity=0), "XGBoost " + xgboost.__version__),
        "svm": (lambda s: SVC(C=1.0, kernel="rbf", gamma=1.0 / n_features, tol=1e-3, cache_size=200), sk),
        "knn": (lambda s: KNeighborsClassifier(n_neighbors=5, weights="uniform", metric="euclidean",
                                               n_jobs=threads), sk),
    }


def load(data_dir, split_dir, name):
    table = np.loadtxt(os.path.join(data_dir, name + ".csv"), delimiter=",", skiprows=1, dtype=str)
    x = table[:, :-1].astype(float)
    y = np.unique(table[:, -1], return_inverse=True)[1]  # class names -> 0..k-1 (accuracy needs only consistency)
    with open(os.path.join(split_dir, name + ".split")) as f:
        train, test = ([int(v) for v in line.split(",")] for line in f.read().split("\n")[:2])
    mean = x[train].mean(axis=0)
    std = x[train].std(axis=0)
    std[std == 0] = 1.0
    x = (x - mean) / std
    return x[train], y[train], x[test], y[test]


def bench(factory, x_train, y_train, x_test, y_test, warmup, repeats):
    for i in range(warmup):
        factory(i).fit(x_train, y_train)
    walls, cpus, predicts, accuracies = [], [], [], []
    for i in range(repeats):
        model = factory(i)
        c0, t0 = time.process_time(), time.perf_counter()
        model.fit(x_train, y_train)
        t1, c1 = time.perf_counter(), time.process_time()
        predicted = model.predict(x_test)
        t2 = time.perf_counter()
        walls.append((t1 - t0) * 1e3)
        cpus.append((c1 - c0) * 1e3)
        predicts.append((t2 - t1) * 1e3)
        accuracies.append(float(np.mean(predicted == y_test)))
    return statistics.median(walls), statistics.median(cpus), statistics.fmean(accuracies), statistics.median(predicts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--splits", required=True)
    p.add_argument("--datasets", required=True, help="comma-separated dataset names")
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--models", default="", help="comma-separated model keys (default: all)")
    p.add_argument("--threads", type=int, default=1, help="n_jobs; set OMP_NUM_THREADS/OPENBLAS_NUM_THREADS too")
    a = p.parse_args()
    for name in a.datasets.split(","):
        x_train, y_train, x_test, y_test = load(a.data, a.splits, name)
        for key, (factory, version) in models(x_train.shape[1], a.threads).items():
            if a.models and key not in a.models.split(","):
                continue
            wall, cpu, acc, predict = bench(factory, x_train, y_train, x_test, y_test, a.warmup, a.repeats)
            print(f"{name}\t{key}\t{wall:.3f}\t{cpu:.3f}\t{acc:.6f}\t{predict:.3f}\t{version}", flush=True)
            print(f"  python {name} {key}: fit {wall:.1f} ms, accuracy {acc:.4f}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
