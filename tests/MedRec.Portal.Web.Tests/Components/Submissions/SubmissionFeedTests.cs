using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Web.Components.Pages.Submissions.Components;
using Shouldly;

namespace MedRec.Portal.Web.Tests.Components.Submissions;

public sealed class SubmissionFeedTests
{
    [Fact]
    public async Task ALiveUpdateFromTheWorkerRunsInTheViewersLanguageNotTheWorkers()
    {
        var events = new Events();
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var phaseId = Guid.NewGuid();

        // The page creates its feed on the circuit, in the Chinese reader's culture.
        using var feed = InCulture("zh-CN", () => new SubmissionFeed(events, change => change.PhaseId == phaseId, _ =>
        {
            seen.TrySetResult(CultureInfo.CurrentUICulture.Name);
            return Task.CompletedTask;
        }));

        // The scoring worker (English, the server's culture) publishes a change for that phase, and one for another.
        await Task.Run(() => InCulture("en-US", () =>
        {
            events.Publish(new SubmissionChanged(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), SubmissionStatus.Scored, DateTime.UtcNow));
            events.Publish(new SubmissionChanged(Guid.NewGuid(), phaseId, Guid.NewGuid(), SubmissionStatus.Scored, DateTime.UtcNow));
            return 0;
        }), TestContext.Current.CancellationToken);

        (await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBe("zh-CN");
    }

    private static T InCulture<T>(string name, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private sealed class Events : ISubmissionEvents
    {
        public event EventHandler<SubmissionChanged>? Changed;

        public void Publish(SubmissionChanged change) => Changed?.Invoke(this, change);
    }
}
