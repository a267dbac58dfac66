using System.Globalization;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Bundles;

/// <summary>
/// One thing wrong with a bundle, where it is: the YAML path (<c>phases[1].limits.daily</c>), the line and column in
/// competition.yaml (1-based; 0 when the problem is about a file or the bundle as a whole) and the error, whose
/// message id lets the console show it in the reader's language.
/// </summary>
public sealed record BundleProblem(string Path, int Line, int Column, Error Error)
{
    /// <summary>One line for a terminal: <c>competition.yaml:12:7 phases[0].limits.daily: The daily limit …</c>.</summary>
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{CompetitionBundle.ConfigFileName}:{Line}:{Column} {Path}: {Error.Message}")
        : string.IsNullOrEmpty(Path) ? Error.Message : $"{Path}: {Error.Message}";
}
