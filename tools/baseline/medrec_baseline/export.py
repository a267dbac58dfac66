"""Writes the model package: model.onnx, vocab.json and the model.json manifest (docs/baseline-model.md)."""
import datetime
import json
import os
import random

from . import FORMAT_VERSION
from .tokenizer import PAD_ID, SEP_ID

OPSET = 17  # ONNX Runtime 1.31 runs opsets up to 23; torch 1.13 exports up to 17.
INPUT_NAME = "input_ids"
MODEL_FILE = "model.onnx"
VOCAB_FILE = "vocab.json"
MANIFEST_FILE = "model.json"


def outputs_for(task, label_counts):
    if task == "cdrugred":
        return [{"name": "probabilities", "role": "labels", "activation": "sigmoid", "size": label_counts[0]}]
    return [
        {"name": "primary_probabilities", "role": "primary", "activation": "softmax", "size": label_counts[0]},
        {"name": "additional_probabilities", "role": "additional", "activation": "sigmoid", "size": label_counts[1]},
    ]


def parity_records(spec, vocabulary, seed=20250):
    """Synthetic records (never real text, so a package can be shared): empty, in-vocabulary characters with
    every value kind (list, number, null, an emoji outside the BMP for surrogate pairs), and over-long fields."""
    rng = random.Random(seed)
    characters = vocabulary[SEP_ID + 1:] or ["a"]

    def text(length):
        return "".join(rng.choice(characters) for _ in range(length))

    mixed = {spec.id_field: "parity-mixed"}
    for index, f in enumerate(spec.fields):
        if index == 0:
            mixed[f.name] = [text(5), None, text(7), 12.5]
        elif index == 1:
            mixed[f.name] = None
        elif index == 2:
            mixed[f.name] = 36.0
        else:
            mixed[f.name] = text(f.max_chars // 2) + "\U0001F600\u00a0" + text(3)
    long = {spec.id_field: "parity-long"}
    for f in spec.fields:
        long[f.name] = text(f.max_chars * 2 + 7)
    short = {spec.id_field: "parity-short", spec.fields[-1].name: text(40)}
    return [("empty", {spec.id_field: "parity-empty"}), ("mixed", mixed), ("long", long), ("short", short)]


def export_package(out_dir, *, cnn, spec, tokenizer, task, labels, rule, metrics, trivial, hyper, device):
    """The character CNN (train.py): torch exports the graph; the parity outputs are torch's."""
    import torch

    from .model import ProbabilityModel
    outputs = outputs_for(task, [len(x) for x in labels])
    model = ProbabilityModel(cnn, [o["activation"] for o in outputs]).to("cpu").eval()

    def write_graph(path):
        dummy = torch.full((2, spec.max_length), PAD_ID, dtype=torch.int64)
        torch.onnx.export(
            model, (dummy,), path, opset_version=OPSET,
            input_names=[INPUT_NAME], output_names=[o["name"] for o in outputs],
            dynamic_axes={INPUT_NAME: {0: "batch"}, **{o["name"]: {0: "batch"} for o in outputs}},
            do_constant_folding=True)

    def forward(ids):
        with torch.no_grad():
            return [r[0].tolist() for r in model(torch.tensor([ids], dtype=torch.int64))]

    trainer = {"tool": "tools/baseline/train.py", "torch": torch.__version__, "device": device,
               "hyperparameters": hyper}
    return write_package(out_dir, spec=spec, tokenizer=tokenizer, task=task, labels=labels, rule=rule,
                         metrics=metrics, trivial=trivial, trainer=trainer, name=hyper.get("name") or f"{task}-char-cnn",
                         opset=OPSET, write_graph=write_graph, forward=forward)


def write_package(out_dir, *, spec, tokenizer, task, labels, rule, metrics, trivial, trainer, name, opset,
                  write_graph, forward, extra_cases=()):
    """Writes the graph (write_graph(path)), the vocabulary and the manifest with the parity cases, whose outputs
    are forward(ids) -> one list of probabilities per output, computed by the trainer's own implementation.
    extra_cases: more (name, record) parity cases, e.g. ones that exercise a feature random text never hits."""
    os.makedirs(out_dir, exist_ok=True)
    outputs = outputs_for(task, [len(x) for x in labels])
    write_graph(os.path.join(out_dir, MODEL_FILE))
    import onnx
    onnx.checker.check_model(onnx.load(os.path.join(out_dir, MODEL_FILE)))

    with open(os.path.join(out_dir, VOCAB_FILE), "w", encoding="utf-8") as handle:
        json.dump(tokenizer.vocabulary, handle, ensure_ascii=False, indent=0)

    cases = []
    for case_name, record in list(parity_records(spec, tokenizer.vocabulary)) + list(extra_cases):
        ids = tokenizer.encode(record)
        result = forward(ids)
        used = len(ids)
        while used > 0 and ids[used - 1] == PAD_ID:
            used -= 1
        cases.append({
            "name": case_name,
            "record": record,
            "inputIds": ids[:used],
            "outputs": {o["name"]: [float(v) for v in r] for o, r in zip(outputs, result)},
        })

    manifest = {
        "formatVersion": FORMAT_VERSION,
        "task": task,
        "name": name,
        "createdUtc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "trainer": trainer,
        "files": {"model": MODEL_FILE, "vocabulary": VOCAB_FILE},
        "input": {
            "idField": spec.id_field,
            "fields": [f.to_manifest() for f in spec.fields],
            "listSeparator": spec.list_separator,
            "maxLength": spec.max_length,
        },
        "tokenizer": {"kind": "character", "vocabulary": VOCAB_FILE, "vocabularySize": len(tokenizer.vocabulary),
                      "padId": PAD_ID, "unknownId": 1, "separatorId": SEP_ID},
        "onnx": {"opset": opset, "input": {"name": INPUT_NAME, "elementType": "int64",
                                           "shape": ["batch", spec.max_length]},
                 "outputs": [{"name": o["name"], "role": o["role"], "activation": o["activation"],
                              "elementType": "float32", "shape": ["batch", o["size"]]} for o in outputs]},
        "labels": {"labels": labels[0]} if task == "cdrugred" else {"primary": labels[0], "additional": labels[1]},
        "decoding": rule,
        "metrics": metrics,
        "trivialBaseline": trivial,
        "parity": {"tolerance": 1e-5, "cases": cases},
    }
    with open(os.path.join(out_dir, MANIFEST_FILE), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return manifest
