using System.ComponentModel;
using CorrAnalytics.Cli.Bench;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr bench</c>: the benchmark suite (load part).</summary>
public sealed class BenchCommand(ProductClock clock, IAnsiConsole console) : Command<BenchSettings>
{
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var (from, to) = settings.Quick ? (YearMonth.Parse("2026-05"), YearMonth.Parse("2026-10")) : (YearMonth.Parse("2019-01"), YearMonth.Parse("2026-10"));
        var work = Directory.CreateTempSubdirectory("corr-bench-").FullName;
        try
        {
            var report = new EtlBenchmark(new BenchOptions(work, settings.Scale, from, to, clock), m => console.MarkupLineInterpolated($"[grey]{m}[/]")).Run();
            var baseline = Path.Combine(settings.Results, "bench-scale1.json");
            if (settings.Scale != 1 && !settings.Quick && File.Exists(baseline))
                report.CompareWith(BenchReport.ReadFigures(File.ReadAllText(baseline)));
            var commit = Commit();
            var now = clock.UtcNow;
            var markdown = report.Markdown(commit, now);
            Directory.CreateDirectory(settings.Results);
            var stem = Path.Combine(settings.Results, $"bench-scale{settings.Scale}{(settings.Quick ? "-quick" : "")}");
            File.WriteAllText(stem + ".md", markdown);
            File.WriteAllText(stem + ".json", report.Json(commit, now));
            console.WriteLine(markdown);
            console.MarkupLineInterpolated($"Written to {stem}.md and .json.");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            var text = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
