namespace MedRec.Portal.Application.Common.Workers;

/// <summary>
/// Lease owner names: <c>{instance}/{queue}-{n}</c>. The instance part is stable across restarts of one process
/// (<c>Portal:InstanceId</c>, the machine name by default), so a restarted process recognises its own earlier claims.
/// </summary>
public static class LeaseOwners
{
    /// <summary>Lease owner columns hold at most this many characters.</summary>
    public const int MaxLength = 100;

    /// <summary>The owner name of worker <paramref name="index"/> of <paramref name="queue"/> in <paramref name="instance"/>.</summary>
    public static string Name(string instance, string queue, int index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        var name = $"{Prefix(instance)}{queue}-{index}";
        return name.Length <= MaxLength ? name : throw new ArgumentException($"Lease owner \"{name}\" is longer than {MaxLength} characters: shorten Portal:InstanceId.", nameof(instance));
    }

    /// <summary>What every owner name of <paramref name="instance"/> starts with.</summary>
    public static string Prefix(string instance) => instance + "/";
}
