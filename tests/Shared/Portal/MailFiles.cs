using System.Text;
using System.Text.RegularExpressions;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>One message the development file sink wrote, decoded (subject words, quoted-printable/base64 parts).</summary>
public sealed record SentMail(string To, string Subject, string? Language, string Text, string? Html, string Raw);

/// <summary>
/// Reads the .eml files of the file sink (<c>Email:Sink=Files</c>) as a person's mail client would show them, so
/// notification tests assert on what the recipient reads (in their language), not on the MIME encoding.
/// </summary>
public static partial class MailFiles
{
    public static IReadOnlyList<SentMail> ReadAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(path => Parse(File.ReadAllText(path))).ToList()
            : [];

    /// <summary>The sink's messages to <paramref name="to"/>.</summary>
    public static IReadOnlyList<SentMail> To(string folder, string to) =>
        ReadAll(folder).Where(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>
    /// Waits until the sink holds a mail to <paramref name="to"/> whose subject contains <paramref name="subject"/>
    /// (the outbox worker sends in the background) and returns the newest; fails after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<SentMail> WaitForAsync(string folder, string to, string subject, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").OrderBy(File.GetLastWriteTimeUtc).Select(path => Parse(File.ReadAllText(path)))
                    .LastOrDefault(m => string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase) && m.Subject.Contains(subject, StringComparison.Ordinal))
                : null;
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {to} with \"{subject}\" in {folder} after {timeout ?? TimeSpan.FromSeconds(30)}; the sink holds {ReadAll(folder).Count} mail(s).");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The path and query of the portal link in a mail's text (what a person clicks), e.g. <c>/Account/ResetPassword?userId=…&amp;code=…</c>.</summary>
    public static string LinkPath(SentMail mail, string page)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var match = Regex.Match(mail.Text, "https?://\\S+/" + Regex.Escape(page) + "\\?\\S+");
        if (!match.Success)
        {
            throw new InvalidOperationException($"The mail \"{mail.Subject}\" has no link to {page}:\n{mail.Text}");
        }

        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    public static SentMail Parse(string raw)
    {
        var (headers, body) = Split(raw);
        var to = headers.GetValueOrDefault("to", "").Trim().Trim('<', '>');
        var subject = DecodeWords(headers.GetValueOrDefault("subject", ""));
        var language = headers.GetValueOrDefault("content-language")?.Trim();
        string text = "";
        string? html = null;
        foreach (var (partHeaders, content) in Parts(headers, body))
        {
            var type = partHeaders.GetValueOrDefault("content-type", "text/plain");
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = content;
            }
            else if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                text = content;
            }
        }

        return new SentMail(to, subject, language, text, html, raw);
    }

    private static IEnumerable<(Dictionary<string, string> Headers, string Content)> Parts(Dictionary<string, string> headers, string body)
    {
        var type = headers.GetValueOrDefault("content-type", "text/plain");
        if (!type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            yield return (headers, Decode(headers, body));
            yield break;
        }

        var boundary = BoundaryPattern().Match(type).Groups[1].Value;
        foreach (var chunk in body.Split("--" + boundary).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var (partHeaders, partBody) = Split(chunk.TrimStart('\r', '\n'));
            foreach (var part in Parts(partHeaders, partBody))
            {
                yield return part;
            }
        }
    }

    private static (Dictionary<string, string> Headers, string Body) Split(string raw)
    {
        var normalized = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? normalized : normalized[..end];
        var body = end < 0 ? "" : normalized[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, body);
    }

    private static string Decode(Dictionary<string, string> headers, string body)
    {
        var encoding = headers.GetValueOrDefault("content-transfer-encoding", "7bit").Trim().ToLowerInvariant();
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return decoded.TrimEnd('\n', '\r');
    }

    private static string QuotedPrintable(string body)
    {
        var bytes = new List<byte>();
        var text = body.Replace("=\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string DecodeWords(string value)
    {
        // Adjacent encoded words are joined without the folding whitespace between them (RFC 2047).
        var joined = AdjacentWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, match =>
        {
            var charset = Encoding.GetEncoding(match.Groups[1].Value);
            var data = match.Groups[3].Value;
            return match.Groups[2].Value.ToUpperInvariant() == "B"
                ? charset.GetString(Convert.FromBase64String(data))
                : QuotedPrintable(data.Replace('_', ' '));
        });
    }

    [GeneratedRegex(@"boundary=""?([^"";]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWords();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
