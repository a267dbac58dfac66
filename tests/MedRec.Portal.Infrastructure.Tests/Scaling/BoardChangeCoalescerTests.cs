using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Infrastructure.Leaderboards;

namespace MedRec.Portal.Infrastructure.Tests.Scaling;

public sealed class BoardChangeCoalescerTests
{
    [Fact]
    public async Task ABurstOfScoresRaisesTheFirstAtOnceAndTheRestAsOneWithTheLatestInstant()
    {
        var raised = new List<BoardChanged>();
        var coalescer = new BoardChangeCoalescer(TimeSpan.FromMilliseconds(200), TimeProvider.System, change =>
        {
            lock (raised)
            {
                raised.Add(change);
            }
        });
        var phase = Guid.NewGuid();
        var other = Guid.NewGuid();
        var start = DateTime.UtcNow;
        for (var i = 0; i < 100; i++)
        {
            coalescer.Add(new BoardChanged(phase, BoardChangeKind.ScoresChanged, start.AddMilliseconds(i)));
        }

        coalescer.Add(new BoardChanged(other, BoardChangeKind.ScoresChanged, start));
        lock (raised)
        {
            raised.Select(c => c.PhaseId).ShouldBe([phase, other], "each phase's first change goes out at once");
        }

        await Task.Delay(600, TestContext.Current.CancellationToken);
        lock (raised)
        {
            raised.Count.ShouldBe(3);
            raised[2].PhaseId.ShouldBe(phase);
            raised[2].OccurredAtUtc.ShouldBe(start.AddMilliseconds(99), "the folded change carries the latest instant");
        }
    }
}
