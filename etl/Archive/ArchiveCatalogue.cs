using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Archive;

/// <summary>
/// The archive folder as a catalogue: every blob (archive/&lt;2&gt;/&lt;sha256&gt;.&lt;ext&gt;) with its
/// sidecar. It back-fills the sidecars of blobs archived before they existed from etl.batches, and
/// finds the files the warehouse no longer holds: received, yet named by no batch (the commits that
/// recorded them were lost, e.g. with a deleted .wal).
/// </summary>
public sealed class ArchiveCatalogue(string dataDir)
{
    public string Folder { get; } = Path.Combine(dataDir, "archive");

    /// <summary>Every blob's path, in hash order.</summary>
    public IReadOnlyList<string> Blobs() => BlobsIn(Folder);

    /// <summary>Every blob of the archive folder <paramref name="archive"/> (not their sidecars), in hash order.</summary>
    public static IReadOnlyList<string> BlobsIn(string archive) => Directory.Exists(archive)
        ? Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(ArchiveEntry.Suffix, StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal).ToList()
        : [];

    public static string HashOf(string blob) => Path.GetFileNameWithoutExtension(blob);

    /// <summary>Writes the sidecar of every blob that has none, from the batches that read its bytes; returns how many were written.</summary>
    public int Backfill(WarehouseSession session)
    {
        var receipts = session.Query(SqlResources.Sql("load/archive_receipts"), r => (Sha: r.GetString(0), Receipt: new Receipt(
                r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), DateTime.SpecifyKind(r.GetDateTime(4), DateTimeKind.Utc), r.GetInt64(5))))
            .ToLookup(x => x.Sha, x => x.Receipt);
        var written = 0;
        foreach (var blob in Blobs().Where(b => ArchiveEntry.Read(b) is null))
        {
            var sha = HashOf(blob);
            if (!receipts.Contains(sha))
                continue; // received but never recorded: its name is known only to the inbox it still stands in
            new ArchiveEntry(sha, new FileInfo(blob).Length, receipts[sha].ToList()).Write(blob);
            written++;
        }
        return written;
    }

    /// <summary>
    /// The archived files no batch names, oldest receipt first: what a warehouse that lost its last
    /// commits no longer holds. A blob without a sidecar is listed with no receipt (its name is unknown).
    /// </summary>
    public IReadOnlyList<(string Blob, ArchiveEntry? Entry)> Unreferenced(WarehouseSession session)
    {
        var known = session.Query(SqlResources.Sql("load/archive_receipts"), r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        return Blobs().Where(b => !known.Contains(HashOf(b)))
            .Select(b => (Blob: b, Entry: ArchiveEntry.Read(b)))
            .OrderBy(x => x.Entry?.Received.FirstOrDefault()?.ReceivedAt ?? DateTime.MaxValue).ThenBy(x => x.Blob, StringComparer.Ordinal)
            .ToList();
    }
}
