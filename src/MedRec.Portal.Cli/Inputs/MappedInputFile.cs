using System.IO.MemoryMappedFiles;

namespace MedRec.Portal.Cli.Inputs;

/// <summary>
/// An input file mapped into memory and read as an <see cref="UnmanagedMemoryStream"/> over its pages, which the
/// scorer reads in place instead of copying the file into a buffer: in a fresh process every page of such a buffer
/// is a page fault, and for the 10–20 MB files of a 100k-record phase those faults and the copy were a tenth of a
/// <c>medrec score</c> run's CPU (docs/benchmarks.md). Anything that cannot be mapped (an empty file, a pipe, a
/// special file) is read as the plain stream it was. As with any mapped file, the file must not be truncated while
/// it is being read.
/// </summary>
internal sealed unsafe class MappedInputFile : UnmanagedMemoryStream
{
    private readonly MemoryMappedViewAccessor _view;
    private int _released;

    private MappedInputFile(MemoryMappedViewAccessor view, long length)
    {
        _view = view;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        Initialize(pointer + view.PointerOffset, length, length, FileAccess.Read);
    }

    /// <summary>
    /// <paramref name="path"/> mapped, or as <see cref="InputFiles.Open"/> opens it when mapping is not possible; the
    /// same usage errors either way.
    /// </summary>
    public static Stream Open(string path, string option)
    {
        var file = InputFiles.Open(path, option);
        try
        {
            var length = file.CanSeek ? file.Length : 0;
            if (length == 0 || length > int.MaxValue)
            {
                return file;
            }

            MemoryMappedViewAccessor view;
            using (var mapping = MemoryMappedFile.CreateFromFile(file, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true))
            {
                view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            }

            // The mapping outlives the file handle and the mapping object; the view holds it.
            file.Dispose();
            return new MappedInputFile(view, length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not mappable here: read it the ordinary way, from where it was.
            return file;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        base.Dispose(disposing);
    }
}
