using System.Text;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// Reads a submission upload (<c>multipart/form-data</c>: a part <c>file</c> and an optional part
/// <c>description</c>) without ever holding more than the limit: a declared body length over the limit is refused
/// before one byte is read, the server's body limit is lowered to it for undeclared (chunked) bodies, and the
/// file part is copied at most up to <c>Submission:MaxBytes</c> + 1 bytes.
/// </summary>
internal static class MultipartUpload
{
    public const string FilePart = "file";
    public const string DescriptionPart = "description";

    /// <summary>Room for the multipart boundaries, part headers and the description around the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    private const int MaxDescriptionBytes = 16 * 1024;

    public sealed record Upload(string FileName, byte[] Content, string? Description);

    public static async Task<(Upload? Upload, IResult? Problem)> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bodyLimit = maxFileBytes + EnvelopeBytes;
        if (request.ContentLength is { } declared && declared > bodyLimit)
        {
            return (null, TooLarge(maxFileBytes, $"The request body has {declared:N0} bytes"));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, ApiProblems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                "upload.not_multipart",
                $"Send the file as multipart/form-data with a part named \"{FilePart}\" (and optionally \"{DescriptionPart}\"), e.g. curl -F file=@predictions.json. The request's content type was \"{request.ContentType}\".",
                "Content-Type"));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = bodyLimit;
        }

        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body), maxFileBytes, request.ContentLength, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxFileBytes, "The request body is too large"));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, ApiProblems.Create(StatusCodes.Status400BadRequest, "upload.malformed", $"The multipart body could not be read ({exception.Message}). Send it with curl -F file=@predictions.json or an HTTP library's multipart support."));
        }
    }

    // The body's declared length bounds the file part's, so it sizes the buffer (the envelope is a few hundred bytes).
    private static async Task<(Upload?, IResult?)> ReadPartsAsync(MultipartReader reader, long maxFileBytes, long? bodyLength, CancellationToken cancellationToken)
    {
        string? fileName = null;
        byte[]? content = null;
        string? description = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                return (null, Invalid("upload.malformed", "Every part needs a \"Content-Disposition: form-data; name=…\" header.", null));
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (name.Equals(FilePart, StringComparison.OrdinalIgnoreCase))
            {
                if (content is not null)
                {
                    return (null, Invalid("upload.duplicate_file", "Send exactly one file per submission; this request has several \"file\" parts.", FilePart));
                }

                fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } star
                    ? star
                    : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                content = await BoundedRead.ReadAtMostAsync(section.Body, maxFileBytes, cancellationToken: cancellationToken, sizeHint: bodyLength);
                if (content is null)
                {
                    return (null, TooLarge(maxFileBytes, "The file is larger than that"));
                }
            }
            else if (name.Equals(DescriptionPart, StringComparison.OrdinalIgnoreCase))
            {
                var bytes = await BoundedRead.ReadAtMostAsync(section.Body, MaxDescriptionBytes, cancellationToken: cancellationToken);
                if (bytes is null)
                {
                    return (null, Invalid(ErrorCodes.Validation, $"The description part is longer than {MaxDescriptionBytes / 1024} KiB; keep it to a short note.", "Description"));
                }

                description = Encoding.UTF8.GetString(bytes);
            }
            else
            {
                return (null, Invalid("upload.unknown_part", $"Unknown part \"{name}\"; use \"{FilePart}\" (the prediction file) and optionally \"{DescriptionPart}\".", name));
            }
        }

        return content is null
            ? (null, Invalid("upload.no_file", $"The request has no part named \"{FilePart}\"; attach the prediction file, e.g. curl -F file=@predictions.json.", FilePart))
            : (new Upload(fileName ?? "", content, description), null);
    }

    private static IResult Invalid(string code, string message, string? field) =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, code, message, field);

    private static IResult TooLarge(long maxFileBytes, string what) =>
        ApiProblems.Create(
            StatusCodes.Status413PayloadTooLarge,
            "upload.too_large",
            $"{what}; a submission file may have at most {maxFileBytes:N0} bytes ({maxFileBytes / (1024.0 * 1024.0):0.#} MiB). Remove indentation or extra fields to make it smaller.",
            FilePart,
            new Dictionary<string, object?> { ["maxBytes"] = maxFileBytes });
}
