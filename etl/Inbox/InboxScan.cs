namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// The inbox in load order: files to load, names that match no pattern, files not yet finished
/// (still being written, or not unchanged for the settle window), and entries refused without being
/// opened (not a regular file, or over the size cap).
/// </summary>
public sealed record InboxScan(
    IReadOnlyList<InboxFile> Files,
    IReadOnlyList<(string Path, string Reason)> Unmatched,
    IReadOnlyList<WaitingFile> NotReady,
    IReadOnlyList<(string Path, string Kind, string Reason)> Refused);

/// <summary>
/// A file left in the inbox for a later run, and why; <see cref="Due"/> is how long until it has been
/// unchanged for the settle window if it stays as it is (null: it is being written, by its name or an open writer).
/// </summary>
public sealed record WaitingFile(string Path, string Reason, TimeSpan? Due)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
