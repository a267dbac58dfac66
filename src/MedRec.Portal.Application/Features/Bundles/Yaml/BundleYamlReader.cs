using MedRec.Portal.Domain.Tasks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MedRec.Portal.Application.Features.Bundles.Yaml;

/// <summary>
/// Reads competition.yaml (docs/bundles.md) into a <see cref="CompetitionBundle"/>, reporting every problem with its
/// YAML path, line and column. Only the shape and spelling are checked here; the domain's rules (limits, windows,
/// slugs) and the files are checked by the import, which maps their errors back through the same context.
/// </summary>
public static class BundleYamlReader
{
    public static (CompetitionBundle? Bundle, BundleReadContext Context) Read(string yaml)
    {
        var context = new BundleReadContext();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            context.Problem("", (int)exception.Start.Line, (int)exception.Start.Column, BundleErrors.YamlSyntax.With(exception.InnerException?.Message ?? exception.Message));
            return (null, context);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode rootNode)
        {
            context.Problem("", 1, 1, BundleErrors.NotAMapping.With());
            return (null, context);
        }

        var root = new YamlSection(rootNode, "", context);
        var format = root.IntegerOrNull("format");
        if (format is null)
        {
            context.Problem("", rootNode, BundleErrors.Missing.With("format"));
        }
        else if (format != CompetitionBundle.FormatVersion)
        {
            context.Problem("format", root.Node("format")!, BundleErrors.FormatVersion.With(format, CompetitionBundle.FormatVersion));
        }

        var task = ReadTask(root.Section("task", required: true));
        var phases = new List<BundlePhase>();
        if (root.List("phases", required: true) is { } list)
        {
            if (list.Children.Count == 0)
            {
                context.Problem("phases", list, BundleErrors.NoPhases.With());
            }

            for (var i = 0; i < list.Children.Count; i++)
            {
                var path = $"phases[{i}]";
                context.Remember(path, list.Children[i]);
                if (list.Children[i] is YamlMappingNode phaseNode)
                {
                    if (ReadPhase(new YamlSection(phaseNode, path, context)) is { } phase)
                    {
                        phases.Add(phase);
                    }
                }
                else
                {
                    context.Problem(path, list.Children[i], BundleErrors.NotAMapping.With());
                }
            }
        }

