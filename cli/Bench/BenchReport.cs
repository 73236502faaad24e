using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CorrAnalytics.Cli.Bench;

public sealed record BenchFigure(string Name, double Seconds, long Rows, string? Note = null)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

/// <summary>The figures of one benchmark run, with the machine they were measured on, as Markdown and JSON.</summary>
public sealed class BenchReport(string title, int scale, string period)
{
    public List<BenchFigure> Figures { get; } = [];

    public List<(string Target, string Figure, bool Met)> Targets { get; } = [];

    public long PeakMemoryBytes { get; set; }

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
        md.AppendLine().AppendLine(c, $"Peak memory of the process: {PeakMemoryBytes / 1024.0 / 1024.0:N0} MiB.").AppendLine();
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
        targets = Targets.Select(t => new { t.Target, t.Figure, t.Met }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static double MachineMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
}
