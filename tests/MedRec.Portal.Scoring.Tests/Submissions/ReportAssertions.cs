using MedRec.Portal.Scoring.Submissions;

namespace MedRec.Portal.Scoring.Tests.Submissions;

internal static class ReportAssertions
{
    /// <summary>Asserts the report holds exactly one error, with this code and place, and returns it.</summary>
    public static SubmissionIssue ShouldHaveSingleError(this ValidationReport report, string code, int? record, string? id, int? line, int? column)
    {
        report.IsValid.ShouldBeFalse();
        var error = report.Errors.ShouldHaveSingleItem(string.Join("\n", report.Errors));
        error.ShouldSatisfyAllConditions(
            () => error.Code.ShouldBe(code),
            () => error.RecordNumber.ShouldBe(record),
            () => error.Id.ShouldBe(id),
            () => error.Line.ShouldBe(line),
            () => error.Column.ShouldBe(column));
        return error;
    }

    /// <summary>Asserts the report holds exactly one warning, with this code and place, and returns it.</summary>
    public static SubmissionIssue ShouldHaveSingleWarning(this ValidationReport report, string code, int? record, string? id, int? line, int? column)
    {
        var warning = report.Warnings.ShouldHaveSingleItem(string.Join("\n", report.Warnings));
        warning.ShouldSatisfyAllConditions(
            () => warning.Code.ShouldBe(code),
            () => warning.RecordNumber.ShouldBe(record),
            () => warning.Id.ShouldBe(id),
            () => warning.Line.ShouldBe(line),
            () => warning.Column.ShouldBe(column));
        return warning;
    }
}
