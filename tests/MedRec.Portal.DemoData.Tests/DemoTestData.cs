using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Tests;

/// <summary>Reads a generated dataset's records whatever the task's container format.</summary>
internal static class DemoTestData
{
    public static List<JsonElement> Records(DemoDataset data, DemoFileRole role) =>
        data.Task == TaskKind.CDrugRed ? DemoJsonFiles.Lines(data[role]) : DemoJsonFiles.Array(data[role]);

    /// <summary>The record's content without its identifiers, as one string.</summary>
    public static string TextOf(JsonElement record) =>
        string.Join("\u241E", record.EnumerateObject()
            .Where(p => p.Name is not (CDrugRedFields.VisitId or CDrugRedFields.PatientId or IcdFields.RecordId))
            .Select(p => p.Name + "=" + p.Value.GetRawText()));

    public static string Id(DemoDataset data, JsonElement record) =>
        record.GetProperty(data.Task == TaskKind.CDrugRed ? CDrugRedFields.VisitId : IcdFields.RecordId).GetString()!;
}
