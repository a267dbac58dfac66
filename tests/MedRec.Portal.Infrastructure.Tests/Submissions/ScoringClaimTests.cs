using System.Collections.Concurrent;
using MedRec.Portal.Application.Common.Workers;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.Queue;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Submissions;

/// <summary>Several workers on one queue (docs/decisions/013-scale-out.md): row-locked claims, leases taken back at restart.</summary>
public sealed class ScoringClaimTests
{
    private const int Files = 24;

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task FourConcurrentWorkersScoreEverySubmissionExactlyOnce(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host, settings: s => s with { DailyLimit = 100, TotalLimit = 100 });
        var ids = new List<Guid>();
        for (var i = 0; i < Files; i++)
        {
            // Different bytes each time (trailing spaces), so none is a duplicate of another.
            ids.Add((await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed + new string(' ', i))).ShouldSucceed().SubmissionId);
        }

        var scoring = host.Services.GetRequiredService<SubmissionScoringService>();
        var claimedBy = new ConcurrentDictionary<Guid, string>();
        var duplicates = new ConcurrentBag<Guid>();
        using var start = new ManualResetEventSlim();
        var workers = Enumerable.Range(1, 4).Select(n => Task.Run(async () =>
        {
            var owner = LeaseOwners.Name("test-host", "Scoring", n);
            start.Wait(TestContext.Current.CancellationToken);
            while (await scoring.TryClaimNextAsync(owner, TestContext.Current.CancellationToken) is { } id)
            {
                if (!claimedBy.TryAdd(id, owner))
                {
                    duplicates.Add(id);
                }

                await scoring.ScoreClaimedAsync(id, owner, TestContext.Current.CancellationToken);
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(workers);

        duplicates.ShouldBeEmpty("no submission may be claimed by two workers");
        claimedBy.Keys.Order().ShouldBe(ids.Order());
        await using var db = await host.OpenAsync();
        var rows = await db.Submissions.Where(s => ids.Contains(s.Id)).ToListAsync(TestContext.Current.CancellationToken);
        rows.ShouldAllBe(s => s.Status == SubmissionStatus.Scored && s.Attempts == 1 && s.LeaseOwner == null);
        var scoredAudits = await ScoredAuditsAsync(db);
        scoredAudits.Count.ShouldBe(Files);
        scoredAudits.Distinct().Count().ShouldBe(Files, "one Scored audit entry per submission: none scored twice");
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task ARestartedInstanceTakesBackItsOwnClaimsAtOnceAndLeavesOthersAlone(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var mine = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed().SubmissionId;
        var theirs = (await setup.SubmitAsync(SubmissionSetup.PartialCDrugRed)).ShouldSucceed().SubmissionId;
        var scoring = host.Services.GetRequiredService<SubmissionScoringService>();
        var crashed = LeaseOwners.Name("host-a", "Scoring", 1);
        (await scoring.TryClaimNextAsync(crashed, TestContext.Current.CancellationToken)).ShouldBe(mine);
        (await scoring.TryClaimNextAsync(LeaseOwners.Name("host-b", "Scoring", 1), TestContext.Current.CancellationToken)).ShouldBe(theirs);

        // host-a was killed; its process starts again (no time passes: the 30 s lease has not run out).
        await scoring.TakeBackAsync("host-a", TestContext.Current.CancellationToken);
        var restarted = LeaseOwners.Name("host-a", "Scoring", 2);
        (await scoring.TryClaimNextAsync(restarted, TestContext.Current.CancellationToken)).ShouldBe(mine);
        (await scoring.TryClaimNextAsync(restarted, TestContext.Current.CancellationToken)).ShouldBeNull("host-b's live claim is not host-a's to take");

        // The killed worker's late result is refused: the lease is no longer its own.
        await scoring.ScoreClaimedAsync(mine, crashed, TestContext.Current.CancellationToken);
        await scoring.ScoreClaimedAsync(mine, restarted, TestContext.Current.CancellationToken);
        await using var db = await host.OpenAsync();
        var row = await db.Submissions.SingleAsync(s => s.Id == mine, TestContext.Current.CancellationToken);
        row.Status.ShouldBe(SubmissionStatus.Scored);
        row.Attempts.ShouldBe(2);
        (await ScoredAuditsAsync(db)).ShouldBe([mine]);
        (await db.Submissions.SingleAsync(s => s.Id == theirs, TestContext.Current.CancellationToken)).LeaseOwner.ShouldBe(LeaseOwners.Name("host-b", "Scoring", 1));
    }

    private static async Task<List<Guid>> ScoredAuditsAsync(PortalDbContext db) =>
        (await db.AuditEvents.Where(e => e.Action == SubmissionAuditActions.Scored).Select(e => e.EntityId).ToListAsync(TestContext.Current.CancellationToken))
        .Select(Guid.Parse).ToList();
}
