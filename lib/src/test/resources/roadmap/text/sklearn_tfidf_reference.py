# Produces the reference figures recorded in roadmap.text.TfIdfTest and FeatureHasherTest.
# Run with Debian's scikit-learn 1.2.1 (apt-get install python3-sklearn):
#   /usr/bin/python3 lib/src/test/resources/roadmap/text/sklearn_tfidf_reference.py
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.utils import murmurhash3_32

CORPUS = [
    "Win a FREE prize now! Click now to claim your prize.",
    "Meeting moved to 3pm; the agenda is attached.",
    "Free pizza at the meeting, and the agenda is short.",
    "Claim your free trial: no card, no commitment, cancel now.",
]
np.set_printoptions(precision=17)
for smooth in (True, False):
    v = TfidfVectorizer(smooth_idf=smooth)  # defaults: lowercase, token_pattern (?u)\b\w\w+\b, norm l2
    X = v.fit_transform(CORPUS).toarray()
    print("smooth_idf =", smooth)
    print("vocabulary:", list(v.get_feature_names_out()))
    print("idf:", [float(x) for x in v.idf_])
    for i, row in enumerate(X):
        print("row", i, {int(j): float(row[j]) for j in np.nonzero(row)[0]})
cv = CountVectorizer(max_features=3)
cv.fit(CORPUS)
print("max_features=3:", list(cv.get_feature_names_out()))
for t in ["free", "prize", "meeting", "agenda", "", "naïve", "日本語", "spam filter"]:
    print("murmurhash3_32", repr(t), murmurhash3_32(t, seed=0, positive=False))
v = TfidfVectorizer(sublinear_tf=True)
X = v.fit_transform(CORPUS).toarray()
print("sublinear_tf row 3", {int(j): float(X[3][j]) for j in np.nonzero(X[3])[0]})
