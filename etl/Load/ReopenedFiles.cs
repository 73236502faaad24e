using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>A loaded file with rows refused because their facility was not open, which the register now opens on their day.</summary>
public sealed record ReopenedFile(long BatchId, string FileName, string ArchivePath, string Facilities);

/// <summary>
/// The way back for rows refused as FACILITY_NOT_OPEN when a later register opens their facility on
/// their day (a closure withdrawn, an opening moved earlier): each such file loads again from the
/// archive, as a new batch that replaces its earlier one. The earlier batch and its rows stay in
/// history, so the warehouse as of any earlier version, and every publication made from it, is as it was.
/// </summary>
internal sealed class ReopenedFiles(WarehouseSession session, TempFolder temp)
{
    private string Folder => Path.Combine(temp.Path, "reopened");

    public IReadOnlyList<ReopenedFile> Find() =>
        session.Query(SqlResources.Sql("load/reopened_files"),
            r => new ReopenedFile(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    /// <summary>
    /// Copies the archived files into a folder of the load's own (not the inbox, which the operator
    /// sees) under their received names; a file whose archive is gone is left out and named.
    /// </summary>
    public (IReadOnlyList<(InboxFile File, ReopenedFile Earlier)> Files, IReadOnlyList<ReopenedFile> Missing) Stage(IReadOnlyList<ReopenedFile> reopened)
    {
        Clear();
        Directory.CreateDirectory(Folder);
        var files = new List<(InboxFile, ReopenedFile)>();
        var missing = new List<ReopenedFile>();
        foreach (var earlier in reopened)
        {
            var (file, _) = InboxFile.Classify(Path.Combine(Folder, earlier.FileName));
            if (file is null || !File.Exists(earlier.ArchivePath))
            {
                missing.Add(earlier);
                continue;
            }
            File.Copy(earlier.ArchivePath, file.Path, overwrite: true);
            files.Add((file, earlier));
        }
        return (files.OrderBy(f => f.Item1.SortKey).ToList(), missing);
    }

    /// <summary>Removes the copies (what a killed run left, too: the files are found again from the warehouse).</summary>
    public void Clear()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
