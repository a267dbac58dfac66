using System.Globalization;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Bundles.Yaml;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.ExtraFiles;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Application.Features.Tasks;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Terms;

namespace MedRec.Portal.Application.Features.Bundles.ImportBundle;

/// <summary>
/// The competition a bundle describes, built in memory through the domain's own rules (task texts, AddPhase with its
/// overlap checks, the board's freeze check) and its files inspected, before anything touches the database.
/// </summary>
internal sealed class ImportPlan(CompetitionBundle bundle, string slug, DateTime now)
{
    private readonly List<BundleImportItem> _items = [];
    private readonly List<(Phase Phase, BundlePhase Source, BundleFileCheck.Checked? Inputs, BundleFileCheck.Checked? Gold)> _phases = [];
    private BundleFileCheck.Checked? _candidates;
    private (int Number, string Zh, string En)? _terms;
    private readonly List<(Phase? Phase, BundleFileCheck.Checked File, string Description)> _extraFiles = [];
    private readonly List<Action> _links = [];

    public string Slug => slug;

    public CompetitionTask Task { get; } = new(Guid.CreateVersion7(), bundle.Task.Kind, slug, bundle.Task.Texts, now);

    public IReadOnlyList<BundleImportItem> Items => _items;

    public void Check(BundleReadContext context, BundleFiles files)
    {
        var spec = bundle.Task;
        foreach (var error in CompetitionTask.Validate(slug, spec.Texts))
        {
            context.Problem(BundleFieldPaths.Task(error.Field), error);
        }

        var ranking = LeaderboardMetrics.For(spec.Kind).RankingKeys;
        if (!ranking.SequenceEqual(spec.RankingKeys, StringComparer.Ordinal))
        {
            context.Problem("task.ranking", BundleErrors.RankingFixed.With(BundleNames.Of(BundleNames.Kinds, spec.Kind), string.Join(", ", ranking), string.Join(", ", spec.RankingKeys)));
        }

        _items.Add(new BundleImportItem("task", "task", $"{slug} ({BundleNames.Of(BundleNames.Kinds, spec.Kind)}): {spec.Texts.TitleZh} / {spec.Texts.TitleEn}"));
        var check = new BundleFileCheck(files, context.Problem);
        IReadOnlySet<string>? labels = null;
        if (spec.CandidatesFile is { } candidates)
        {
            if (spec.Kind != TaskKind.CDrugRed)
            {
                context.Problem("task.candidates", BundleErrors.CandidatesOnlyCDrugRed.With());
            }
            else
            {
                _candidates = check.CandidateList("task.candidates", candidates, out labels);
                AddFileItem("task.candidates", _candidates);
            }
        }

        CheckTerms(context, check, spec.Terms);
        CheckExtraFiles(context, check, "task.files", spec.Files, phase: null);
        for (var i = 0; i < bundle.Phases.Count; i++)
        {
            CheckPhase(context, check, i, labels);
        }
    }

