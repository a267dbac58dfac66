namespace MedRec.Portal.Scoring.Json;

/// <summary>What <see cref="JsonElementFramer.TryNext"/> found.</summary>
internal enum FrameStatus
{
    /// <summary>A complete element is ready.</summary>
    Element,

    /// <summary>The buffer ends inside the next element: call Fill or FillAsync, then try again.</summary>
    NeedMoreData,

    /// <summary>The file is complete and well formed.</summary>
    End,
}
