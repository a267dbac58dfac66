namespace MedRec.Portal.Domain.Common;

/// <summary>
/// An entity whose concurrent edits must not silently overwrite each other (team membership, phase settings,
/// registration decisions). The store renews <see cref="Version"/> on every save and refuses a save whose
/// version changed meanwhile. A Guid works on every provider, unlike rowversion or xmin.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
