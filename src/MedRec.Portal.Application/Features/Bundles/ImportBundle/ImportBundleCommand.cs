using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Bundles.ImportBundle;

/// <summary>
/// An organiser creates a whole competition from a bundle: everything is checked first and every problem reported
/// with its YAML path and position; only a bundle without problems is created, in one save (one transaction).
/// <paramref name="Slug"/> overrides the bundle's slug (a second copy); <paramref name="DryRun"/> checks and
/// reports without creating; <paramref name="FirstOpensAtUtc"/> moves every window and freeze instant by the same
/// amount so the first phase opens then (last year's bundle reused this year; the demo opens "a week ago").
/// </summary>
public sealed record ImportBundleCommand(Actor Actor, BundleFiles Files, string? Slug = null, bool DryRun = false, DateTime? FirstOpensAtUtc = null)
    : IOrganizerOnly, ICommand<Result<BundleImportReport>>;

/// <summary>
/// What the import found: the problems (empty when the bundle is valid), what it creates (or created) and, once
/// created, the new task's id.
/// </summary>
public sealed record BundleImportReport(string Slug, IReadOnlyList<BundleProblem> Problems, IReadOnlyList<BundleImportItem> Items, Guid? CreatedTaskId)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>One thing the bundle creates: the task, a phase (with its window) or a file (with its records and SHA-256).</summary>
public sealed record BundleImportItem(string Path, string What, string Detail);
