using MedRec.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedRec.Portal.Infrastructure.Tests.Persistence;

public sealed class ProviderSwitchTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Theory]
    [InlineData("MySql")]
    [InlineData("sqlite3")]
    [InlineData("1")]
    public void UnknownProviderFailsAtStartListingTheValidOnes(string provider)
    {
        var exception = Should.Throw<InvalidOperationException>(() =>
            new ServiceCollection().AddPortalInfrastructure(Config(("Database:Provider", provider))));
        exception.Message.ShouldContain($"\"{provider}\"");
        exception.Message.ShouldContain("Database:Provider");
        exception.Message.ShouldContain("Valid values: Sqlite, SqlServer, Postgres");
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    public void ParsesProviderNamesIgnoringCase(string? value, DatabaseProvider expected)
    {
        DatabaseProviderSetup.ParseProvider(value).ShouldBe(expected);
    }

    [Fact]
    public void ServerProviderWithoutConnectionStringNamesTheKeyToSet()
    {
        var exception = Should.Throw<InvalidOperationException>(() =>
            new ServiceCollection().AddPortalInfrastructure(Config(("Database:Provider", "Postgres"))));
        exception.Message.ShouldContain("ConnectionStrings:Portal");
    }

    [Fact]
    public void SqliteDefaultsToAFileInTheDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"medrec-data-{Guid.NewGuid():N}");
        try
        {
            using var services = new ServiceCollection()
                .AddPortalInfrastructure(Config(("Database:DataDirectory", directory)))
                .BuildServiceProvider();
            using var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
            db.Database.ProviderName.ShouldBe("Microsoft.EntityFrameworkCore.Sqlite");
            db.Database.GetConnectionString().ShouldBe($"Data Source={Path.Combine(directory, "medrec.db")}");
            Directory.Exists(directory).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Microsoft.EntityFrameworkCore.Sqlite", "Data Source=x.db")]
    [InlineData(DatabaseProvider.SqlServer, "Microsoft.EntityFrameworkCore.SqlServer", "Server=db;Database=MedRec;TrustServerCertificate=true")]
    [InlineData(DatabaseProvider.Postgres, "Npgsql.EntityFrameworkCore.PostgreSQL", "Host=db;Database=medrec")]
    public void EachProviderUsesItsOwnMigrationsAssembly(DatabaseProvider provider, string providerName, string connectionString)
    {
        using var services = new ServiceCollection()
            .AddPortalInfrastructure(Config(("Database:Provider", provider.ToString()), ("ConnectionStrings:Portal", connectionString)))
            .BuildServiceProvider();
        using var db = services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        db.Database.ProviderName.ShouldBe(providerName);
        db.Database.GetMigrations().ShouldContain(m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownEmailSinkFailsAtStartListingTheValidOnes()
    {
        Should.Throw<InvalidOperationException>(() =>
                new ServiceCollection().AddPortalInfrastructure(Config(("Email:Sink", "Pigeon"))))
            .Message.ShouldContain("Valid values: Smtp, Files");
    }
}
