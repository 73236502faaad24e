using CorrAnalytics.Etl.Common;
using CorrAnalytics.Sample;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.TestSupport;

/// <summary>A generated sample in a temporary folder, with readers for its files.</summary>
public class SampleFolder : IDisposable
{
    public SampleFolder(string from, string to, int seed = 1, double defects = 0, int scale = 1)
    {
        Path = Directory.CreateTempSubdirectory("corr-sample-").FullName;
        Summary = new SampleGenerator(new SampleOptions(Path, YearMonth.Parse(from), YearMonth.Parse(to), scale, seed, defects)).Generate();
    }

    public string Path { get; }

    public SampleSummary Summary { get; }

    /// <summary>The defects the generator planted, as defects.json lists them.</summary>
    public List<PlantedDefectEntry> Defects() =>
        System.Text.Json.JsonSerializer.Deserialize<List<PlantedDefectEntry>>(System.IO.File.ReadAllText(File("defects.json")),
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower })!;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public IEnumerable<string> Names(string pattern) =>
        Directory.GetFiles(Path, pattern).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Rows of a UTF-8, comma-separated inbox file.</summary>
    public List<Dictionary<string, string>> Csv(string name) => CsvText.Parse(System.IO.File.ReadAllText(File(name)));

    /// <summary>Rows of an accounting file (Windows-1251, ';'), keyed by its Russian header.</summary>
    public List<Dictionary<string, string>> Accounting(string name)
    {
        var lines = System.IO.File.ReadAllText(File(name), SourceFormats.Windows1251).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        return lines.Skip(1).Select(l => l.Split(';').Select((v, i) => (header[i], v)).ToDictionary(x => x.Item1, x => x.v)).ToList();
    }

    public static decimal Amount(string text) =>
        decimal.Parse(text.Replace(" ", "").Replace("\u00a0", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
