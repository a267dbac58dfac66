using System.Globalization;
using MedRec.Portal.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace MedRec.Portal.Application.Features.Bundles.Yaml;

/// <summary>
/// One mapping of competition.yaml being read, with its YAML path. Every getter records a problem (with line and
/// column) instead of throwing, so one pass reports everything wrong; <see cref="Finish"/> flags unknown keys.
/// </summary>
internal sealed class YamlSection(YamlMappingNode node, string path, BundleReadContext context)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string Path => path;

    public BundleReadContext Context => context;

    public string PathOf(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        var found = node.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key).Value;
        if (found is not null)
        {
            context.Remember(PathOf(key), found);
        }

        return found;
    }

    public string? Text(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null || (value is YamlScalarNode { Value: null or "" or "~" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain))
        {
            if (required)
            {
                context.Problem(path, node, BundleErrors.Missing.With(key));
            }

            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            context.Problem(PathOf(key), value, BundleErrors.NotAScalar.With());
            return null;
        }

        return scalar.Value;
    }

    public int Integer(string key, int fallback) => IntegerOrNull(key) ?? fallback;

    public int? IntegerOrNull(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Problem(PathOf(key), Node(key)!, BundleErrors.NotAnInteger.With(text));
        return null;
    }

    public bool Boolean(string key, bool fallback)
    {
        var text = Text(key);
        switch (text)
        {
            case null:
                return fallback;
            case "true":
                return true;
            case "false":
                return false;
            default:
                context.Problem(PathOf(key), Node(key)!, BundleErrors.NotABoolean.With(text));
                return fallback;
        }
    }

    /// <summary>An ISO 8601 instant with a zone (Z or an offset), as UTC.</summary>
    public DateTime? Instant(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            return instant.UtcDateTime;
        }

        context.Problem(PathOf(key), Node(key)!, BundleErrors.NotAnInstant.With(text));
        return null;
    }

    /// <summary>One of <paramref name="names"/> (the YAML spelling of each value).</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> names, bool required = false)
        where T : struct
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        context.Problem(PathOf(key), Node(key)!, BundleErrors.NotOneOf.With(text, string.Join(", ", names.Keys)));
        return null;
    }

    public YamlSection? Section(string key, bool required = false)
    {
        var value = Node(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    context.Problem(path, node, BundleErrors.Missing.With(key));
                }

                return null;
            case YamlMappingNode mapping:
                return new YamlSection(mapping, PathOf(key), context);
            default:
                context.Problem(PathOf(key), value, BundleErrors.NotAMapping.With());
                return null;
        }
    }

    public YamlSequenceNode? List(string key, bool required = false)
    {
        var value = Node(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    context.Problem(path, node, BundleErrors.Missing.With(key));
                }

                return null;
            case YamlSequenceNode sequence:
                return sequence;
            default:
                context.Problem(PathOf(key), value, BundleErrors.NotAList.With());
                return null;
        }
    }

    /// <summary>Reports every key this section did not ask for (a typo must not be silently ignored).</summary>
    public void Finish(params string[] allowed)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                context.Problem(PathOf(name), key, BundleErrors.UnknownKey.With(name, string.Join(", ", allowed)));
            }
        }
    }
}

/// <summary>What one read of competition.yaml collects: the problems and where each YAML path is (for later checks).</summary>
public sealed class BundleReadContext
{
    private readonly List<BundleProblem> _problems = [];
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    public IReadOnlyList<BundleProblem> Problems => _problems;

    public void Problem(string path, YamlNode at, Error error) =>
        _problems.Add(new BundleProblem(path, (int)at.Start.Line, (int)at.Start.Column, error));

    public void Problem(string path, int line, int column, Error error) => _problems.Add(new BundleProblem(path, line, column, error));

    public void Problem(string path, Error error)
    {
        var (line, column) = PositionOf(path);
        _problems.Add(new BundleProblem(path, line, column, error));
    }

    internal void Remember(string path, YamlNode node) => _positions[path] = ((int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The position of the path, or of its nearest parent that was present, or (0, 0).</summary>
    public (int Line, int Column) PositionOf(string path)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }
        }

        return (0, 0);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
