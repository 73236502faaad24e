namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// Lists the inbox in load order. A file still being written is left for the next run: one whose
/// name ends in .part or .tmp, or whose size or time changed while we looked (checked twice, a
/// short interval apart).
/// </summary>
public sealed class InboxScanner(TimeProvider clock, TimeSpan settleTime)
{
    private static readonly string[] InProgressSuffixes = [".part", ".tmp", ".partial", ".crdownload"];

    public InboxScan Scan(string inbox)
    {
        if (!Directory.Exists(inbox))
            return new InboxScan([], [], []);
        // Office lock files (.~lock.…#) belong to a file being edited; every other name is classified.
        var entries = new DirectoryInfo(inbox).EnumerateFiles().Where(f => !f.Name.StartsWith(".~", StringComparison.Ordinal)).ToList();
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
            if (file is null)
                unmatched.Add((entry.FullName, problem!));
            else
                files.Add(file);
        }
        return new InboxScan(files.OrderBy(f => f.SortKey).ToList(), unmatched, notReady);
    }
}
