using MedRec.Portal.FunctionalTests.Infrastructure;

namespace MedRec.Portal.FunctionalTests.Api;

/// <summary>A test class with its own portal (the provider its subclass picks) and the standard <see cref="Scenario"/>.</summary>
public abstract class ApiScenarioTest : IAsyncLifetime
{
    private PortalFactory? _factory;
    private Scenario? _scenario;

    protected PortalFactory Factory => _factory ?? throw new InvalidOperationException("not initialised");

    protected Scenario Data => _scenario ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _factory = CreateFactory();
        _scenario = await Scenario.BuildAsync(_factory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract PortalFactory CreateFactory();
}
