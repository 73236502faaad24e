using CorrAnalytics.Etl.Inbox;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The files gathered for the next group: one kind, a register alone, bounded in files and bytes so
/// that memory does not grow with the backlog. A slice may come twice (a revised plan after the
/// first): the later file's rows are the ones that load; but where keys span files (incident ids,
/// payment documents), a re-sent slice waits for the group before it, as it would have loaded after it.
/// </summary>
internal sealed class LoadGroup
{
    private const int MaxFiles = 1000;
    private const long MaxBytes = 32L << 20;
    private readonly List<ReadyFile> _files = [];
    private readonly Dictionary<string, string> _shaBySlice = [];
    private long _bytes;

    public IReadOnlyList<ReadyFile> Files => _files;

    /// <summary>Whether the file may join the group (before it is read).</summary>
    public bool Takes(InboxFile file) =>
        _files.Count == 0 || file.Kind == _files[0].File.Kind && !file.Kind.IsReference()
            && !(_shaBySlice.ContainsKey(file.Slice) && KeysSpanFiles(file.Kind)) && _files.Count < MaxFiles && _bytes < MaxBytes;

    /// <summary>Whether the group holds these very bytes as the slice's latest file (then a file read is a duplicate once the group loads).</summary>
    public bool HoldsSameBytes(ReadyFile ready) => _shaBySlice.TryGetValue(ready.File.Slice, out var sha) && sha == ready.Sha;

    private static bool KeysSpanFiles(FileKind kind) =>
        Sources.CsvSource.All.TryGetValue(kind, out var source) && source.KeysSpanFiles;

    public void Add(ReadyFile ready)
    {
        _files.Add(ready);
        _shaBySlice[ready.File.Slice] = ready.Sha;
        _bytes += ready.Bytes.Length;
    }

    public void Clear()
    {
        _files.Clear();
        _shaBySlice.Clear();
        _bytes = 0;
    }
}