    /// <summary>Adds the task, its phases, boards and files to the unit of work, with the same audit events as the console's use cases.</summary>
    public void Stage(IPortalDbContext db, IGoldDatasetStore goldStore, Actor actor)
    {
        Task.Publish(bundle.Task.Published, now);
        db.Tasks.Add(Task);
        db.Audit(actor, AuditActions.TaskCreated, nameof(CompetitionTask), Task.Id, before: null, TaskSnapshot.Of(Task), now);
        if (_terms is { } terms)
        {
            // The bundle's own licence, published under its version number as if the organiser had published it here.
            var version = new TermsVersion(Guid.CreateVersion7(), Task.Id, terms.Number, terms.Zh, terms.En, actor.UserId, now);
            db.TermsVersions.Add(version);
            db.Audit(actor, TermsAuditActions.Published, nameof(TermsVersion), version.Id, before: null, new { version.TaskId, version.Number, version.PublishedAt }, now);
        }
        else
        {
            // Like a task created in the console: the standard terms, version 1.
            db.TermsVersions.Add(StandardTerms.FirstVersion(Task.Id, actor.UserId, now));
        }
        if (_candidates is not null)
        {
            var list = AddDataset(db, actor, DatasetKind.CandidateList, _candidates);
            _links.Add(() => Task.UseCandidateList(list.Id, now));
            db.Audit(actor, AuditActions.DatasetUploaded, nameof(CompetitionTask), Task.Id, new { CandidateListDatasetId = (Guid?)null }, Facts(list), now);
        }

        foreach (var (phase, source, inputs, gold) in _phases)
        {
            db.Audit(actor, AuditActions.PhaseCreated, nameof(Phase), phase.Id, before: null, TaskSnapshot.Of(phase), now);
            if (inputs is not null)
            {
                var dataset = AddDataset(db, actor, DatasetKind.Inputs, inputs);
                phase.UseInputs(dataset.Id);
                db.Audit(actor, AuditActions.DatasetUploaded, nameof(Phase), phase.Id, new { InputsDatasetId = (Guid?)null }, Facts(dataset), now);
            }

            if (gold is not null)
            {
                var compressed = DatasetCompression.Compress(gold.Content);
                var stored = new GoldDataset(Guid.CreateVersion7(), Task.Id, phase.Id, FactsOf(gold, compressed), actor.UserId, now);
                goldStore.Stage(db, stored, compressed);
                _links.Add(() => phase.UseGold(stored.Id));
                db.Audit(actor, AuditActions.GoldUploaded, nameof(Phase), phase.Id, new { GoldDatasetId = (Guid?)null }, new { GoldDatasetId = stored.Id, stored.OriginalFileName, stored.Sha256, stored.RecordCount }, now);
            }

            if (source.Board != BundleBoard.Default)
            {
                var board = new PhaseBoard(phase.Id, now);
                board.ScheduleFreeze(source.Board.FreezeAtUtc, now);
                board.SetOptions(source.Board.HideOwnScoresWhileFrozen, source.Board.PublishHourly, now);
                db.PhaseBoards.Add(board);
                db.Audit(actor, LeaderboardAuditActions.FreezeScheduled, nameof(PhaseBoard), phase.Id, null, new { board.FreezeScheduledAt, board.HideOwnScoresWhileFrozen, board.PublishHourly }, now);
            }
        }

        foreach (var (phase, file, description) in _extraFiles)
        {
            var compressed = DatasetCompression.Compress(file.Content);
            var dataset = Dataset.Extra(Guid.CreateVersion7(), Task.Id, phase?.Id, description, FactsOf(file, compressed), actor.UserId, now);
            db.Datasets.Add(dataset);
            db.DatasetContents.Add(new DatasetContent(dataset.Id, compressed));
            db.Audit(actor, AuditActions.ExtraFileAdded, nameof(Dataset), dataset.Id, before: null, new { dataset.TaskId, dataset.PhaseId, dataset.OriginalFileName, dataset.Description, dataset.Sha256, dataset.ByteCount }, now);
        }
    }

    /// <summary>
    /// Points the task at its candidate list and each phase at its gold, after the first save: each refers to the
    /// other (the file to its task or phase), so EF Core cannot insert both in one batch; the handler saves twice in
    /// one transaction. Returns whether there was anything to link.
    /// </summary>
    public bool LinkFiles()
    {
        _links.ForEach(link => link());
        return _links.Count > 0;
    }

    private void CheckPhase(BundleReadContext context, BundleFileCheck check, int index, IReadOnlySet<string>? labels)
    {
        var source = bundle.Phases[index];
        var added = Task.AddPhase(Guid.CreateVersion7(), source.Settings, now);
        foreach (var error in added.Errors)
        {
            context.Problem(BundleFieldPaths.Phase(index, error.Field), error);
        }

        if (source.Board.FreezeAtUtc is { } freezeAt && new PhaseBoard(Guid.Empty, now).CheckSchedule(freezeAt, now) is { } freezeError)
        {
            context.Problem($"phases[{index}].board.freezeAt", freezeError);
        }

        IReadOnlyList<string>? ids = null;
        var inputs = source.InputsFile is { } inputsFile ? check.Inputs($"phases[{index}].inputs", inputsFile, bundle.Task.Kind, out ids) : null;
        var gold = source.GoldFile is { } goldFile ? check.Gold($"phases[{index}].gold", goldFile, bundle.Task.Kind, ids, labels) : null;
        if (added.IsSuccess)
        {
            var s = added.Value;
            _phases.Add((s, source, inputs, gold));
            _items.Add(new BundleImportItem($"phases[{index}]", "phase", string.Create(CultureInfo.InvariantCulture, $"{s.Code} {s.NameZh} / {s.NameEn}: {s.OpensAt:u} – {s.ClosesAt:u} ({s.QuotaTimeZoneId}), {s.DailyLimit}/day, {s.TotalLimit} in all")));
        }

        AddFileItem($"phases[{index}].inputs", inputs);
        AddFileItem($"phases[{index}].gold", gold);
        CheckExtraFiles(context, check, $"phases[{index}].files", source.Files, added.IsSuccess ? added.Value : null);
    }

