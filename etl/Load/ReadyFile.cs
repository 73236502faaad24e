using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;

namespace CorrAnalytics.Etl.Load;

/// <summary>A file read, archived and checked, ready to load in a transaction: a prepared CSV or a parsed П-1 form.</summary>
internal sealed record ReadyFile(InboxFile File, byte[] Bytes, string Sha, string? Archived, DateTime Started, PreparedCsv? Csv, ParsedForm? Form)
{
    /// <summary>How the file differs from its contract and was accepted all the same.</summary>
    public IReadOnlyList<string> Notes => [.. File.NameNote is { } name ? [name] : Array.Empty<string>(), .. Csv?.Notes ?? []];

    public BatchFile Batch => new(File.Name, Sha, File.Kind.Code(), File.Slice, Archived, Started);
}
