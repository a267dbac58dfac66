using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Inference;

/// <summary>Runs one batch of records through a package's graph: tokenize, one [batch, maxLength] int64 tensor, read every output.</summary>
internal static class BaselineInference
{
    /// <summary>Per record, one probability array per manifest output (in manifest order).</summary>
    public static float[][][] ScoreBatch(BaselineSession session, BaselinePackage package, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> records, RunOptions runOptions)
    {
        var maxLength = package.Tokenizer.MaxLength;
        var ids = new long[records.Count * maxLength];
        for (var i = 0; i < records.Count; i++)
        {
            package.Tokenizer.Encode(records[i], ids.AsSpan(i * maxLength, maxLength));
        }

        return ScoreIds(session, package, ids, records.Count, runOptions);
    }

    /// <summary>Scores ready token ids (<paramref name="count"/> rows of maxLength).</summary>
    public static float[][][] ScoreIds(BaselineSession session, BaselinePackage package, long[] ids, int count, RunOptions runOptions)
    {
        var maxLength = package.Tokenizer.MaxLength;
        var outputs = package.Manifest.Onnx.Outputs;
        var outputNames = outputs.Select(o => o.Name).ToArray();
        using var input = OrtValue.CreateTensorValueFromMemory(ids, [count, maxLength]);
        using var results = session.Session.Run(runOptions, [package.Manifest.Onnx.Input.Name], [input], outputNames);

        var scores = new float[count][][];
        for (var r = 0; r < count; r++)
        {
            scores[r] = new float[outputs.Count][];
        }

        for (var o = 0; o < outputs.Count; o++)
        {
            var data = results[o].GetTensorDataAsSpan<float>();
            var width = data.Length / count;
            for (var r = 0; r < count; r++)
            {
                scores[r][o] = data.Slice(r * width, width).ToArray();
            }
        }

        return scores;
    }
}
