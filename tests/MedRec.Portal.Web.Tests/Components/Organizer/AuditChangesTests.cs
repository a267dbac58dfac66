using Bunit;
using MedRec.Portal.Web.Components.Pages.Organizer.Components.Audit;
using MedRec.Portal.Web.Tests.Support;

namespace MedRec.Portal.Web.Tests.Components.Organizer;

/// <summary>The audit log shows what changed in short lines, not a wall of JSON.</summary>
public sealed class AuditChangesTests : PortalComponentTest
{
    [Fact]
    public void AnEventWithOnlyAnAfterStateListsEveryFieldWithScoresToFourDecimals()
    {
        var rows = AuditChangeRows.From(null, """{"Name": "演示基线 Demo baseline", "PrimaryScore": 0.775843253968254, "RecordsDone": 60, "Gpu": false}""");

        rows.Select(r => $"{r.Field}={r.After}").ShouldBe(["Name=演示基线 Demo baseline", "PrimaryScore=0.7758", "RecordsDone=60", "Gpu=false"]);
        rows.ShouldAllBe(r => !r.Changed);
    }

    [Fact]
    public void WithBothStatesOnlyTheChangedFieldsAreListedOldToNew()
    {
        var rows = AuditChangeRows.From(
            """{"Status": "Pending", "Name": "Team Mei", "Members": 2}""",
            """{"Status": "Approved", "Name": "Team Mei", "Members": 2, "Reason": "ok"}""");

        rows.Select(r => (r.Field, r.Before, r.After)).ShouldBe([("Status", "Pending", "Approved"), ("Reason", "—", "ok")]);
        rows.ShouldAllBe(r => r.Changed);
    }

    [Fact]
    public void LongValuesAndNestedObjectsAreCut()
    {
        var rows = AuditChangeRows.From(null, $$"""{"Ids": [{{string.Join(", ", Enumerable.Range(1, 40).Select(i => $"\"id-{i}\""))}}], "Note": "{{new string('字', 200)}}"}""");

        rows.ShouldAllBe(r => r.After!.Length <= AuditChangeRows.MaxValueLength + 1);
        rows[0].After.ShouldStartWith("[\"id-1\",\"id-2\"");
        rows[1].After.ShouldEndWith("…");
    }

    [Fact]
    public void TextThatIsNotJsonIsShownAsItIsInTheFullRecord()
    {
        AuditChangeRows.From(null, "not json").ShouldBeEmpty();
        AuditChangeRows.Pretty("not json").ShouldBe("not json");
        AuditChangeRows.Pretty("""{"a":1}""").ShouldContain("\"a\": 1");
    }

    [Fact]
    public void RendersValuesAsTextAndShowsTheFullRecordOnDemand()
    {
        var cut = Context.Render<AuditChanges>(p => p
            .Add(c => c.BeforeJson, """{"Name": "Old"}""")
            .Add(c => c.AfterJson, """{"Name": "<script>alert(1)</script>"}"""));

        cut.FindAll("script").ShouldBeEmpty();
        cut.Find("[data-testid=audit-change]").TextContent.ShouldContain("Name");
        cut.Find("[data-testid=audit-change]").TextContent.ShouldContain("Old");
        cut.Find("[data-testid=audit-change]").TextContent.ShouldContain("<script>alert(1)</script>");
        cut.FindAll("[data-testid=audit-json]").ShouldBeEmpty();

        cut.Find("[data-testid=audit-json-toggle]").Click();

        cut.Find("[data-testid=audit-json]").TextContent.ShouldContain("\"Name\": \"<script>alert(1)</script>\"");
    }
}
