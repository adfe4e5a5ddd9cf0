#!/usr/bin/python3
"""Reference side of the text benchmark: scikit-learn's TfidfVectorizer + LogisticRegression.

Started by roadmap.bench.TextBenchmark (lib/src/test/java), which writes the cleaned training and
test mails (label TAB text, with backslash, tab, CR and LF escaped) and reads what this script
prints; run it through that class (``./mvnw -Pbenchmark -pl lib verify``).

Per model: ``warmup`` untimed runs, then ``repeats`` timed runs of vectorise (fit_transform of the
training texts) and fit; the test accuracy of each timed run is measured untimed.
Vectoriser settings mirror roadmap.text: token pattern (?u)\\b\\w\\w+\\b, lower-case, min_df 1,
smooth idf, l2 rows, float64.

Output, one tab-separated line per model on stdout: key, median vectorise ms, median fit ms,
median vectorise CPU ms, median fit CPU ms (whole process), mean test accuracy, vocabulary size,
version.
"""
import argparse
import re
import statistics
import time

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ESCAPE = re.compile(r"\\(.)")
UNESCAPE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def read(path):
    labels, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            label, text = line.rstrip("\n").split("\t", 1)
            labels.append(label)
            texts.append(ESCAPE.sub(lambda m: UNESCAPE[m.group(1)], text))
    return labels, texts


MODELS = {
    # Tribuo's SGD in week 9 has no penalty: the same objective here (sklearn >= 1.2: penalty=None)
    "lbfgs": lambda: LogisticRegression(penalty=None, solver="lbfgs", tol=1e-4, max_iter=100),
    "liblinear": lambda: LogisticRegression(C=1.0, solver="liblinear", tol=0.01, max_iter=1000),
}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--train", required=True)
    p.add_argument("--test", required=True)
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5)
    a = p.parse_args()
    y_train, train = read(a.train)
    y_test, test = read(a.test)
    version = "scikit-learn " + sklearn.__version__
    for key, make in MODELS.items():
        vec_ms, fit_ms, vec_cpu, fit_cpu, acc = [], [], [], [], []
        vocabulary = 0
        for i in range(-a.warmup, a.repeats):
            c0 = time.process_time()
            t0 = time.perf_counter()
            vec = TfidfVectorizer(token_pattern=r"(?u)\b\w\w+\b", lowercase=True, min_df=1,
                                  smooth_idf=True, norm="l2", sublinear_tf=False)
            x = vec.fit_transform(train)
            t1 = time.perf_counter()
            c1 = time.process_time()
            model = make().fit(x, y_train)
            t2 = time.perf_counter()
            c2 = time.process_time()
            predicted = model.predict(vec.transform(test))
            if i >= 0:
                vec_ms.append((t1 - t0) * 1000)
                fit_ms.append((t2 - t1) * 1000)
                vec_cpu.append((c1 - c0) * 1000)
                fit_cpu.append((c2 - c1) * 1000)
                acc.append(sum(p == y for p, y in zip(predicted, y_test)) / len(y_test))
                vocabulary = len(vec.vocabulary_)
        print("\t".join([key, "%.3f" % statistics.median(vec_ms), "%.3f" % statistics.median(fit_ms),
                         "%.3f" % statistics.median(vec_cpu), "%.3f" % statistics.median(fit_cpu),
                         "%.6f" % statistics.mean(acc),
                         str(vocabulary), version]), flush=True)


if __name__ == "__main__":
    main()
