namespace MedRec.Portal.Web.Components.Shared;

/// <summary>One row of an interval chart: an entry's score, its 95% interval and significance band.</summary>
public sealed record IntervalPoint(string Name, double Score, double Low, double High, int Band, bool Highlight = false);
