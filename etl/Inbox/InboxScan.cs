namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// The inbox in load order: files to load, names that match no pattern, files still being
/// written, and entries refused without being opened (not a regular file, or over the size cap).
/// </summary>
public sealed record InboxScan(
    IReadOnlyList<InboxFile> Files,
    IReadOnlyList<(string Path, string Reason)> Unmatched,
    IReadOnlyList<string> NotReady,
    IReadOnlyList<(string Path, string Kind, string Reason)> Refused);
