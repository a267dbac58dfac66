namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A metric column of a board: stable key (also the sort key), short title, definition for a tooltip.</summary>
public sealed record BoardColumn(string Key, string DisplayName, string Definition, bool IsPrimary);
