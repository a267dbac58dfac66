"""Character-level tokenizer: one id per Unicode code point, fields joined by a separator token."""
from collections import Counter

from .records import value_text

PAD, UNK, SEP = "[PAD]", "[UNK]", "[SEP]"
PAD_ID, UNK_ID, SEP_ID = 0, 1, 2


def field_texts(record, spec):
    """Each input field's text, cut to its character budget (code points, from its head or tail)."""
    texts = []
    for f in spec.fields:
        text = value_text(record.get(f.name), spec.list_separator)
        if len(text) > f.max_chars:
            text = text[:f.max_chars] if f.keep == "head" else text[len(text) - f.max_chars:]
        texts.append(text)
    return texts


def build_vocabulary(records, spec, min_count, max_size):
    """Specials first, then characters by descending count (ties by code point) so the file is reproducible."""
    counts = Counter()
    for record in records:
        for text in field_texts(record, spec):
            counts.update(text)
    kept = sorted((c for c, n in counts.items() if n >= min_count), key=lambda c: (-counts[c], ord(c)))
    return [PAD, UNK, SEP] + kept[:max_size - 3]


class CharTokenizer:
    def __init__(self, vocabulary, spec):
        self.vocabulary = vocabulary
        self.ids = {token: i for i, token in enumerate(vocabulary) if i > SEP_ID}
        self.spec = spec

    def encode(self, record):
        """Fixed-length ids: field texts joined by [SEP], cut to max_length, padded with [PAD] (0)."""
        ids = []
        for index, text in enumerate(field_texts(record, self.spec)):
            if index > 0:
                ids.append(SEP_ID)
            ids.extend(self.ids.get(ch, UNK_ID) for ch in text)
        ids = ids[:self.spec.max_length]
        return ids + [PAD_ID] * (self.spec.max_length - len(ids))
