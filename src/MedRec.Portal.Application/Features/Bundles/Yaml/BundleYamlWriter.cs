using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MedRec.Portal.Application.Features.Bundles.Yaml;

/// <summary>
/// Writes a <see cref="CompetitionBundle"/> as competition.yaml: keys in the documented order, multi-line texts as
/// literal blocks, instants in UTC with a Z. The same bundle always gives the same text (the round trip relies on it).
/// </summary>
public static class BundleYamlWriter
{
    public static string Write(CompetitionBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var task = bundle.Task;
        var taskNode = new YamlMappingNode
        {
            { "slug", Plain(task.Slug) },
            { "kind", Plain(BundleNames.Of(BundleNames.Kinds, task.Kind)) },
            { "published", Bool(task.Published) },
            { "title", Pair(task.Texts.TitleZh, task.Texts.TitleEn) },
            { "description", Pair(task.Texts.DescriptionZh, task.Texts.DescriptionEn) },
            { "rules", Pair(task.Texts.RulesZh, task.Texts.RulesEn) },
            { "evaluation", Pair(task.Texts.EvaluationZh, task.Texts.EvaluationEn) },
        };
        if (task.Terms is { } terms)
        {
            var termsNode = new YamlMappingNode { { "version", Number(terms.Version) } };
            if (terms.ZhFile is { } zh)
            {
                termsNode.Add("zh", Plain(zh));
            }

            if (terms.EnFile is { } en)
            {
                termsNode.Add("en", Plain(en));
            }

            taskNode.Add("terms", termsNode);
        }

        taskNode.Add("ranking", new YamlMappingNode { { "metric", Plain(task.RankingKeys[0]) }, { "tieBreaks", new YamlSequenceNode(task.RankingKeys.Skip(1).Select(k => (YamlNode)Plain(k))) { Style = SequenceStyle.Flow } } });
        if (task.CandidatesFile is { } candidates)
        {
            taskNode.Add("candidates", Plain(candidates));
        }

        AddExtraFiles(taskNode, task.Files);
        var phases = new YamlSequenceNode();
        foreach (var phase in bundle.Phases)
        {
            phases.Add(PhaseNode(phase));
        }

        var root = new YamlMappingNode
        {
            { "format", Plain(CompetitionBundle.FormatVersion.ToString(CultureInfo.InvariantCulture)) },
            { "task", taskNode },
            { "phases", phases },
        };
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write("# MedRec.Portal competition bundle (docs/bundles.md; schema: docs/bundles/competition.schema.json)\n");
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // YamlStream ends every document with "...": a single-document file reads better without it.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlMappingNode PhaseNode(BundlePhase phase)
    {
        var s = phase.Settings;
        var node = new YamlMappingNode
        {
            { "code", Quoted(s.Code) },
            { "name", Pair(s.NameZh, s.NameEn) },
            { "opens", Instant(s.OpensAt) },
            { "closes", Instant(s.ClosesAt) },
            { "timeZone", Plain(s.QuotaTimeZoneId) },
            {
                "limits", new YamlMappingNode
                {
                    { "daily", Number(s.DailyLimit) },
                    { "total", Number(s.TotalLimit) },
                    { "rejectedDaily", Number(s.FailedDailyCap) },
                    { "rejectedCountTowardQuota", Bool(s.FailedSubmissionsCountTowardQuota) },
                }
            },
            { "representative", Plain(BundleNames.Of(BundleNames.Representatives, s.Representative)) },
            { "selectionLimit", Number(s.SelectionLimit) },
        };
        if (s.MaxAdditionalCodes is { } cap)
        {
            node.Add("maxAdditionalCodes", Number(cap));
        }

        var board = new YamlMappingNode { { "visibility", Plain(BundleNames.Of(BundleNames.Visibilities, s.BoardVisibility)) } };
        if (phase.Board.FreezeAtUtc is { } freeze)
        {
            board.Add("freezeAt", Instant(freeze));
        }

        board.Add("hideOwnScoresWhileFrozen", Bool(phase.Board.HideOwnScoresWhileFrozen));
        board.Add("publishHourly", Bool(phase.Board.PublishHourly));
        node.Add("board", board);
        if (phase.InputsFile is { } inputs)
        {
            node.Add("inputs", Plain(inputs));
        }

        if (phase.GoldFile is { } gold)
        {
            node.Add("gold", Plain(gold));
        }

        AddExtraFiles(node, phase.Files);
        return node;
    }

    private static void AddExtraFiles(YamlMappingNode parent, IReadOnlyList<BundleExtraFile> files)
    {
        if (files.Count > 0)
        {
            parent.Add("files", new YamlSequenceNode(files.Select(f => (YamlNode)new YamlMappingNode { { "path", Plain(f.File) }, { "description", Text(f.Description) } })));
        }
    }

    private static YamlMappingNode Pair(string zh, string en) => new() { { "zh", Text(zh) }, { "en", Text(en) } };

    // Multi-line Markdown as a literal block keeps it readable and diffable; one-liners are quoted so that a title
    // like "yes" or "2025" stays a string for every YAML reader.
    private static YamlScalarNode Text(string value) =>
        value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal)
            ? new YamlScalarNode(value) { Style = ScalarStyle.Literal }
            : Quoted(value);

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    private static YamlScalarNode Plain(string value) => new(value) { Style = ScalarStyle.Plain };

    private static YamlScalarNode Number(int value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    private static YamlScalarNode Bool(bool value) => Plain(value ? "true" : "false");

    private static YamlScalarNode Instant(DateTime utc) => Plain(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
