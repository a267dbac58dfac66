namespace MedRec.Portal.FunctionalTests.Infrastructure;

/// <summary>A test class with its own portal on a fresh SQLite file.</summary>
public abstract class SqlitePortalTest : IAsyncLifetime
{
    protected PortalFactory Factory { get; } = PortalFactory.Sqlite();

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected PortalBrowser Browser() => new(Factory.CreateBrowserClient());
}
