namespace CorrAnalytics.Etl.Inbox;

public sealed record InboxScan(IReadOnlyList<InboxFile> Files, IReadOnlyList<(string Path, string Reason)> Unmatched, IReadOnlyList<string> NotReady);
