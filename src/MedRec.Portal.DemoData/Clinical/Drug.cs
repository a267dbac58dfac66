namespace MedRec.Portal.DemoData.Clinical;

/// <summary>A demo candidate drug: the full name that labels use and the short name clinicians write in notes.</summary>
/// <param name="Name">Generic name with salt and dosage form, as a candidate list writes it (e.g. 苯磺酸氨氯地平片).</param>
/// <param name="ShortName">What a ward note writes (e.g. 氨氯地平): the text mentions this, the label is <paramref name="Name"/>.</param>
internal sealed record Drug(string Name, string ShortName);
