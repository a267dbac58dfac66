namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// How a condition is treated at discharge: with <see cref="Probability"/>, between <see cref="Min"/> and
/// <see cref="Max"/> distinct drugs from <see cref="Pool"/> (earlier pool entries favoured).
/// </summary>
/// <param name="Purpose">The clause a ward note uses for this class, e.g. 降压 (the text says "予氨氯地平降压").</param>
/// <param name="Probability">Chance that this rule prescribes anything for a patient who has the condition.</param>
/// <param name="Min">Fewest drugs drawn when the rule applies.</param>
/// <param name="Max">Most drugs drawn when the rule applies.</param>
/// <param name="Pool">Full candidate names, most prescribed first.</param>
internal sealed record DrugRule(string Purpose, double Probability, int Min, int Max, IReadOnlyList<string> Pool);
