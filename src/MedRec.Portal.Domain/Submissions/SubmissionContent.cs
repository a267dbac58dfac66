namespace MedRec.Portal.Domain.Submissions;

/// <summary>The gzip-compressed bytes of a <see cref="Submission"/>, in their own row so lists stay light.</summary>
public sealed class SubmissionContent
{
    private SubmissionContent()
    {
    }

    public SubmissionContent(Guid submissionId, byte[] compressedBytes)
    {
        SubmissionId = submissionId;
        CompressedBytes = compressedBytes;
    }

    public Guid SubmissionId { get; private set; }

    public byte[] CompressedBytes { get; private set; } = [];
}
