using System.Globalization;
using Bunit;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Web.Components.Shared;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Shared;

public sealed class LiveFeedTests : PortalComponentTest
{
    [Fact]
    public async Task ALiveUpdateFromTheWorkerRunsInTheViewersLanguageNotTheWorkers()
    {
        var events = new Events<SubmissionChanged>();
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var phaseId = Guid.NewGuid();

        // The page renders its feed on the circuit, in the Chinese reader's culture.
        UseCulture("zh-CN");
        Context.Render<LiveFeed<SubmissionChanged>>(parameters => parameters
            .Add(p => p.Events, events)
            .Add(p => p.When, change => change.PhaseId == phaseId)
            .Add(p => p.Changed, (SubmissionChanged _) => seen.TrySetResult(CultureInfo.CurrentUICulture.Name)));

        // The scoring worker (English, the server's culture) publishes a change for that phase, and one for another.
        await Task.Run(() => InCulture("en-US", () =>
        {
            events.Publish(new SubmissionChanged(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), SubmissionStatus.Scored, DateTime.UtcNow));
            events.Publish(new SubmissionChanged(Guid.NewGuid(), phaseId, Guid.NewGuid(), SubmissionStatus.Scored, DateTime.UtcNow));
        }), Xunit.TestContext.Current.CancellationToken);

        (await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken)).ShouldBe("zh-CN");
    }

    [Fact]
    public async Task ABurstWhileTheBoardReloadsMakesOneMoreReloadWithTheLatestChange()
    {
        var events = new Events<BoardChanged>();
        var phaseId = Guid.NewGuid();
        var reloads = new List<BoardChanged>();
        var firstReloadHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cut = Context.Render<LiveFeed<BoardChanged>>(parameters => parameters
            .Add(p => p.Events, events)
            .Add(p => p.When, change => change.PhaseId == phaseId)
            .Add(p => p.Coalesce, true)
            .Add(p => p.Changed, async (BoardChanged change) =>
            {
                reloads.Add(change);
                if (reloads.Count == 1)
                {
                    await firstReloadHeld.Task;
                }
            }));
        var changes = Enumerable.Range(0, 4).Select(i => new BoardChanged(phaseId, BoardChangeKind.ScoresChanged, DateTime.UtcNow.AddSeconds(i))).ToList();

        await Task.Run(() => events.Publish(changes[0]), Xunit.TestContext.Current.CancellationToken);
        cut.WaitForAssertion(() => reloads.Count.ShouldBe(1));
        await Task.Run(() => changes.Skip(1).ToList().ForEach(events.Publish), Xunit.TestContext.Current.CancellationToken);
        await cut.InvokeAsync(() => { }); // the dispatcher has taken the three changes (it runs work in order)
        firstReloadHeld.SetResult();

        cut.WaitForAssertion(() => reloads.Count.ShouldBe(2));
        await cut.InvokeAsync(() => { });
        reloads.ShouldBe([changes[0], changes[3]]);
    }

    private static void InCulture(string name, Action work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private sealed class Events<TChange> : IChangeEvents<TChange>
    {
        public event EventHandler<TChange>? Changed;

        public void Publish(TChange change) => Changed?.Invoke(this, change);
    }
}
