using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Baseline.Inference;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

public sealed class ExecutionProviderSelectorTests
{
    [Fact]
    public void ChoosesCudaWhenTheRuntimeReportsItsProvider()
    {
        var choice = ExecutionProviderSelector.Select(["CUDAExecutionProvider", "CPUExecutionProvider"], allowGpu: true);

        choice.Provider.ShouldBe(BaselineExecutionProvider.Cuda);
    }

    [Fact]
    public void FallsBackToTheCpuWhenTheRuntimeHasNoCudaProvider()
    {
        var choice = ExecutionProviderSelector.Select(["CPUExecutionProvider"], allowGpu: true);

        choice.Provider.ShouldBe(BaselineExecutionProvider.Cpu);
        choice.Reason.ShouldContain("CPUExecutionProvider");
    }

    [Fact]
    public void StaysOnTheCpuWhenGpuUseIsSwitchedOff()
    {
        var choice = ExecutionProviderSelector.Select(["CUDAExecutionProvider", "CPUExecutionProvider"], allowGpu: false);

        choice.Provider.ShouldBe(BaselineExecutionProvider.Cpu);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("True", true)]
    public void ReadsTheUseGpuSetting(string? value, bool expected) =>
        BaselineServiceCollectionExtensions.ReadUseGpu(value).ShouldBe(expected);

    [Fact]
    public void RejectsAnUnknownUseGpuValueWithTheValidOnes()
    {
        var error = Should.Throw<InvalidOperationException>(() => BaselineServiceCollectionExtensions.ReadUseGpu("yes"));

        error.Message.ShouldContain("Baseline:UseGpu");
        error.Message.ShouldContain("true");
    }
}
