using System.Text.Json;
using MedRec.Portal.Tests.Shared;

namespace MedRec.Portal.Cli.Tests.Commands;

public sealed class ValidateCommandTests(DemoFolder demo) : IClassFixture<DemoFolder>
{
    [Fact]
    public async Task AValidSubmissionExitsZeroWithValidTrueInJson()
    {
        var run = await CliRun.RunAsync(
            "validate", "--task", "cdrugred", "--inputs", Path.Combine(demo.CDrugRed, "inputs.jsonl"),
            "--submission", Path.Combine(demo.CDrugRed, "sample-submission.json"), "--candidates", Path.Combine(demo.CDrugRed, "candidates.json"), "--json");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["task", "records", "valid", "warnings"]);
        json.GetProperty("task").GetString().ShouldBe("cdrugred");
        json.GetProperty("records").GetInt32().ShouldBe(40);
        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task AValidSubmissionGetsAReadableConfirmation()
    {
        var run = await CliRun.RunAsync(
            "validate", "--task", "icd", "--inputs", Path.Combine(demo.Icd, "inputs.json"), "--submission", Path.Combine(demo.Icd, "sample-submission.json"));

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("the submission is valid (40 records)");
        run.Out.ShouldContain("Warnings: none.");
    }

    [Fact]
    public async Task AnInvalidSubmissionExitsTwoWithValidFalseAndTheErrors()
    {
        var incomplete = demo.Write("incomplete-icd.json", """[{"病案标识": "DEMO0000000011", "预测结果": "[I20.000|E78.500]", "note": "x"}]""");

        var run = await CliRun.RunAsync("validate", "--task", "icd", "--inputs", Path.Combine(demo.Icd, "inputs.json"), "--submission", incomplete, "--json");

        run.ExitCode.ShouldBe(2);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["task", "valid", "errors", "error_count", "warnings"]);
        json.GetProperty("valid").GetBoolean().ShouldBeFalse();
        json.GetProperty("errors").EnumerateArray().Single().GetProperty("code").GetString().ShouldBe("id.missing");
        json.GetProperty("warnings").EnumerateArray().Single().GetProperty("code").GetString().ShouldBe("record.extra_key");
    }

    [Fact]
    public async Task ASyntaxErrorIsReportedWithLineAndColumn()
    {
        var broken = demo.Write("broken-icd.json", "[\n  {\"病案标识\": \"DEMO0000000011\",, }\n]");

        var run = await CliRun.RunAsync("validate", "--task", "icd", "--inputs", Path.Combine(demo.Icd, "inputs.json"), "--submission", broken);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("error at line 2, column");
        run.Out.ShouldContain("[json.syntax]");
    }

    [Fact]
    public async Task MissingInputsFileIsAnIoError()
    {
        var run = await CliRun.RunAsync(
            "validate", "--task", "icd", "--inputs", Path.Combine(demo.Root, "absent.json"), "--submission", Path.Combine(demo.Icd, "sample-submission.json"));

        run.ShouldBeUsageError("--inputs file not found");
    }

    [Fact]
    public async Task TheOfficialIcdExampleValidatesAgainstTheOfficialInputs()
    {
        var inputs = SharedData.Require("icd/ICD-Coding-test-A.json");
        var example = SharedData.Require("icd/lCD-Coding-A.json");

        var run = await CliRun.RunAsync("validate", "--task", "icd", "--inputs", inputs, "--submission", example, "--json");

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        var json = run.Json();
        json.GetProperty("valid").GetBoolean().ShouldBeTrue();
        json.GetProperty("records").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task TheOfficialCDrugRedExampleIsRejectedForItsUnknownDrug()
    {
        // The organisers' example names one drug that is not in their own candidate list (see the data README).
        var inputs = SharedData.Require("cdrugred/CDrugRed_test-A.jsonl");
        var example = SharedData.Require("cdrugred/submit_pred_ex.json");
        var candidates = SharedData.Require("cdrugred/候选药物列表.json");

        var run = await CliRun.RunAsync("validate", "--task", "cdrugred", "--inputs", inputs, "--submission", example, "--candidates", candidates, "--json");

        run.ExitCode.ShouldBe(2);
        run.Json().GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldContain("label.unknown");
    }
}
