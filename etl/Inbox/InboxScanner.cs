using CorrAnalytics.Warehouse.Time;
namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// Lists the inbox in load order. A file is taken only when it is finished: its size and modification
/// time unchanged for the settle window on the product clock (remembered between runs by
/// <see cref="InboxWatch"/>), and no process holding it open for writing where the OS says so. Names
/// of files being copied (.part, .tmp, .partial, .crdownload) wait; hidden names (.…) and Office's
/// owner and lock files (~$…, .~lock…) are never taken.
/// </summary>
public sealed class InboxScanner(ProductClock clock, TimeSpan settleTime, InboxWatch watch, Func<FileKind, long>? maxBytes = null)
{
    private static readonly string[] InProgressSuffixes = [".part", ".tmp", ".partial", ".crdownload"];

    /// <summary>Names that are never inbox files: hidden ones and Office's owner files of a document being edited.</summary>
    public static bool Ignored(string name) => name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal);

    public InboxScan Scan(string inbox)
    {
        if (!Directory.Exists(inbox))
            return new InboxScan([], [], [], []);
        // Only regular files are read: links, FIFOs, devices and folders are refused without being followed or opened.
        var refused = new List<(string, string, string)>();
        var entries = new List<FileInfo>();
        foreach (var entry in new DirectoryInfo(inbox).EnumerateFileSystemInfos().Where(f => !Ignored(f.Name)))
        {
            if (EntryKind.NotRegular(entry) is { } what)
            {
                refused.Add((entry.FullName, KindOf(entry.FullName), $"the inbox entry is {what}, not a regular file; only regular files are read"));
                continue;
            }
            entries.Add((FileInfo)entry);
        }

        var writers = entries.Count > 0 ? OpenWriters.Under(inbox) : new HashSet<string>();
        var now = clock.UtcDateTime;
        var files = new List<InboxFile>();
        var unmatched = new List<(string, string)>();
        var notReady = new List<WaitingFile>();
        foreach (var entry in entries)
        {
            var unchanged = watch.UnchangedFor(entry, now);
            if (InProgressSuffixes.FirstOrDefault(s => entry.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) is { } suffix)
            {
                notReady.Add(new WaitingFile(entry.FullName, $"its name ends in {suffix}: a file still being copied, taken once renamed", null));
                continue;
            }
            if (writers.Contains(entry.FullName))
            {
                notReady.Add(new WaitingFile(entry.FullName, "a program holds it open for writing", null));
                continue;
            }
            if (unchanged < settleTime)
            {
                notReady.Add(new WaitingFile(entry.FullName,
                    $"changed {unchanged.TotalSeconds:0} s ago; it is taken once unchanged for {settleTime.TotalSeconds:0} s (Corr:Inbox:SettleSeconds)", settleTime - unchanged));
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
        watch.Keep(entries.Select(e => e.Name));
        return new InboxScan(files.OrderBy(f => f.SortKey).ToList(), unmatched, notReady, refused);
    }

    private static string KindOf(string path) => InboxFile.Classify(path).File?.Kind.Code() ?? "unknown";
}
