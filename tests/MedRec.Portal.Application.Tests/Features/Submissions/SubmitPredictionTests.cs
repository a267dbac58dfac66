using System.IO.Compression;
using System.Text;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Persistence;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Tests.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Tests.Features.Submissions;

public sealed class SubmitPredictionTests
{
    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task AcceptedFileIsStoredCompressedQueuedAuditedAndUsesOneAttempt(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);
        var events = setup.RecordEvents();

        var receipt = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, description: "baseline run")).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Queued);
        receipt.Counted.ShouldBeTrue();
        receipt.CountingNote.English.ShouldContain("1 of 3");
        receipt.CountingNote.MessageId.ShouldBe(SubmissionNotes.Counted.Id);
        receipt.CountingNote.Arguments.Take(2).ShouldBe(["1", "3"]);
        receipt.DuplicateOfSubmissionId.ShouldBeNull();
        receipt.Quota.UsedToday.ShouldBe(1);
        receipt.Quota.RemainingToday.ShouldBe(2);
        await using var db = await host.OpenAsync();
        var stored = await db.Submissions.SingleAsync(TestContext.Current.CancellationToken);
        stored.Description.ShouldBe("baseline run");
        // The note's id and values survive the round trip, so My submissions can word it in the reader's language.
        stored.GetCountingNote().ShouldBe(receipt.CountingNote with { Arguments = stored.CountingNoteArguments });
        stored.CountingNoteArguments.ShouldBe(receipt.CountingNote.Arguments);
        stored.TeamId.ShouldBe(setup.TeamId);
        stored.SubmittedByUserId.ShouldBe(setup.Member.UserId);
        stored.Sha256.ShouldBe(DatasetCompression.Sha256Hex(Encoding.UTF8.GetBytes(SubmissionSetup.PerfectCDrugRed)));
        var content = await db.SubmissionContents.SingleAsync(TestContext.Current.CancellationToken);
        Encoding.UTF8.GetString(DatasetCompression.Decompress(content.CompressedBytes)).ShouldBe(SubmissionSetup.PerfectCDrugRed);
        (await db.AuditEvents.CountAsync(a => a.Action == SubmissionAuditActions.Queued && a.EntityId == stored.Id.ToString(), TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.QuotaLedger.SingleAsync(TestContext.Current.CancellationToken)).Kind.ShouldBe(QuotaLedgerKind.Counted);
        events.ShouldContain(e => e.SubmissionId == stored.Id && e.Status == SubmissionStatus.Queued);
    }

    [Theory]
    [MemberData(nameof(Providers.Runnable), MemberType = typeof(Providers))]
    public async Task RejectedFileIsStoredWithItsReportAndDoesNotUseTheQuota(DatabaseProvider provider)
    {
        await using var host = await PortalTestHost.StartAsync(provider);
        var setup = await SubmissionSetup.CreateAsync(host);

        var receipt = (await setup.SubmitAsync("""[{"ID": "v1", "prediction": ["不存在的药"]}, {"ID": "v2", "prediction": []}]""")).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Counted.ShouldBeFalse();
        receipt.CountingNote.English.ShouldContain("did not use your quota");
        receipt.CountingNote.MessageId.ShouldBe(SubmissionNotes.RejectedFree.Id);
        receipt.Report.Errors.ShouldContain(e => e.Code == IssueCodes.UnknownLabel && e.Message.Contains("不存在的药"));
        receipt.Quota.UsedToday.ShouldBe(0);
        receipt.Quota.RejectedToday.ShouldBe(1);
        await using var db = await host.OpenAsync();
        var stored = await db.Submissions.SingleAsync(TestContext.Current.CancellationToken);
        stored.Status.ShouldBe(SubmissionStatus.Rejected);
        StoredReport.Parse(stored.ValidationReportJson).Errors.ShouldContain(e => e.Code == IssueCodes.UnknownLabel);
        (await db.QuotaLedger.SingleAsync(TestContext.Current.CancellationToken)).Kind.ShouldBe(QuotaLedgerKind.NotCounted);
    }

    [Fact]
    public async Task RefusesBeforeThePhaseOpensAndNamesTheWindowInUtcAndThePhaseZone()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        host.Clock.Set(new DateTime(2025, 5, 31, 12, 0, 0, DateTimeKind.Utc));

        var error = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Conflict);

        error.Message.ShouldContain("not open yet");
        error.Message.ShouldContain("2025-06-01 00:00 UTC (2025-06-01 08:00 Asia/Shanghai)");
        error.Message.ShouldContain("2025-07-01 00:00 UTC");
    }

    [Fact]
    public async Task RefusesAfterThePhaseClosed()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        host.Clock.Set(SubmissionSetup.Closes);

        var error = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Conflict);

        error.Message.ShouldContain("is closed");
        await using var db = await host.OpenAsync();
        (await db.Submissions.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task RefusesATeamWhoseRegistrationIsNotApproved()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, approve: false);
        (await host.Send(
            new Application.Features.Registrations.RegisterTeam.RegisterTeamCommand(setup.Leader, setup.TeamId, true), TestContext.Current.CancellationToken)).ShouldSucceed();

        var error = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldFailWith(ErrorCodes.Forbidden);

        error.Message.ShouldContain("waiting for an organiser's approval");
    }

    [Fact]
    public async Task RefusesSomeoneWithoutATeam()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var loner = await host.CreateUserAsync("loner");

        var error = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, loner)).ShouldFailWith(ErrorCodes.Forbidden);

        error.Message.ShouldContain("not in a team");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public async Task RefusesAnEmptyFile(string content)
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        var error = (await setup.SubmitAsync(content)).ShouldFailWith(ErrorCodes.Validation);

        error.Message.ShouldBe("The file is empty. Upload the JSON array of your predictions.");
    }

    [Fact]
    public async Task RejectsAGbkFileWithAnEncodingError()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        // 阿司匹林 in GBK (B0A2 CBBE C6A5 C1D6): not valid UTF-8.
        byte[] gbk = [.. "[{\"ID\": \"v1\", \"prediction\": ["u8, 0x22, 0xB0, 0xA2, 0xCB, 0xBE, 0xC6, 0xA5, 0xC1, 0xD6, 0x22, .. """]}]"""u8];
        var receipt = (await setup.SubmitBytesAsync(gbk)).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Report.Errors.ShouldHaveSingleItem().Code.ShouldBe(IssueCodes.InvalidUtf8);
        receipt.Report.Errors[0].Message.ShouldContain("UTF-8");
        receipt.Counted.ShouldBeFalse();
    }

    [Fact]
    public async Task RefusesATooLargeDeclaredFileWithoutReadingIt()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Submission:MaxBytes"] = "1000");
        var setup = await SubmissionSetup.CreateAsync(host);
        var stream = new CountingStream(new byte[5000]);

        var result = await host.Send(
            new SubmitPredictionCommand(setup.Member, setup.PhaseId, "big.json", stream, 5000, null), TestContext.Current.CancellationToken);

        result.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("at most 1,000 bytes");
        stream.BytesRead.ShouldBe(0);
    }

    [Fact]
    public async Task StopsReadingAnUndeclaredTooLargeFileJustPastTheLimit()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Submission:MaxBytes"] = "100000");
        var setup = await SubmissionSetup.CreateAsync(host);
        var stream = new CountingStream(new byte[10_000_000]);

        var result = await host.Send(
            new SubmitPredictionCommand(setup.Member, setup.PhaseId, "big.json", stream, null, null), TestContext.Current.CancellationToken);

        result.ShouldFailWith(ErrorCodes.Validation).Message.ShouldContain("larger than 100,000 bytes");
        stream.BytesRead.ShouldBeLessThan(200_000);
    }

    [Fact]
    public async Task RejectsDeeplyNestedJsonWithAClearErrorInsteadOfCrashing()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        var receipt = (await setup.SubmitAsync(new string('[', 5000) + new string(']', 5000))).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Report.ErrorCount.ShouldBeGreaterThan(0);
        receipt.Report.Errors[0].Code.ShouldStartWith("json.");
        receipt.Counted.ShouldBeFalse();
    }

    [Fact]
    public async Task ExplainsThatAnIcdFileWasUploadedToACDrugRedPhase()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        var receipt = (await setup.SubmitAsync(SubmissionSetup.ValidIcd)).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Report.FormatHint.ShouldNotBeNull().ShouldStartWith("This looks like an ICD coding file");
        receipt.Report.Summary().ShouldStartWith("This looks like an ICD coding file");
    }

    [Fact]
    public async Task ExplainsThatACDrugRedFileWasUploadedToAnIcdPhase()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, TaskKind.Icd);

        var receipt = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();

        receipt.Status.ShouldBe(SubmissionStatus.Rejected);
        receipt.Report.FormatHint.ShouldNotBeNull().ShouldStartWith("This looks like a CDrugRed file");
    }

    [Fact]
    public async Task AcceptsAValidIcdFile()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host, TaskKind.Icd);

        (await setup.SubmitAsync(SubmissionSetup.ValidIcd)).ShouldSucceed().Status.ShouldBe(SubmissionStatus.Queued);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("zip")]
    public async Task RefusesAnArchiveAndSaysToUploadTheJsonItself(string kind)
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);
        var json = Encoding.UTF8.GetBytes(SubmissionSetup.PerfectCDrugRed);
        byte[] archive;
        if (kind == "gzip")
        {
            archive = DatasetCompression.Compress(json);
        }
        else
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                await using var entry = await zip.CreateEntry("predictions.json").OpenAsync(TestContext.Current.CancellationToken);
                await entry.WriteAsync(json, TestContext.Current.CancellationToken);
            }

            archive = buffer.ToArray();
        }

        var error = (await setup.SubmitBytesAsync(archive)).ShouldFailWith(ErrorCodes.Validation);

        error.Message.ShouldContain($"a {kind} archive");
        error.Message.ShouldContain("Upload the uncompressed .json");
    }

    [Fact]
    public async Task FlagsTheSameBytesUploadedTwiceButAcceptsThem()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        var first = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed)).ShouldSucceed();
        var second = (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, setup.Leader)).ShouldSucceed();

        first.DuplicateOfSubmissionId.ShouldBeNull();
        second.DuplicateOfSubmissionId.ShouldBe(first.SubmissionId);
        second.Status.ShouldBe(SubmissionStatus.Queued);
        second.Counted.ShouldBeTrue();
    }

    [Fact]
    public async Task RefusesADescriptionThatIsTooLong()
    {
        await using var host = await PortalTestHost.StartAsync(DatabaseProvider.Sqlite);
        var setup = await SubmissionSetup.CreateAsync(host);

        (await setup.SubmitAsync(SubmissionSetup.PerfectCDrugRed, description: new string('x', 501))).ShouldFailWith(ErrorCodes.Validation).Field.ShouldBe("Description");
    }

    /// <summary>An unseekable stream of zeros (like a request body) that counts what the handler reads.</summary>
    private sealed class CountingStream(byte[] content) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
