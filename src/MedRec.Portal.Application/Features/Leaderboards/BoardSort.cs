namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>The sort keys a board accepts besides its metric keys.</summary>
public static class BoardSort
{
    public const string Rank = "rank";
    public const string Team = "team";
    public const string Submissions = "submissions";
    public const string Time = "time";
}
