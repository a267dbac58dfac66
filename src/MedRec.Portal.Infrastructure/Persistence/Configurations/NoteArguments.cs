using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

/// <summary>
/// A note's placeholder values (<see cref="Domain.Common.Note.Arguments"/>) in one text column, as a JSON array of
/// strings: the same on every provider, and readable in the database.
/// </summary>
internal static class NoteArguments
{
    public static readonly ValueConverter<IReadOnlyList<string>, string> Converter = new(
        values => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null),
        json => Read(json));

    public static readonly ValueComparer<IReadOnlyList<string>> Comparer = new(
        (left, right) => left!.SequenceEqual(right!),
        values => values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value.GetHashCode(StringComparison.Ordinal))),
        values => values.ToArray());

    private static string[] Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
