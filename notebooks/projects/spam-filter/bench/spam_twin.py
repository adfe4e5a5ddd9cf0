"""The Java spam model re-implemented in Python from its portable export.

Reads the JSON written by SpamModel.exportPortable (vocabulary, idf, weights, bias, threshold,
token pattern and pipeline switches) and computes the same probability step by step: mail
cleaning (a port of roadmap.text.MailCleaner), lower-casing, regex tokens, counts, TF-IDF with
unit norm, logistic regression. Columns are summed in increasing order, as the Java code does, so
the two sides agree to the last bit or within an ulp or two of exp/log.
"""
import base64
import binascii
import json
import math
import re
import unicodedata

MAX_CHARS = 200_000
_HEADER_FIELD = re.compile(r"From |[A-Za-z0-9-]+:", re.ASCII)
_HEADER_END = re.compile(r"\r?\n\r?\n")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
_QP_HEX = re.compile(r"(?:=[0-9A-F]{2})+")
_MIME_HEADER = re.compile(r"^(?:content-[a-z-]+|mime-version):[^\n]*(?:\n[ \t][^\n]*)*$",
                          re.ASCII | re.IGNORECASE | re.MULTILINE)
_MIME_BOUNDARY = re.compile(r"^--[^\s]{6,}\s*$", re.ASCII | re.MULTILINE)
# Java's possessive quantifiers written as atomic groups: Python 3.11.2 mis-handles "(...)?+"
_BASE64_BLOCK = re.compile(
    r"(?>(?:^(?>[A-Za-z0-9+/]{16,})(?>={0,2})(?>[ \t]*)\r?\n)+)"
    r"(?>(?:^(?>[A-Za-z0-9+/]+)(?>={0,2})(?>[ \t]*)(?:\r?\n|$))?)",
    re.MULTILINE)
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.ASCII | re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[!/?]?[A-Za-z][^<>]*>")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"']*", re.ASCII | re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " "}
_JAVA_SPACE = set("\t\n\u000b\f\r\u001c\u001d\u001e\u001f")


def _java_whitespace(c):
    """Character.isWhitespace: separators except no-break spaces, and the ASCII controls above."""
    if c in _JAVA_SPACE:
        return True
    return unicodedata.category(c) in ("Zs", "Zl", "Zp") and c not in "\u00a0\u2007\u202f"


def _java_iso_control(c):
    o = ord(c)
    return o <= 0x1F or 0x7F <= o <= 0x9F


def _utf8(data):
    return data.decode("utf-8", errors="replace")


_B64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def _java_mime_decode(block):
    """Base64.getMimeDecoder().decode: skips characters outside the alphabet, accepts a last
    unit of 2 or 3 characters without padding, raises ValueError where Java throws."""
    data, i = [], 0
    while i < len(block):
        c = block[i]
        i += 1
        if c in _B64:
            data.append(c)
        elif c == "=":
            n = len(data) % 4
            if n == 0 or n == 1:
                raise ValueError("misplaced padding")
            if n == 2:
                if i >= len(block) or block[i] != "=":
                    raise ValueError("incomplete padding")
                i += 1
            if any(ch in _B64 for ch in block[i:]):
                raise ValueError("data after padding")
            break
    if len(data) % 4 == 1:
        raise ValueError("last unit has one character")
    text = "".join(data)
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _decode_text_or_drop(block):
    if _java_len(block) < 60:
        return block
    try:
        data = _java_mime_decode(block)
    except (ValueError, binascii.Error):
        return "\n"
    text = _utf8(data)
    bad = sum(1 for c in text if c == "\ufffd" or (_java_iso_control(c) and not _java_whitespace(c)))
    if bad > _java_len(text) // 50:
        text = data.decode("latin-1")
        bad = sum(1 for c in text if _java_iso_control(c) and not _java_whitespace(c))
    return text + "\n" if bad <= _java_len(text) // 50 else "\n"


