using System.Globalization;
using System.Text;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Bundles.ImportBundle;

public sealed class ImportBundleHandler(IPortalDbContextFactory contexts, IGoldDatasetStore goldStore, TimeProvider clock)
    : ICommandHandler<ImportBundleCommand, Result<BundleImportReport>>
{
    public async ValueTask<Result<BundleImportReport>> Handle(ImportBundleCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Actor.IsOrganizer)
        {
            return CommonErrors.OrganizersOnly;
        }

        var config = command.Files.Read(CompetitionBundle.ConfigFileName);
        if (config is null)
        {
            return new BundleImportReport(command.Slug ?? "", [new BundleProblem("", 0, 0, BundleErrors.NoConfig.With())], [], null);
        }

        var (parsed, context) = BundleYamlReader.Read(new UTF8Encoding(false).GetString(config).TrimStart('\uFEFF'));
        if (parsed is null)
        {
            return new BundleImportReport(command.Slug ?? "", context.Problems, [], null);
        }

        var bundle = Shift(parsed, command.FirstOpensAtUtc);
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = new ImportPlan(bundle, command.Slug?.Trim() ?? bundle.Task.Slug, now);
        plan.Check(context, command.Files);

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Tasks.AnyAsync(t => t.Slug == plan.Slug, cancellationToken).ConfigureAwait(false))
        {
            context.Problem(command.Slug is null ? "task.slug" : "--slug", PhaseErrors.SlugTaken.With(plan.Slug));
        }

        if (context.Problems.Count > 0 || command.DryRun)
        {
            return new BundleImportReport(plan.Slug, context.Problems, plan.Items, null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        plan.Stage(db, goldStore, command.Actor);
        db.Audit(command.Actor, BundleAuditActions.Imported, nameof(CompetitionTask), plan.Task.Id, before: null, new { plan.Slug, Phases = plan.Task.Phases.Count, Files = plan.Items.Count(i => i.What == "file") }, now);
        var saved = await db.TrySaveAsync(cancellationToken, onConflict: PhaseErrors.SlugTaken.With(plan.Slug)).ConfigureAwait(false);
        if (saved.IsSuccess && plan.LinkFiles())
        {
            saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        }

        if (saved.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return saved.IsSuccess
            ? new BundleImportReport(plan.Slug, [], plan.Items, plan.Task.Id)
            : new BundleImportReport(plan.Slug, [.. saved.Errors.Select(e => new BundleProblem("task.slug", 0, 0, e))], plan.Items, null);
    }

    private static CompetitionBundle Shift(CompetitionBundle bundle, DateTime? firstOpensAtUtc)
    {
        if (firstOpensAtUtc is not { } target || bundle.Phases.Count == 0)
        {
            return bundle;
        }

        var by = Instants.RequireUtc(target, nameof(firstOpensAtUtc)) - bundle.Phases.Min(p => p.Settings.OpensAt);
        return bundle with
        {
            Phases = [.. bundle.Phases.Select(p => p with
            {
                Settings = p.Settings with { OpensAt = p.Settings.OpensAt + by, ClosesAt = p.Settings.ClosesAt + by },
                Board = p.Board with { FreezeAtUtc = p.Board.FreezeAtUtc + by },
            })],
        };
    }
}
