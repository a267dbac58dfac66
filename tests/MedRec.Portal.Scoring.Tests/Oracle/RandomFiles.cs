using System.Globalization;
using System.Text;

namespace MedRec.Portal.Scoring.Tests.Oracle;

/// <summary>
/// Random gold and submission files (invented labels only) for the oracle tests: mostly clean, with every kind of
/// flaw the rules name sprinkled in at random — spellings that need NFKC or trimming, escapes, repeated and empty
/// labels, unknown and duplicated identifiers, missing and extra keys, wrong types, comments, NaN, broken syntax.
/// </summary>
internal sealed class RandomFiles(int seed)
{
    public static readonly string[] Drugs = [.. Enumerable.Range(1, 40).Select(i => i % 3 == 0 ? $"Drug{i:00}" : $"合成药物{i:00}片")];

    private static readonly string[] Primaries = ["I21.401", "I20.000", "I50.900x018", "I20.800x007", "I25.103"];

    private static readonly string[] Additional = ["E11.900", "E78.500", "I10.x00x032", "I48.x01", "N18.900", "E87.600"];

    private readonly Random _random = new(seed);

    public double FlawRate { get; init; } = 0.02;

    public static string Id(int i) => i % 2 == 0 ? $"{(i / 3) + 1}-{(i % 3) + 1}" : $"ZY{i:000000000000}";

    public string CDrugRedGold(int count, bool jsonLines)
    {
        var rows = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var drugs = Pick(Drugs, _random.Next(0, 8)).Select(Spell).ToList();
            if (Flaw())
            {
                drugs.Add(Quote(" "));
            }

            var list = Flaw() ? "null" : "[" + string.Join(", ", drugs) + "]";
            rows.Add($"{{\"就诊标识\": {Spell(Id(i))}, \"患者序号\": {(Flaw() ? "NaN" : i.ToString(CultureInfo.InvariantCulture))}, \"出院带药列表\": {list}}}");
        }

