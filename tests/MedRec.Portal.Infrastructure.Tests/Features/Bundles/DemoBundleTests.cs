using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Infrastructure.Seeding;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Infrastructure.Tests.Features.Bundles;

public sealed class DemoBundleTests
{
    /// <summary>Set to 1 to rewrite src/MedRec.Portal.Infrastructure/Seeding/DemoBundles from <see cref="DemoBundles.Build"/>.</summary>
    private const string RewriteVariable = "MEDREC_WRITE_DEMO_BUNDLES";

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void ShippedDemoBundleIsWhatTheGeneratorMakes(TaskKind kind)
    {
        var expected = DemoBundles.Build(kind);
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            var source = Path.Combine(RepositoryRoot(), "src", "MedRec.Portal.Infrastructure", "Seeding", "DemoBundles", DemoBundles.Slug(kind));
            if (Directory.Exists(source))
            {
                Directory.Delete(source, recursive: true);
            }

            BundleArchive.WriteDirectory(expected, source);
        }

        var shipped = DemoBundles.Directory(kind);
        var actualFiles = Directory.GetFiles(shipped, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(shipped, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal).ToList();
        actualFiles.ShouldBe([.. expected.Files.Select(f => f.Path).Append("competition.yaml").Order(StringComparer.Ordinal)], $"rerun with {RewriteVariable}=1 and commit the folder");
        File.ReadAllText(Path.Combine(shipped, "competition.yaml")).ShouldBe(expected.Yaml, $"rerun with {RewriteVariable}=1");
        foreach (var file in expected.Files)
        {
            File.ReadAllBytes(Path.Combine(shipped, file.Path)).ShouldBe(file.Content, file.Path);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedRec.Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MedRec.Portal.sln not found above the test output.");
    }
}
