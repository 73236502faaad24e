using System.Diagnostics;
using System.Text;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Monthly;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Cli.Bench;

/// <summary>
/// The cost of history (docs/history.md): a year with 5 % of its CSV slices re-submitted (the same
/// rows with the other line ending: a new file, so every row of the slice moves to history), the
/// warehouse's size before and after, and a monthly report rendered as of the data version before
/// the re-submissions against the same report now.
/// </summary>
public static class HistoryBenchmark
{
    private const string Report = "monthly report kk (pdf, xlsx)";

    public static void Run(WarehouseSession session, ProductClock productClock, EtlOptions etl, string sampleDir, string folder, YearMonth period, BenchReport report)
    {
        var before = session.Scalar<long>("select max(batch_id) from etl.batches");
        var bytesBefore = DatabaseBytes(session);
        var year = Enumerable.Range(0, 12).Select(i => period.AddMonths(-i).Compact).ToHashSet();
        var slices = Directory.GetFiles(sampleDir, "*.csv")
            .Where(f => InboxFile.Classify(f).File is { } file && !file.Kind.IsReference() && year.Any(m => Path.GetFileName(f).Contains(m)))
            .Order(StringComparer.Ordinal).ToList();
        var resubmitted = slices.Where((_, i) => i % 20 == 0).ToList();
        foreach (var file in resubmitted)
            File.WriteAllBytes(Path.Combine(etl.InboxDir, Path.GetFileName(file)), OtherLineEnding(File.ReadAllBytes(file)));
        var clock = Stopwatch.StartNew();
        var load = new EtlRunner(session, etl, productClock).Run();
        report.Add("history: re-submit 5 % of a year's slices", clock.Elapsed, load.Files.Sum(f => f.Loaded),
            $"{resubmitted.Count} of {slices.Count} CSV slices of the last 12 months");
        var kept = HistoryTables.Kept.Sum(t => session.Scalar<long>($"select count(*) from {HistoryTables.Of(t)}"));
        var current = HistoryTables.Kept.Sum(t => session.Scalar<long>($"select count(*) from {t}"));
        var bytesAfter = DatabaseBytes(session);
        var growth = (double)bytesAfter / bytesBefore;
        report.Add("history: storage", TimeSpan.Zero, kept, $"{kept:N0} history rows beside {current:N0} current; {bytesBefore / 1048576.0:0.0} → {bytesAfter / 1048576.0:0.0} MiB");
        report.Target("history storage ≤ 1.3× the current warehouse after a year with 5 % of slices re-submitted", $"{growth:0.00}×", growth <= 1.3);

        var now = Render(session, productClock, folder, period, "now");
        TimeSpan past;
        using (AsOfWarehouse.Enter(session, before))
            past = Render(session, productClock, folder, period, "as-of");
        report.Add($"{Report} now", now);
        report.Add($"{Report} as of the version before", past, 0, $"{past.TotalSeconds / now.TotalSeconds:0.0}× the current render");
        report.Target("an as-of render ≤ 2× a current render (monthly, kk)", $"{past.TotalSeconds / now.TotalSeconds:0.0}×", past <= 2 * now);
    }

    private static TimeSpan Render(WarehouseSession session, ProductClock productClock, string folder, YearMonth period, string name)
    {
        var clock = Stopwatch.StartNew();
        new MonthlyReportWriter(session, productClock).Write(period, ReportLanguage.Parse("kk"), new HashSet<string> { "pdf", "xlsx" }, Path.Combine(folder, name));
        return clock.Elapsed;
    }

    private static long DatabaseBytes(WarehouseSession session)
    {
        session.Execute("checkpoint");
        return new FileInfo(session.DatabasePath).Length;
    }

    private static byte[] OtherLineEnding(byte[] bytes)
    {
        var crlf = bytes.AsSpan().IndexOf("\r\n"u8) >= 0;
        var text = Encoding.Latin1.GetString(bytes);
        return Encoding.Latin1.GetBytes(crlf ? text.Replace("\r\n", "\n") : text.Replace("\n", "\r\n"));
    }
}
