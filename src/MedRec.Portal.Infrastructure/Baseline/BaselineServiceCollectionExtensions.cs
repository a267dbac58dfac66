using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedRec.Portal.Infrastructure.Baseline;

/// <summary>Registers the baseline model runner: one session cache, the package loader and the runner, all singletons.</summary>
public static class BaselineServiceCollectionExtensions
{
    /// <summary>The configuration key that allows (true, the default) or forbids (false) the CUDA provider.</summary>
    public const string UseGpuKey = "Baseline:UseGpu";

    /// <summary>Adds <see cref="BaselineSessionCache"/>, <see cref="BaselinePackageLoader"/> and <see cref="BaselineRunner"/>.</summary>
    /// <exception cref="InvalidOperationException"><c>Baseline:UseGpu</c> is set to something other than true or false.</exception>
    public static IServiceCollection AddBaselineModels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var allowGpu = ReadUseGpu(configuration[UseGpuKey]);
        services.AddSingleton(provider => new BaselineSessionCache(provider.GetRequiredService<ILogger<BaselineSessionCache>>(), allowGpu));
        services.AddSingleton<BaselinePackageLoader>();
        services.AddSingleton<BaselineRunner>();
        return services;
    }

    internal static bool ReadUseGpu(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        return bool.TryParse(value, out var allowed)
            ? allowed
            : throw new InvalidOperationException($"configuration {UseGpuKey} is \"{value}\"; use true (run on a GPU when ONNX Runtime offers CUDA) or false (always the CPU)");
    }
}
