using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Tests.Shared.Portal;

namespace MedRec.Portal.Application.Tests.Features.Leaderboards;

/// <summary>
/// The ICD board shows the additional-code precision beside Acc: Acc has no precision term, so a team that predicts
/// every additional code (Acc 0.5 + 0.5·main accuracy) stands out by its low precision, and organisers can see it.
/// </summary>
public sealed class IcdBoardTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task TheIcdBoardShowsTheAdditionalCodePrecisionOfEveryRow(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var world = await BoardWorld.CreateAsync(host, TaskKind.Icd, "model", "all-codes");
        await world.ScoreIcdAsync("model", acc: 0.70, main: 0.76, otherRecall: 0.64, otherPrecision: 0.41, otherF1: 0.48);
        await world.ScoreIcdAsync("all-codes", acc: 0.88, main: 0.76, otherRecall: 1.0, otherPrecision: 0.06, otherF1: 0.11);

        var board = await world.BoardAsync(world.Leader("model"));

        board.Columns.Select(c => c.Key).ShouldBe([MetricKeys.Acc, MetricKeys.MainAccuracy, MetricKeys.OtherRecall, MetricKeys.OtherPrecision, MetricKeys.OtherF1]);
        board.Columns.Single(c => c.Key == MetricKeys.OtherPrecision).Definition.ShouldContain("|P|");
        var precision = board.Columns.Select(c => c.Key).ToList().IndexOf(MetricKeys.OtherPrecision);
        board.Rows.Items.Select(r => (r.Name, r.Metrics[precision].Value)).ShouldBe([("all-codes", 0.06), ("model", 0.41)]);
    }
}
