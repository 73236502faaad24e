namespace CorrAnalytics.Reports.Common;

/// <summary>A file a manifest lists: its name, SHA-256 and size.</summary>
public sealed record ManifestFile(string Name, string Sha256, long Bytes)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The files as etl.publications keeps them: [{"name": …, "sha256": …, "bytes": …}].</summary>
    public static string ListToJson(IEnumerable<ManifestFile> files) => System.Text.Json.JsonSerializer.Serialize(files, Json);

    public static IReadOnlyList<ManifestFile> ListFromJson(string json) => System.Text.Json.JsonSerializer.Deserialize<List<ManifestFile>>(json, Json)!;
}
