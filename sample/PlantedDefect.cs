using System.Text.Json.Serialization;

namespace CorrAnalytics.Sample;

/// <summary>A defect the sample planted on purpose, for the ETL to catch (written to defects.json).</summary>
public sealed class PlantedDefect
{
    public required string Kind { get; init; }
    public required string File { get; init; }

    [JsonIgnore]
    public int? RowIndex { get; set; }

    /// <summary>1-based line of a CSV file (the header is line 1); null for a defect of the whole file.</summary>
    public int? Line => RowIndex is { } i ? SampleFile.LineOf(i) : null;

    public string? Column { get; init; }
    public string? Value { get; init; }
}
