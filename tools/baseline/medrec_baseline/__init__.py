"""Character-level baseline models for the MedRec.Portal tasks (CDrugRed, ICD coding): training and ONNX export."""

FORMAT_VERSION = 1
