"""The ONNX graph of the linear baselines, built with onnx.helper (no skl2onnx, no torch).

input_ids int64 [batch, maxLength] -> for each TF-IDF block: keep the leading fields (CumSum of separators),
TfIdfVectorizer (mode TF: counts of the pooled n-grams) -> log(1 + count) * idf -> / sqrt(sum of squares + eps)
* block weight -> concatenated features -> one MatMul + Add per head -> Softmax (ICD primary) or Sigmoid.
The same arithmetic is ngrams.BlockFeatures + forward() below, which gives the parity outputs of the manifest."""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from scipy import sparse

from .ngrams import NORM_EPS
from .tokenizer import PAD_ID, SEP_ID

OPSET = 17


def _trim_padding(nodes, inits, source, max_length):
    """ids[:, :L] with L = 1 + the last non-padding position of the batch (at least 1): TfIdfVectorizer looks up
    every position, padding included, so a batch of short records costs as much as one of full-length records
    without this. Padding is never pooled, so the result is the same."""
    inits += [numpy_helper.from_array(np.arange(1, max_length + 1, dtype=np.int64)[None, :], "trim_positions"),
              numpy_helper.from_array(np.array(PAD_ID, dtype=np.int64), "trim_pad"),
              numpy_helper.from_array(np.array(1, dtype=np.int64), "trim_one"),
              numpy_helper.from_array(np.array([1], dtype=np.int64), "trim_shape"),
              numpy_helper.from_array(np.array([0], dtype=np.int64), "trim_start")]
    nodes += [helper.make_node("Equal", [source, "trim_pad"], ["trim_is_pad"]),
              helper.make_node("Not", ["trim_is_pad"], ["trim_used"]),
              helper.make_node("Cast", ["trim_used"], ["trim_used_i"], to=TensorProto.INT64),
              helper.make_node("Mul", ["trim_used_i", "trim_positions"], ["trim_ends"]),
              helper.make_node("ReduceMax", ["trim_ends"], ["trim_last"], keepdims=0),
              helper.make_node("Max", ["trim_last", "trim_one"], ["trim_length"]),
              helper.make_node("Reshape", ["trim_length", "trim_shape"], ["trim_end"]),
              helper.make_node("Slice", [source, "trim_start", "trim_end", "axes_1"], ["trimmed_ids"])]
    return "trimmed_ids"


def _field_ids(nodes, inits, name, source, fields):
    """The ids of fields [start, end) only, the others padding; source itself when fields is None."""
    if fields is None:
        return source
    # position p belongs to field CumSum(ids == SEP)[p]; other fields become padding (never pooled)
    inits += [numpy_helper.from_array(np.array(SEP_ID, dtype=np.int64), f"{name}_sep"),
              numpy_helper.from_array(np.array(1, dtype=np.int32), f"{name}_axis"),
              numpy_helper.from_array(np.array(fields[0], dtype=np.int64), f"{name}_from"),
              numpy_helper.from_array(np.array(fields[1], dtype=np.int64), f"{name}_to"),
              numpy_helper.from_array(np.array(PAD_ID, dtype=np.int64), f"{name}_pad")]
    nodes += [helper.make_node("Equal", [source, f"{name}_sep"], [f"{name}_is_sep"]),
              helper.make_node("Cast", [f"{name}_is_sep"], [f"{name}_sep_i"], to=TensorProto.INT64),
              helper.make_node("CumSum", [f"{name}_sep_i", f"{name}_axis"], [f"{name}_field"]),
              helper.make_node("GreaterOrEqual", [f"{name}_field", f"{name}_from"], [f"{name}_after"]),
              helper.make_node("Less", [f"{name}_field", f"{name}_to"], [f"{name}_before"]),
              helper.make_node("And", [f"{name}_after", f"{name}_before"], [f"{name}_keep"]),
              helper.make_node("Where", [f"{name}_keep", source, f"{name}_pad"], [f"{name}_ids"])]
    return f"{name}_ids"


def _tfidf_block(nodes, inits, name, source, vectorizer, fields, weight, prefix=None):
    ids = source
    if prefix is not None:
        # the block's fields lie within the first `prefix` positions (their budgets plus separators)
        inits += [numpy_helper.from_array(np.array([prefix], dtype=np.int64), f"{name}_prefix")]
        nodes.append(helper.make_node("Slice", [source, "trim_start", f"{name}_prefix", "axes_1"], [f"{name}_head"]))
        source = ids = f"{name}_head"
    ids = _field_ids(nodes, inits, name, ids, fields)
    pool = vectorizer.pool
    counts, start = [], 0
    for n in range(1, vectorizer.max_n + 1):
        counts.append(start)
        start += n * sum(1 for g in pool if len(g) == n)
    nodes.append(helper.make_node(
        "TfIdfVectorizer", [ids], [f"{name}_tf"], mode="TF", min_gram_length=1,
        max_gram_length=vectorizer.max_n, max_skip_count=0, ngram_counts=counts,
        ngram_indexes=list(range(len(pool))), pool_int64s=[t for g in pool for t in g]))
    inits += [numpy_helper.from_array(np.array(1.0, dtype=np.float32), f"{name}_one"),
              numpy_helper.from_array(vectorizer.idf.astype(np.float32), f"{name}_idf"),
              numpy_helper.from_array(np.array(NORM_EPS, dtype=np.float32), f"{name}_eps"),
              numpy_helper.from_array(np.array(weight, dtype=np.float32), f"{name}_weight")]
    nodes += [helper.make_node("Add", [f"{name}_tf", f"{name}_one"], [f"{name}_tf1"]),
              helper.make_node("Log", [f"{name}_tf1"], [f"{name}_logtf"]),
              helper.make_node("Mul", [f"{name}_logtf", f"{name}_idf"], [f"{name}_x"]),
              helper.make_node("Mul", [f"{name}_x", f"{name}_x"], [f"{name}_sq"]),
              helper.make_node("ReduceSum", [f"{name}_sq"], [f"{name}_ss"], axes=[1], keepdims=1)
              if OPSET < 13 else
              helper.make_node("ReduceSum", [f"{name}_sq", "axes_1"], [f"{name}_ss"], keepdims=1),
              helper.make_node("Add", [f"{name}_ss", f"{name}_eps"], [f"{name}_ss_eps"]),
              helper.make_node("Sqrt", [f"{name}_ss_eps"], [f"{name}_norm"]),
              helper.make_node("Div", [f"{name}_x", f"{name}_norm"], [f"{name}_unit"]),
              helper.make_node("Mul", [f"{name}_unit", f"{name}_weight"], [f"{name}_out"])]
    return f"{name}_out"


