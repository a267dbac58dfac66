"""Reading dataset files and turning record values into text, exactly as the C# runner does.

The rules here are part of the model package contract (docs/baseline-model.md, "Input text"): the C# side
(src/MedRec.Portal.Infrastructure/Baseline/RecordText.cs) implements the same ones, and the parity cases saved
in model.json check both ends agree.
"""
import json
import math


def read_records(path):
    """Reads a JSON array or JSON Lines file (UTF-8, optional BOM); bare NaN tokens are read as null."""
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = json.loads(text, parse_constant=_nan_as_none)
    else:
        records = [json.loads(line, parse_constant=_nan_as_none)
                   for line in text.splitlines() if line.strip()]
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise ValueError(f"{path}: record {index + 1} is not a JSON object")
    return records


def _nan_as_none(token):
    if token == "NaN":
        return None
    raise ValueError(f"unsupported JSON constant {token}")


def value_text(value, list_separator):
    """The text of one record value: strings as they are, null as empty, numbers and lists by the contract's rules."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, list):
        return list_separator.join(value_text(item, list_separator) for item in value
                                   if item is not None and not isinstance(item, (list, dict)))
    # Nested objects carry no text the model was trained on.
    return ""


def number_text(value):
    """Integral values without a fraction ("33"), others in shortest round-trip form ("33.1", "1e-05")."""
    if math.isnan(value) or math.isinf(value):
        return ""
    if value.is_integer() and abs(value) < 2 ** 53:
        return str(int(value))
    return repr(value)
