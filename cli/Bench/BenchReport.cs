using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CorrAnalytics.Cli.Bench;

/// <summary>The figures of one benchmark run, with the machine they were measured on, as Markdown and JSON.</summary>
public sealed class BenchReport(string title, int scale, string period)
{
    public List<BenchFigure> Figures { get; } = [];

    public List<(string Target, string Figure, bool Met)> Targets { get; } = [];

    /// <summary>The process's peak resident memory from the load to the end (the sample's generation apart).</summary>
    public long PeakMemoryBytes { get; set; }

    /// <summary>The peak while the sample was generated, before the load.</summary>
    public long GenerationPeakMemoryBytes { get; set; }

    /// <summary>The scale-1 figures of an earlier run, for how each figure grew with the data.</summary>
    public IReadOnlyList<BenchFigure>? Baseline { get; private set; }

    public void CompareWith(IReadOnlyList<BenchFigure> baseline)
    {
        Baseline = baseline;
        var steps = new[] { "sample generation", "ETL: full history from empty" };
        var growth = steps.Select(Growth).Where(g => g is not null).Select(g => g!.Value).ToList();
        if (growth.Count > 0)
            Target($"cost no worse than linear from scale 1 to {scale} (time × / rows ×)",
                string.Join("; ", growth.Select(g => $"{g.Name} {g.PerRow:0.00}")), growth.All(g => g.PerRow <= 1.0));
    }

    public static IReadOnlyList<BenchFigure> ReadFigures(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("figures").EnumerateArray()
            .Select(f => new BenchFigure(f.GetProperty("Name").GetString()!, f.GetProperty("Seconds").GetDouble(), f.GetProperty("Rows").GetInt64()))
            .ToList();
    }

    private (string Name, double Time, double Rows, double PerRow)? Growth(string name)
    {
        var now = Figures.FirstOrDefault(f => f.Name == name);
        var before = Baseline?.FirstOrDefault(f => f.Name == name);
        if (now is null || before is null || before.Seconds <= 0 || before.Rows <= 0 || now.Rows <= 0)
            return null;
        var time = now.Seconds / before.Seconds;
        var rows = (double)now.Rows / before.Rows;
        return (name, time, rows, time / rows);
    }

    public BenchFigure Add(string name, TimeSpan elapsed, long rows = 0, string? note = null)
    {
        var figure = new BenchFigure(name, elapsed.TotalSeconds, rows, note);
        Figures.Add(figure);
        return figure;
    }

    public void Target(string target, string figure, bool met) => Targets.Add((target, figure, met));

    public string Markdown(string commit, DateTimeOffset at)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine($"# {title}").AppendLine();
        md.AppendLine(c, $"Scale {scale}, {period}; {Environment.ProcessorCount} cores, {MachineMemoryGiB():0.#} GiB; commit {commit}; {at:yyyy-MM-dd HH:mm} UTC.").AppendLine();
        md.AppendLine("| step | seconds | rows | rows/s | note |").AppendLine("|---|---:|---:|---:|---|");
        foreach (var f in Figures)
            md.AppendLine(c, $"| {f.Name} | {f.Seconds:0.00} | {(f.Rows > 0 ? f.Rows.ToString("N0", c) : "")} | {(f.Rows > 0 ? f.RowsPerSecond.ToString("N0", c) : "")} | {f.Note} |");
        md.AppendLine().AppendLine(c,
            $"Peak memory of the process from the load to the end: {PeakMemoryBytes / 1024.0 / 1024.0:N0} MiB (while the sample was generated, before: {GenerationPeakMemoryBytes / 1024.0 / 1024.0:N0} MiB).").AppendLine();
        if (Baseline is not null)
        {
            md.AppendLine(c, $"Growth from scale 1 (bench-scale1.json): time × is this run's time over scale 1's, rows × the same for rows; time per row × near 1 means linear cost.").AppendLine();
            md.AppendLine("| step | scale 1 s | this run s | time × | rows × | time per row × |").AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var f in Figures)
                if (Baseline.FirstOrDefault(b => b.Name == f.Name) is { Seconds: > 0 } b)
                {
                    var time = f.Seconds / b.Seconds;
                    var rows = b.Rows > 0 && f.Rows > 0 ? (double)f.Rows / b.Rows : double.NaN;
                    md.AppendLine(c, $"| {f.Name} | {b.Seconds:0.00} | {f.Seconds:0.00} | {time:0.0} | {(double.IsNaN(rows) ? "" : rows.ToString("0.0", c))} | {(double.IsNaN(rows) ? "" : (time / rows).ToString("0.00", c))} |");
                }
            md.AppendLine();
        }
        if (scale != 1)
            md.AppendLine(c, $"The targets are set for scale 1, the national system; at scale {scale} they are shown for comparison, except the last (cost against scale 1).").AppendLine();
        md.AppendLine("| target | figure | met |").AppendLine("|---|---|---|");
        foreach (var (target, figure, met) in Targets)
            md.AppendLine($"| {target} | {figure} | {(met ? "yes" : "**no**")} |");
        return md.ToString();
    }

    public string Json(string commit, DateTimeOffset at) => JsonSerializer.Serialize(new
    {
        title,
        scale,
        period,
        machine = new { cores = Environment.ProcessorCount, memory_gib = Math.Round(MachineMemoryGiB(), 1) },
        commit,
        measured_at = at,
        figures = Figures.Select(f => new { f.Name, f.Seconds, f.Rows, rows_per_second = Math.Round(f.RowsPerSecond), f.Note }),
        peak_memory_mib = PeakMemoryBytes / 1024 / 1024,
        generation_peak_memory_mib = GenerationPeakMemoryBytes / 1024 / 1024,
        targets = Targets.Select(t => new { t.Target, t.Figure, t.Met }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static double MachineMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
}