def _name_block(nodes, inits, source, names, prefix):
    """names.NameMatches in the graph: the admission-diagnosis ids, TfIdfVectorizer (TF) over the names' id
    sequences, found = min(count, 1), per code min(found @ mapping, 1) * weight."""
    ids = source
    if prefix is not None:
        inits.append(numpy_helper.from_array(np.array([prefix], dtype=np.int64), "names_prefix"))
        nodes.append(helper.make_node("Slice", [source, "trim_start", "names_prefix", "axes_1"], ["names_head"]))
        ids = "names_head"
    ids = _field_ids(nodes, inits, "names", ids, names.fields)
    counts, start, flat = [], 0, []
    for n in range(1, names.max_n + 1):
        counts.append(start)
        group = [g for g in names.pool if len(g) == n]
        start += n * len(group)
        flat += [t for g in group for t in g]
    nodes.append(helper.make_node(
        "TfIdfVectorizer", [ids], ["names_tf"], mode="TF", min_gram_length=1, max_gram_length=names.max_n,
        max_skip_count=0, ngram_counts=counts, ngram_indexes=list(range(len(names.pool))), pool_int64s=flat))
    inits += [numpy_helper.from_array(np.array(1.0, dtype=np.float32), "names_one"),
              numpy_helper.from_array(names.mapping.astype(np.float32), "names_mapping"),
              numpy_helper.from_array(np.array(names.weight, dtype=np.float32), "names_weight")]
    nodes += [helper.make_node("Min", ["names_tf", "names_one"], ["names_found"]),
              helper.make_node("MatMul", ["names_found", "names_mapping"], ["names_codes"]),
              helper.make_node("Min", ["names_codes", "names_one"], ["names_any"]),
              helper.make_node("Mul", ["names_any", "names_weight"], ["names_out"])]
    return "names_out"


def field_prefix(field_chars, fields, max_length):
    """Positions that fields [start, end) can reach: the budgets of fields 0..end-1 and the separators between them."""
    if fields is None or field_chars is None:
        return None
    end = fields[1]
    prefix = sum(field_chars[:end]) + end - 1
    return prefix if prefix < max_length else None


def build_graph(features, heads, input_name, max_length, path, field_chars=None, names=None):
    """features: ngrams.BlockFeatures (fitted); heads: [(output name, activation 'softmax'|'sigmoid', W [F, K],
    b [K])]; field_chars: the input fields' character budgets (a block over the first fields then reads only
    their positions). Writes the model to path and checks it."""
    nodes, inits = [], [numpy_helper.from_array(np.array([1], dtype=np.int64), "axes_1")]
    ids = _trim_padding(nodes, inits, input_name, max_length)
    outputs = [_tfidf_block(nodes, inits, f"b{i}", ids, v, b[1], b[4], field_prefix(field_chars, b[1], max_length))
               for i, (v, b) in enumerate(zip(features.vectorizers, features.blocks))]
    if names is not None:
        outputs.append(_name_block(nodes, inits, ids, names, field_prefix(field_chars, names.fields, max_length)))
    if len(outputs) > 1:
        nodes.append(helper.make_node("Concat", outputs, ["features"], axis=1))
    else:
        nodes.append(helper.make_node("Identity", outputs, ["features"]))
    graph_outputs = []
    for name, activation, weights, bias in heads:
        inits += [numpy_helper.from_array(weights.astype(np.float32), f"{name}_W"),
                  numpy_helper.from_array(bias.astype(np.float32), f"{name}_b")]
        nodes += [helper.make_node("MatMul", ["features", f"{name}_W"], [f"{name}_mm"]),
                  helper.make_node("Add", [f"{name}_mm", f"{name}_b"], [f"{name}_logits"]),
                  helper.make_node("Softmax", [f"{name}_logits"], [name], axis=1) if activation == "softmax"
                  else helper.make_node("Sigmoid", [f"{name}_logits"], [name])]
        graph_outputs.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", weights.shape[1]]))
    graph = helper.make_graph(nodes, "linear-baseline",
                              [helper.make_tensor_value_info(input_name, TensorProto.INT64, ["batch", max_length])],
                              graph_outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="tools/baseline/train_linear.py")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def forward(features, heads, id_rows, names=None):
    """The graph's outputs computed in numpy (float64), for the parity cases and for held-out scoring."""
    x = features.transform(id_rows)
    if names is not None:
        x = sparse.hstack([x, sparse.csr_matrix(names.transform(id_rows))]).tocsr()
    result = []
    for _, activation, weights, bias in heads:
        logits = np.asarray(x @ weights) + bias
        if activation == "softmax":
            logits = logits - logits.max(axis=1, keepdims=True)
            e = np.exp(logits)
            result.append(e / e.sum(axis=1, keepdims=True))
        else:
            result.append(1.0 / (1.0 + np.exp(-logits)))
    return result
