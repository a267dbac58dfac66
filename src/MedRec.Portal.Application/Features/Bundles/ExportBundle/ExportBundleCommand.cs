using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Bundles.ExportBundle;

/// <summary>
/// An organiser exports a task as a bundle: competition.yaml and the files it names. Gold is left out unless
/// <paramref name="IncludeGold"/>; every export is audited (a gold export takes the answers off the server).
/// </summary>
public sealed record ExportBundleCommand(Actor Actor, string Slug, bool IncludeGold = false) : IOrganizerOnly, ICommand<Result<ExportedBundle>>;

/// <summary>The bundle: its configuration, its text, and each file by bundle-relative path.</summary>
public sealed record ExportedBundle(CompetitionBundle Bundle, string Yaml, IReadOnlyList<ExportedBundleFile> Files);

public sealed record ExportedBundleFile(string Path, byte[] Content);
