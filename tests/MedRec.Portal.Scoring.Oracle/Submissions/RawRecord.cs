using System.Text.Json;
using MedRec.Portal.Scoring.Json;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>A submission element as written, before any task rule: its keys, value types, strings and places.</summary>
internal sealed record RawRecord(int Number, SourceLocation At, JsonTokenType Kind, IReadOnlyList<RawField> Fields);

/// <summary>One key of a raw record with its value (strings kept, arrays as their items).</summary>
internal sealed record RawField(string Key, SourceLocation KeyAt, JsonTokenType Kind, SourceLocation ValueAt, string? Text, IReadOnlyList<RawItem>? Items);

/// <summary>One item of an array value.</summary>
internal readonly record struct RawItem(JsonTokenType Kind, string? Text, SourceLocation At);
