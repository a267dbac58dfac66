namespace MedRec.Portal.Web.Localization;

/// <summary>
/// Marker type for the portal's one resource table (Localization/SharedResource*.resx): every UI string is
/// looked up through <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class SharedResource;
#pragma warning restore CA1052
