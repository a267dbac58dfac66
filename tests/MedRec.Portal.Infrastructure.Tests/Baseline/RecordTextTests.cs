using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Text;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class RecordTextTests
{
    [Theory]
    [InlineData("\"胸闷\"", "胸闷")]
    [InlineData("null", "")]
    [InlineData("{\"a\": 1}", "")]
    [InlineData("true", "true")]
    [InlineData("36", "36")]
    [InlineData("36.0", "36")]
    [InlineData("1e2", "100")]
    [InlineData("33.1", "33.1")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("[\"高血压\", null, \"糖尿病\", 12.5, [\"x\"]]", "高血压，糖尿病，12.5")]
    public void TurnsValuesIntoTheSameTextAsTheTrainer(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        RecordText.Of(document.RootElement, "，").ShouldBe(expected);
    }
}
