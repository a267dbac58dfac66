using System.Text.Json;

namespace MedRec.Portal.Infrastructure.Baseline.Records;

/// <summary>One input record of a phase: its identifier and its raw field values, as the dataset file holds them.</summary>
/// <param name="Id">The record identifier written into the submission (CDrugRed 就诊标识, ICD 病案标识).</param>
/// <param name="Fields">Every key of the record with its JSON value (detached from any document).</param>
public sealed record BaselineInputRecord(string Id, IReadOnlyDictionary<string, JsonElement> Fields);
