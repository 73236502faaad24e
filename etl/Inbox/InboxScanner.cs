using CorrAnalytics.Warehouse.Time;
namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// Lists the inbox in load order. A file still being written is left for the next run: one whose
/// name ends in .part or .tmp, or whose size or time changed while we looked (checked twice, a
/// short interval apart).
/// </summary>
public sealed class InboxScanner(ProductClock clock, TimeSpan settleTime, Func<FileKind, long>? maxBytes = null)
{
    private static readonly string[] InProgressSuffixes = [".part", ".tmp", ".partial", ".crdownload"];

    public InboxScan Scan(string inbox)
    {
        if (!Directory.Exists(inbox))
            return new InboxScan([], [], [], []);
        // Office lock files (.~lock.…#) belong to a file being edited; every other name is classified.
        // Only regular files are read: links, FIFOs, devices and folders are refused without being followed or opened.
        var refused = new List<(string, string, string)>();
        var entries = new List<FileInfo>();
        foreach (var entry in new DirectoryInfo(inbox).EnumerateFileSystemInfos().Where(f => !f.Name.StartsWith(".~", StringComparison.Ordinal)))
        {
            if (EntryKind.NotRegular(entry) is { } what)
            {
                refused.Add((entry.FullName, KindOf(entry.FullName), $"the inbox entry is {what}, not a regular file; only regular files are read"));
                continue;
            }
            entries.Add((FileInfo)entry);
        }
        var first = entries.ToDictionary(f => f.FullName, f => (f.Length, f.LastWriteTimeUtc));
        if (settleTime > TimeSpan.Zero && entries.Count > 0)
            Task.Delay(settleTime, clock).GetAwaiter().GetResult();

        var files = new List<InboxFile>();
        var unmatched = new List<(string, string)>();
        var notReady = new List<string>();
        foreach (var entry in entries)
        {
            entry.Refresh();
            if (InProgressSuffixes.Any(s => entry.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
                || !entry.Exists || first[entry.FullName] != (entry.Length, entry.LastWriteTimeUtc))
            {
                notReady.Add(entry.FullName);
                continue;
            }
            var (file, problem) = InboxFile.Classify(entry.FullName);
            var cap = file is null ? FileSizeLimits.DefaultBytes(FileKind.Population) : (maxBytes ?? FileSizeLimits.DefaultBytes)(file.Kind);
            if (entry.Length > cap)
                refused.Add((entry.FullName, file?.Kind.Code() ?? "unknown",
                    $"the file is {entry.Length / 1048576.0:N1} MB, over the {cap / 1048576.0:N0} MB a {(file?.Kind.Code() ?? "file")} file may be (Corr:MaxFileMegabytes); it was not read"));
            else if (file is null)
                unmatched.Add((entry.FullName, problem!));
            else
                files.Add(file);
        }
        return new InboxScan(files.OrderBy(f => f.SortKey).ToList(), unmatched, notReady, refused);
    }

    private static string KindOf(string path) => InboxFile.Classify(path).File?.Kind.Code() ?? "unknown";
}
