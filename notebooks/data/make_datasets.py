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