        return jsonLines ? string.Join("\n", rows) + "\n" : "[\n" + string.Join(",\n", rows) + "\n]";
    }

    public string IcdGold(int count)
    {
        var rows = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var others = string.Join(";", Pick(Additional, _random.Next(0, 4)).Select(code => Flaw() ? $" {code} " : code));
            var othersValue = Flaw() ? "null" : Quote(others);
            rows.Add($"{{\"病案标识\": {Spell(Id(i))}, \"主要诊断编码\": {Spell(Primaries[_random.Next(Primaries.Length)])}, \"其他诊断编码\": {othersValue}}}");
        }

        return "[" + string.Join(",\n  ", rows) + "]";
    }

    public string CDrugRedSubmission(int count)
    {
        var rows = new List<string>();
        foreach (var i in Order(count))
        {
            var drugs = Pick(Drugs, _random.Next(0, 8)).Select(Spell).ToList();
            if (Flaw())
            {
                drugs.Add(_random.Next(4) switch { 0 => Quote(""), 1 => Quote("Unknown drug"), 2 => "42", _ => drugs.Count > 0 ? drugs[0] : Quote("  ") });
            }

            var id = Flaw() ? (_random.Next(3) == 0 ? "7" : Quote("nope-" + i)) : Spell(Id(i));
            var fields = new List<string> { $"\"ID\": {id}", $"\"prediction\": [{string.Join(", ", drugs)}]" };
            Mangle(fields, "prediction", "\"prediction\": \"not a list\"");
            rows.Add(Record(fields));
        }

        return Wrap(rows);
    }

    public string IcdSubmission(int count)
    {
        var rows = new List<string>();
        foreach (var i in Order(count))
        {
            var primary = Flaw() ? "Z99.999" : Primaries[_random.Next(Primaries.Length)];
            var others = Pick(Additional, _random.Next(1, 5)).ToList();
            if (Flaw())
            {
                others.Add(_random.Next(3) switch { 0 => "", 1 => "X00.000", _ => others[0] });
            }

            var bar = Flaw() ? (_random.Next(3) switch { 0 => "｜", 1 => "||", _ => ";" }) : "|";
            var text = $"{primary}{bar}{string.Join(Flaw() ? "；" : ";", others)}";
            text = _random.Next(4) == 0 ? text : $"[{text}]";
            if (Flaw())
            {
                text = " " + text + " ";
            }

            var idKey = _random.Next(5) == 0 ? "Record_ID" : "病案标识";
            var predictionKey = _random.Next(5) == 0 ? "Prediction" : "预测结果";
            var fields = new List<string> { $"\"{idKey}\": {Spell(Id(i))}", $"\"{predictionKey}\": {Quote(text)}" };
            Mangle(fields, predictionKey, $"\"{predictionKey}\": [\"{primary}\"]");
            if (Flaw())
            {
                fields.Add($"\"{(idKey == "Record_ID" ? "病案标识" : "Record_ID")}\": {Quote(Id(i))}");
            }

            rows.Add(Record(fields));
        }

        return Wrap(rows);
    }

    // Each identifier once, shuffled; now and then one repeated or left out.
    private IEnumerable<int> Order(int count)
    {
        var order = Enumerable.Range(0, count).OrderBy(_ => _random.Next()).ToList();
        if (Flaw() && order.Count > 1)
        {
            order.RemoveAt(0);
        }

        if (Flaw() && order.Count > 1)
        {
            order.Add(order[^1]);
        }

        return order;
    }

    private void Mangle(List<string> fields, string predictionKey, string wrongType)
    {
        if (Flaw())
        {
            fields.RemoveAt(_random.Next(fields.Count));
        }

        if (Flaw())
        {
            fields.Add("\"note\": \"extra\"");
        }

        if (Flaw())
        {
            fields[^1] = wrongType;
        }

        if (Flaw())
        {
            fields.Add(fields[0]);
        }

        _ = predictionKey;
    }

    private string Record(List<string> fields)
    {
        if (Flaw())
        {
            return _random.Next(3) switch { 0 => "42", 1 => "[]", _ => "null" };
        }

        return "{" + string.Join(Flaw() ? ",\n    " : ", ", fields) + (Flaw() ? ",}" : "}");
    }

    private string Wrap(List<string> rows)
    {
        var text = "[\n  " + string.Join(",\n  ", rows) + (Flaw() ? ",\n]" : "\n]");
        if (Flaw())
        {
            text = _random.Next(5) switch
            {
                0 => text[..(text.Length * 2 / 3)],
                1 => text.Replace("\n  {", "\n  // comment\n  {", StringComparison.Ordinal),
                2 => text + "\n{}",
                3 => text.Replace("[\n  ", "[\n  NaN,\n  ", StringComparison.Ordinal),
                _ => "\uFEFF" + text,
            };
        }

        return text.Replace("\n", _random.Next(4) == 0 ? "\r\n" : "\n", StringComparison.Ordinal);
    }

    // A string literal, sometimes spelled so that only NFKC, trimming or unescaping makes it the plain value.
    private string Spell(string value)
    {
        if (!Flaw())
        {
            return Quote(value);
        }

        return _random.Next(4) switch
        {
            0 => Quote(" " + value + "\t"),
            1 => Quote(string.Concat(value.Select(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' ? (char)(c - 0x20 + 0xFF00) : c))),
            2 => "\"" + string.Concat(value.Select(c => $"\\u{(int)c:X4}")) + "\"",
            _ => Quote(value + "\u3000"),
        };
    }

    private bool Flaw() => _random.NextDouble() < FlawRate;

    private IEnumerable<string> Pick(string[] from, int count) => from.OrderBy(_ => _random.Next()).Take(count);

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\t' => "\\t", _ => c.ToString() });
        }

        return text.Append('"').ToString();
    }
}
