"""Code-name matches: for each additional ICD code, 1 when its name (or the name without its parenthesised part,
e.g. 高血压病3级 for 高血压病3级（极高危）) occurs literally in the admission diagnosis, times a weight.

The character n-grams already see parts of the names; a whole-name match is one strong feature per code (5-fold
CV: other recall 0.669 -> 0.696 at weight 0.5). The graph computes it with a TfIdfVectorizer whose pool is the
names' id sequences (linear_graph._name_block); transform() below is the same arithmetic for training and parity."""
import re

import numpy as np

from .ngrams import field_range
from .tokenizer import UNK_ID


def name_patterns(name):
    patterns = {name, re.sub(r"[（(].*?[）)]", "", name)}
    return sorted(p for p in patterns if len(p) >= 2)


class NameMatches:
    def __init__(self, codes, names, fields=(0, 1), weight=0.5):
        self.codes, self.names, self.fields, self.weight = codes, names, fields, weight

    def fit(self, tokenizer):
        """pool: unique id sequences (only names whose characters are all in the vocabulary), ordered by length then
        ids (the graph groups the pool by n); mapping[p, j] = 1 when pattern p is a name of code j."""
        owners = {}
        for j, code in enumerate(self.codes):
            for pattern in name_patterns(self.names[code]):
                ids = tuple(tokenizer.ids.get(ch, UNK_ID) for ch in pattern)
                if UNK_ID not in ids:
                    owners.setdefault(ids, set()).add(j)
        self.pool = sorted(owners, key=lambda g: (len(g), g))
        self.mapping = np.zeros((len(self.pool), len(self.codes)))
        for p, ids in enumerate(self.pool):
            self.mapping[p, sorted(owners[ids])] = 1.0
        self.max_n = max((len(g) for g in self.pool), default=1)
        return self

    def transform(self, id_rows):
        out = np.zeros((len(id_rows), len(self.codes)))
        for r, ids in enumerate(id_rows):
            text = "," + ",".join(map(str, field_range(ids, self.fields))) + ","
            found = np.array([("," + ",".join(map(str, g)) + ",") in text for g in self.pool], dtype=float)
            if len(found):
                out[r] = np.minimum(found @ self.mapping, 1.0) * self.weight
        return out
