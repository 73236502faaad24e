using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CorrAnalytics.Reports.Common;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// Every delivery that went through (sent, or refused for good), one JSON line each, appended to
/// <c>&lt;data&gt;/deliveries.jsonl</c> beside the warehouse and never rewritten: what was delivered is
/// known even after the warehouse is restored from an older copy (etl.deliveries then lacks it). A
/// delivery is known by its channel, address and the SHA-256 of the files it carried, since a restored
/// warehouse may number its publications otherwise.
/// </summary>
public sealed class DeliveryJournal(string dataDir)
{
    public const string FileName = "deliveries.jsonl";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public sealed record Entry(string Channel, string Address, string Files, string Status, string? MessageId, DateTime At, long? Publication);

    public string Path { get; } = System.IO.Path.Combine(dataDir, FileName);

    /// <summary>What identifies the content of a delivery: its files' SHA-256, in order.</summary>
    public static string FilesKey(IEnumerable<ManifestFile> files) => string.Join(",", files.Select(f => f.Sha256).Order(StringComparer.Ordinal));

    /// <summary>
    /// The Message-Id of the first message carrying <paramref name="files"/> to <paramref name="address"/>:
    /// derived from both, so a message composed again (after a restore) is the same message to the
    /// recipient's mail system, never a new one.
    /// </summary>
    public static string MessageId(IEnumerable<ManifestFile> files, string address, string domain) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FilesKey(files) + "\n" + address.ToLowerInvariant())))[..40] + "@" + domain;

    public void Append(Entry entry)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(line);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The latest entry for this channel, address and content; a line cut short by a crash is skipped.</summary>
    public Entry? Latest(string channel, string address, string files)
    {
        if (!File.Exists(Path))
            return null;
        Entry? latest = null;
        foreach (var line in File.ReadLines(Path))
        {
            Entry? entry;
            try
            {
                entry = JsonSerializer.Deserialize<Entry>(line, Json);
            }
            catch (JsonException)
            {
                continue;
            }
            if (entry is not null && entry.Channel == channel && string.Equals(entry.Address, address, StringComparison.OrdinalIgnoreCase) && entry.Files == files)
                latest = entry;
        }
        return latest;
    }
}