def _java_len(text):
    """String.length(): UTF-16 code units."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _qp(match):
    run = match.group()
    data = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3))
    decoded = _utf8(data)
    return data.decode("latin-1") if "\ufffd" in decoded else decoded


def _entity(match):
    name = match.group(1)
    if name.startswith("#"):
        cp = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
        return chr(cp) if cp <= 0x10FFFF else " "
    return _ENTITIES.get(name.lower(), " ")


def body(raw):
    m = _HEADER_END.search(raw)
    text = raw[m.end():] if m else ""
    if _java_len(text) > MAX_CHARS:
        text = _java_cut(text, MAX_CHARS)
    if "quoted-printable" in raw.lower():
        text = _QP_HEX.sub(_qp, _QP_SOFT_BREAK.sub("", text))
    text = _MIME_HEADER.sub("", text)
    text = _MIME_BOUNDARY.sub("", text)
    return _BASE64_BLOCK.sub(lambda b: _decode_text_or_drop(b.group()), text)


def _java_cut(text, units):
    out, n = [], 0
    for c in text:
        w = 2 if ord(c) > 0xFFFF else 1
        if n + w > units:
            break
        out.append(c)
        n += w
    return "".join(out)


def clean_mail(text):
    """TextFeatures.cleanMail: a text that does not start like a header block is a bare body."""
    raw = text if _HEADER_FIELD.match(text) else "\n\n" + text
    s = body(raw)
    s = _TAG.sub(" ", _COMMENT.sub(" ", _SCRIPT_STYLE.sub(" ", s)))
    s = _ENTITY.sub(_entity, s)
    s = _EMAIL.sub(" EMAIL ", _URL.sub(" URL ", s))
    s = _NUMBER.sub(" NUMBER ", s)
    return unicodedata.normalize("NFKC", s).lower()


_WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nl", "Nd", "Mn", "Mc", "Me", "Pc"}
# Other_Alphabetic symbols (circled and squared letters) and the join controls
_WORD_EXTRA = [(0x200C, 0x200D), (0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189)]


def _java_word_class():
    """Java's \\w under UNICODE_CHARACTER_CLASS (alphabetic, marks, decimal digits, connector
    punctuation, join controls) as a Python character class; Python's own \\w has no marks and
    counts other numbers (like "½") as word characters."""
    ranges, start, prev = [], None, None
    for cp in range(0x110000):
        if unicodedata.category(chr(cp)) in _WORD_CATEGORIES:
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    ranges.append((start, prev))
    ranges += _WORD_EXTRA
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                         for a, b in ranges) + "]"


def java_token_pattern(pattern):
    """A Java token regex using \\w and \\b with Java's Unicode meaning, in Python syntax."""
    word = _java_word_class()
    if pattern == "\\b\\w\\w+\\b":
        return re.compile(word + "{2,}")   # the same tokens: maximal word runs of length >= 2, faster
    boundary = f"(?:(?<={word})(?!{word})|(?<!{word})(?={word}))"
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("\\w", i):
            out.append(word)
        elif pattern.startswith("\\b", i):
            out.append(boundary)
        elif pattern[i] == "\\":
            out.append(pattern[i:i + 2])
        else:
            out.append(pattern[i])
            i += 1
            continue
        i += 2
    return re.compile("".join(out))


class SpamTwin:
    """The exported model: probability(text) and predict(text) as in SpamModel."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            m = json.load(f)
        if m.get("format") != "roadmap-spam-filter-portable/1":
            raise ValueError(f"{path}: not a portable spam-filter export (format {m.get('format')!r})")
        self.clean = m["clean_mail"]
        self.lowercase = m["lowercase"]
        self.sublinear = m["sublinear_tf"]
        self.pattern = java_token_pattern(m["token_pattern"])
        self.vocabulary = m["vocabulary"]
        self.idf = m["idf"]
        self.weights = m["weights"]
        self.bias = m["bias"]
        self.threshold = m["threshold"]
        self.empty = m["empty_probability"]

    def probability(self, text):
        if self.clean:
            text = clean_mail(text)
        if self.lowercase:
            text = text.lower()
        counts = {}
        for token in self.pattern.findall(text):
            j = self.vocabulary.get(token)
            if j is not None:
                counts[j] = counts.get(j, 0.0) + 1.0
        if not counts:
            return self.empty
        columns = sorted(counts)
        values = [(1 + math.log(counts[j]) if self.sublinear else counts[j]) * self.idf[j] for j in columns]
        squares = 0.0
        for v in values:
            squares += v * v
        norm = math.sqrt(squares)
        z = self.bias
        for j, v in zip(columns, values):
            z += self.weights[j] * (v / norm)
        return 1.0 / (1.0 + math.exp(-z))

    def predict(self, text):
        p = self.probability(text)
        return {"label": "spam" if p >= self.threshold else "ham", "spamProbability": p}
