using CorrAnalytics.Warehouse.Files;
using System.Security.Cryptography;
using System.Text.Json;

namespace CorrAnalytics.Reports.Common;

/// <summary>Written next to a report: its files with their SHA-256, the parameters, the data version and the batches used.</summary>
public sealed record ReportManifest(
    string Report, string Period, string Language, IReadOnlyList<string> Formats, DateTime GeneratedAt,
    long? DataVersionBatch, DateTime? DataLoadedAt, IReadOnlyList<long> BatchesUsed, IReadOnlyList<ManifestFile> Files)
{
    /// <summary>What the files do not show as the data holds it (characters no font could draw), for whoever signs them.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the report covers: national, or a department's code.</summary>
    public string Scope { get; init; } = ReportScope.NationalCode;

    /// <summary>The publication in etl.publications these files are (null: not recorded, the warehouse was read-only).</summary>
    public long? PublicationId { get; init; }

    /// <summary>The data version the report was rendered as of (corr report --as-of); null for the warehouse as it was then current.</summary>
    public long? AsOf { get; init; }

    /// <summary>The warehouse's data version the publication was recorded with (etl.publications.data_version), so a lost record can be written again.</summary>
    public long? PublishedVersion { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ReportManifest Read(string path) =>
        JsonSerializer.Deserialize<ReportManifest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is not a report manifest.");

    /// <summary>The manifest at <paramref name="path"/>; null when the file is not one (or cannot be read).</summary>
    public static ReportManifest? TryRead(string path)
    {
        try
        {
            return Read(path);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ManifestFile Describe(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new ManifestFile(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
    }

    public string Write(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        return path;
    }
}