        root.Finish("format", "task", "phases");
        return context.Problems.Count == 0 && task is not null ? (new CompetitionBundle(task, phases), context) : (null, context);
    }

    private static BundleTask? ReadTask(YamlSection? task)
    {
        if (task is null)
        {
            return null;
        }

        var slug = task.Text("slug", required: true);
        var kind = task.Choice("kind", BundleNames.Kinds, required: true);
        var published = task.Boolean("published", false);
        var title = Pair(task, "title", required: true);
        var description = Pair(task, "description");
        var rules = Pair(task, "rules");
        var evaluation = Pair(task, "evaluation");
        var terms = ReadTerms(task.Section("terms"));
        var ranking = task.Section("ranking", required: true);
        var metric = ranking?.Text("metric", required: true);
        var tieBreaks = new List<string>();
        if (ranking?.List("tieBreaks") is { } breaks)
        {
            foreach (var item in breaks.Children)
            {
                if (item is YamlScalarNode { Value: { } value })
                {
                    tieBreaks.Add(value);
                }
                else
                {
                    task.Context.Problem($"{ranking.Path}.tieBreaks", item, BundleErrors.NotAScalar.With());
                }
            }
        }

        ranking?.Finish("metric", "tieBreaks");
        var candidates = task.Text("candidates");
        var files = ReadExtraFiles(task);
        task.Finish("slug", "kind", "published", "title", "description", "rules", "evaluation", "terms", "ranking", "candidates", "files");
        if (slug is null || kind is null || metric is null)
        {
            return null;
        }

        var texts = new TaskTexts(title.Zh, title.En, description.Zh, description.En, rules.Zh, rules.En, evaluation.Zh, evaluation.En);
        return new BundleTask(slug, kind.Value, published, texts, terms, [metric, .. tieBreaks], candidates, files);
    }

    // Absent: the standard terms. Present: the version (default 1) and the Markdown file of each language.
    private static BundleTerms? ReadTerms(YamlSection? terms)
    {
        if (terms is null)
        {
            return null;
        }

        var version = terms.Integer("version", 1);
        var zh = terms.Text("zh");
        var en = terms.Text("en");
        terms.Finish("version", "zh", "en");
        if (zh is null && en is null)
        {
            terms.Context.Problem(terms.Path, BundleErrors.TermsTextRequired.With());
        }

        return new BundleTerms(version, zh, en);
    }

    private static List<BundleExtraFile> ReadExtraFiles(YamlSection parent)
    {
        var files = new List<BundleExtraFile>();
        if (parent.List("files") is not { } list)
        {
            return files;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            var path = $"{parent.PathOf("files")}[{i}]";
            parent.Context.Remember(path, list.Children[i]);
            if (list.Children[i] is not YamlMappingNode node)
            {
                parent.Context.Problem(path, list.Children[i], BundleErrors.NotAMapping.With());
                continue;
            }

            var entry = new YamlSection(node, path, parent.Context);
            var file = entry.Text("path", required: true);
            var description = entry.Text("description", required: true);
            entry.Finish("path", "description");
            if (file is not null && description is not null)
            {
                files.Add(new BundleExtraFile(file, description));
            }
        }

        return files;
    }

    private static BundlePhase? ReadPhase(YamlSection phase)
    {
        var code = phase.Text("code", required: true);
        var name = Pair(phase, "name");
        var opens = phase.Instant("opens", required: true);
        var closes = phase.Instant("closes", required: true);
        var zone = phase.Text("timeZone") ?? PhaseSettings.DefaultTimeZoneId;
        var limits = phase.Section("limits");
        var defaults = new PhaseSettings { Code = "-", OpensAt = default, ClosesAt = default };
        var daily = limits?.Integer("daily", defaults.DailyLimit) ?? defaults.DailyLimit;
        var total = limits?.Integer("total", defaults.TotalLimit) ?? defaults.TotalLimit;
        var rejectedDaily = limits?.Integer("rejectedDaily", defaults.FailedDailyCap) ?? defaults.FailedDailyCap;
        var rejectedCount = limits?.Boolean("rejectedCountTowardQuota", false) ?? false;
        limits?.Finish("daily", "total", "rejectedDaily", "rejectedCountTowardQuota");
        var representative = phase.Choice("representative", BundleNames.Representatives) ?? RepresentativeSubmission.Best;
        var selectionLimit = phase.Integer("selectionLimit", defaults.SelectionLimit);
        var maxAdditional = phase.IntegerOrNull("maxAdditionalCodes");
        var board = phase.Section("board");
        var visibility = board?.Choice("visibility", BundleNames.Visibilities) ?? BoardVisibility.Public;
        var freezeAt = board?.Instant("freezeAt");
        var hideOwn = board?.Boolean("hideOwnScoresWhileFrozen", false) ?? false;
        var hourly = board?.Boolean("publishHourly", false) ?? false;
        board?.Finish("visibility", "freezeAt", "hideOwnScoresWhileFrozen", "publishHourly");
        var inputs = phase.Text("inputs");
        var gold = phase.Text("gold");
        var files = ReadExtraFiles(phase);
        phase.Finish("code", "name", "opens", "closes", "timeZone", "limits", "representative", "selectionLimit", "maxAdditionalCodes", "board", "inputs", "gold", "files");
        if (code is null || opens is null || closes is null)
        {
            return null;
        }

        var settings = new PhaseSettings
        {
            Code = code,
            NameZh = name.Zh,
            NameEn = name.En,
            OpensAt = opens.Value,
            ClosesAt = closes.Value,
            QuotaTimeZoneId = zone,
            DailyLimit = daily,
            TotalLimit = total,
            FailedDailyCap = rejectedDaily,
            FailedSubmissionsCountTowardQuota = rejectedCount,
            Representative = representative,
            SelectionLimit = selectionLimit,
            BoardVisibility = visibility,
            MaxAdditionalCodes = maxAdditional,
        };
        return new BundlePhase(settings, new BundleBoard(freezeAt, hideOwn, hourly), inputs, gold, files);
    }

    private static (string Zh, string En) Pair(YamlSection parent, string key, bool required = false)
    {
        var section = parent.Section(key, required);
        if (section is null)
        {
            return ("", "");
        }

        var pair = (section.Text("zh") ?? "", section.Text("en") ?? "");
        section.Finish("zh", "en");
        return pair;
    }
}
