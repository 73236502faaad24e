using System.Text.Json;
using System.Text.Json.Serialization;
using CorrAnalytics.Warehouse.Files;

namespace CorrAnalytics.Etl.Archive;

/// <summary>One time a file came in: the name it came under, its kind and slice, when, and the batch it became (null until it is recorded).</summary>
public sealed record Receipt(string Name, string Kind, string? Slice, DateTime ReceivedAt, long? Batch);

/// <summary>A batch of these bytes taken out by <c>corr etl revert</c>, by which revert batch and when: a rebuild from the archive reverts it again at that point.</summary>
public sealed record RevertNote(long Batch, long RevertBatch, DateTime RevertedAt);

/// <summary>
/// What the archive knows of one blob without the warehouse (its sidecar, <c>&lt;sha256&gt;.json</c>
/// beside it): its hash, size, and every time it was received, oldest first. Written atomically each
/// time it changes, so a lost warehouse can be rebuilt from the archive, and a warehouse that lost
/// commits can tell which files it no longer holds.
/// </summary>
public sealed record ArchiveEntry(string Sha256, long Size, IReadOnlyList<Receipt> Received)
{
    /// <summary>The batches of these bytes that were reverted (none in a sidecar written before reverts were noted).</summary>
    public IReadOnlyList<RevertNote> Reverts { get; init; } = [];

    public const string Suffix = ".json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The sidecar of the blob at <paramref name="blob"/>: the same name, <c>.json</c> for its extension.</summary>
    public static string SidecarOf(string blob) => Path.ChangeExtension(blob, Suffix);

    /// <summary>The sidecar beside <paramref name="blob"/>, or null when there is none or it cannot be read.</summary>
    public static ArchiveEntry? Read(string blob)
    {
        var path = SidecarOf(blob);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ArchiveEntry>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string blob) => AtomicFile.WriteAllText(SidecarOf(blob), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>This entry with one more receipt, unless the same one (name, kind, slice, batch) is recorded already.</summary>
    public ArchiveEntry With(Receipt receipt) =>
        Received.Any(r => r.Name == receipt.Name && r.Kind == receipt.Kind && r.Slice == receipt.Slice && r.Batch == receipt.Batch && (r.Batch is not null || r.ReceivedAt == receipt.ReceivedAt))
            ? this
            : this with { Received = [.. Received, receipt] };

    /// <summary>This entry with <paramref name="batch"/> given to the latest receipt of <paramref name="name"/> that has none yet (or a new receipt).</summary>
    public ArchiveEntry Settled(string name, string kind, string? slice, DateTime at, long batch)
    {
        if (Received.Any(r => r.Batch == batch))
            return this;
        var open = Received.Select((r, i) => (r, i)).LastOrDefault(x => x.r.Name == name && x.r.Batch is null);
        if (open.r is null)
            return With(new Receipt(name, kind, slice, at, batch));
        var list = Received.ToList();
        list[open.i] = open.r with { Batch = batch };
        return this with { Received = list };
    }
}
