using System.Text;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

/// <summary>
/// A rejection's report does not grow with the size of a bad value: before, one 19 MB identifier gave a 119 MB
/// response and a 60 MB stored report. The quoted value is shortened; the code, record, line and column are not.
/// </summary>
public sealed class LongValueReportTests
{
    [Fact]
    public async Task A19MegabyteIdentifierGivesASmallReceiptAndASmallStoredReport()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var huge = new string('9', 19 * 1024 * 1024);
        var file = $"[{{\"ID\": \"v1\", \"prediction\": []}}, {{\"ID\": \"v2\", \"prediction\": []}}, {{\"ID\": \"{huge}\", \"prediction\": []}}]";

        var receipt = (await setup.SubmitBytesAsync(Encoding.UTF8.GetBytes(file))).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        var error = receipt.Report.Errors.ShouldHaveSingleItem();
        (error.Code, error.RecordNumber, error.Line, error.Column).ShouldBe((IssueCodes.UnknownId, 3, 1, 73));
        error.Id.ShouldBe(new string('9', EchoedText.MaxLength - 1) + "…");
        error.Message.ShouldContain($"\"{error.Id}\"");
        await using var db = await host.OpenAsync();
        var stored = await db.Submissions.SingleAsync(TestContext.Current.CancellationToken);
        stored.ValidationReportJson!.Length.ShouldBeLessThan(4_000);
        var storedError = StoredReport.Parse(stored.ValidationReportJson).Errors.ShouldHaveSingleItem();
        (storedError.Code, storedError.Id, storedError.Message, storedError.Line, storedError.Column).ShouldBe((error.Code, error.Id, error.Message, error.Line, error.Column));
    }

    [Fact]
    public void AStoredReportIsCappedButKeepsItsTotalsAndFirstErrors()
    {
        // Not reachable through the validator any more (it shortens what it quotes): the backstop for anything else.
        var errors = Enumerable.Range(1, 50)
            .Select(i => new SubmissionIssue(IssueSeverity.Error, IssueCodes.UnknownId, new string('x', 10_000), i, $"id{i}", i, 1))
            .ToList();
        var warnings = Enumerable.Range(1, 50)
            .Select(i => new SubmissionIssue(IssueSeverity.Warning, IssueCodes.ExtraKey, new string('y', 10_000), i, $"id{i}", i, 1))
            .ToList();
        var report = new StoredReport(120, 70, 500, null, errors, warnings);

        var json = report.ToJson();

        json.Length.ShouldBeLessThanOrEqualTo(StoredReport.MaxJsonLength);
        var parsed = StoredReport.Parse(json);
        (parsed.ErrorCount, parsed.WarningCount, parsed.RecordCount).ShouldBe((120, 70, 500));
        parsed.Errors.ShouldNotBeEmpty();
        parsed.Errors.Select(Describe).ShouldBe(errors.Take(parsed.Errors.Count).Select(Describe));
        parsed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void AnOrdinaryReportIsStoredWhole()
    {
        var errors = Enumerable.Range(1, 50).Select(i => new SubmissionIssue(IssueSeverity.Error, IssueCodes.UnknownId, $"Identifier \"v{i}\" is not in this phase's input set.", i, $"v{i}", i, 9)).ToList();
        var report = new StoredReport(50, 0, 50, null, errors, []);

        StoredReport.Parse(report.ToJson()).Errors.Select(Describe).ShouldBe(errors.Select(Describe));
    }

    private static string Describe(SubmissionIssue issue) => $"{issue.Code}|{issue.RecordNumber}|{issue.Id}|{issue.Line}|{issue.Column}|{issue.Message}";
}