    private void CheckTerms(BundleReadContext context, BundleFileCheck check, BundleTerms? terms)
    {
        if (terms is null)
        {
            return;
        }

        if (terms.Version < 1)
        {
            context.Problem("task.terms.version", BundleErrors.TermsVersionNumber.With(terms.Version));
        }

        var zh = terms.ZhFile is { } zhFile ? check.Text("task.terms.zh", zhFile, TermsVersion.MaxTextLength) : "";
        var en = terms.EnFile is { } enFile ? check.Text("task.terms.en", enFile, TermsVersion.MaxTextLength) : "";
        if (zh is null || en is null)
        {
            return;
        }

        foreach (var error in TermsVersion.Validate(zh, en))
        {
            context.Problem(error.Field == nameof(TermsVersion.TextZh) ? "task.terms.zh" : "task.terms.en", error);
        }

        _terms = (terms.Version, zh, en);
        _items.Add(new BundleImportItem("task.terms", "terms", string.Create(CultureInfo.InvariantCulture, $"version {terms.Version}: {zh.Length} characters (zh), {en.Length} characters (en)")));
    }

    // The same rules as an extra file added in the console (AddExtraFileHandler): a description, a usable name.
    // A phase that failed its own checks is reported already; its files are still checked.
    private void CheckExtraFiles(BundleReadContext context, BundleFileCheck check, string path, IReadOnlyList<BundleExtraFile> files, Phase? phase)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var at = $"{path}[{i}]";
            var description = files[i].Description.Trim();
            if (description.Length is 0 or > Dataset.MaxDescriptionLength)
            {
                context.Problem($"{at}.description", ExtraFileErrors.DescriptionRequired.ForField($"{at}.description", Dataset.MaxDescriptionLength.ToString(CultureInfo.InvariantCulture)));
            }

            if (files[i].File.Split('/')[^1].Length > 260)
            {
                context.Problem($"{at}.path", DatasetErrors.FileNameLength.ForField($"{at}.path"));
                continue;
            }

            var file = check.Extra($"{at}.path", files[i].File);
            if (file is null)
            {
                continue;
            }

            _extraFiles.Add((phase, file, description));
            AddFileItem($"{at}.path", file, kind: "extra");
        }
    }

    private void AddFileItem(string path, BundleFileCheck.Checked? file, string kind = "data")
    {
        if (file is not null)
        {
            // Extra files have any format, so they have no record count to show.
            var records = kind == "extra" ? "" : string.Create(CultureInfo.InvariantCulture, $"{file.RecordCount} records, ");
            _items.Add(new BundleImportItem(path, "file", string.Create(CultureInfo.InvariantCulture, $"{file.File}: {records}{file.Content.LongLength} bytes, SHA-256 {DatasetCompression.Sha256Hex(file.Content)}")));
        }
    }

    private Dataset AddDataset(IPortalDbContext db, Actor actor, DatasetKind kind, BundleFileCheck.Checked file)
    {
        var compressed = DatasetCompression.Compress(file.Content);
        var dataset = new Dataset(Guid.CreateVersion7(), Task.Id, kind, FactsOf(file, compressed), actor.UserId, now);
        db.Datasets.Add(dataset);
        db.DatasetContents.Add(new DatasetContent(dataset.Id, compressed));
        return dataset;
    }

    // The stored name is the file's own name: export puts it back under the folder of its role.
    private static StoredFileFacts FactsOf(BundleFileCheck.Checked file, byte[] compressed) =>
        new(file.File.Split('/')[^1], DatasetCompression.Sha256Hex(file.Content), file.RecordCount, file.Content.LongLength, compressed.LongLength);

    private static object Facts(StoredFile file) => new { DatasetId = file.Id, file.OriginalFileName, file.Sha256, file.RecordCount, file.ByteCount };
}
