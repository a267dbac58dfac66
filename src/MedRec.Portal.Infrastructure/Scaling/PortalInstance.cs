using Microsoft.Extensions.Configuration;

namespace MedRec.Portal.Infrastructure.Scaling;

/// <summary>What a portal process does (<c>Portal:Roles</c>).</summary>
public enum ProcessRole
{
    /// <summary>Pages, the REST API, downloads and exports.</summary>
    Web,

    /// <summary>Scoring workers (<c>Scoring:Workers</c> of them) and the board snapshot job.</summary>
    Scoring,

    /// <summary>The baseline run worker (model inference).</summary>
    Baselines,

    /// <summary>The e-mail outbox worker and the scheduled notification job.</summary>
    Notifications,
}

/// <summary>
/// This process among the portal's processes: its roles and its instance id. The id names its workers' leases, so it
/// must be unique among the processes running at once and the same across one process's restarts (the default, the
/// machine name, is both in a container; give each process on one machine its own <c>Portal:InstanceId</c>).
/// </summary>
public sealed class PortalInstance
{
    public const string SectionName = "Portal";

    public const int MaxIdLength = 60;

    private PortalInstance(string id, IReadOnlySet<ProcessRole> roles)
    {
        Id = id;
        Roles = roles;
    }

    public string Id { get; }

    public IReadOnlySet<ProcessRole> Roles { get; }

    public bool Has(ProcessRole role) => Roles.Contains(role);

    /// <summary>
    /// Reads <c>Portal:Roles</c> (a comma-separated list, or a configuration array; default all) and
    /// <c>Portal:InstanceId</c>. An unknown role stops the start with the list of valid ones.
    /// </summary>
    public static PortalInstance FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var roles = ParseRoles(section["Roles"] is { } list ? list.Split(',') : section.GetSection("Roles").GetChildren().Select(c => c.Value ?? ""));
        var id = section["InstanceId"] is { Length: > 0 } configured ? configured.Trim() : Environment.MachineName;
        if (id.Length > MaxIdLength || id.Contains('/', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Portal:InstanceId \"{id}\" must be at most {MaxIdLength} characters without '/'.");
        }

        return new PortalInstance(id, roles);
    }

    private static HashSet<ProcessRole> ParseRoles(IEnumerable<string> values)
    {
        var names = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (names.Count == 0)
        {
            return [.. Enum.GetValues<ProcessRole>()];
        }

        var roles = new HashSet<ProcessRole>();
        foreach (var name in names)
        {
            if (char.IsAsciiDigit(name[0]) || !Enum.TryParse<ProcessRole>(name, ignoreCase: true, out var role))
            {
                throw new InvalidOperationException(
                    $"Unknown portal role \"{name}\" in configuration key {SectionName}:Roles. Valid values: {string.Join(", ", Enum.GetNames<ProcessRole>())} (comma-separated; default all).");
            }

            roles.Add(role);
        }

        return roles;
    }
}
