using CorrAnalytics.Sample;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// One progress bar for long work (files done of all, rate, time left) naming what is in hand now;
/// nothing while output is captured, where the command prints its summary lines at the end.
/// </summary>
public static class ConsoleProgress
{
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgress<SampleProgress>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new Progress<SampleProgress>(_ => { }));
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(title, maxValue: 1);
                var gate = new object();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var reporter = new SynchronousProgress(p =>
                {
                    lock (gate)
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = Markup.Escape(Describe(title, p, clock.Elapsed));
                    }
                });
                result = work(reporter);
                task.Value = task.MaxValue;
                task.Description = Markup.Escape($"{title}: done");
            });
        return result;
    }

    /// <summary>The bar's text: done of all, rows so far, files a second (after the first second), what is in hand.</summary>
    public static string Describe(string title, SampleProgress p, TimeSpan elapsed)
    {
        var rows = p.Rows > 0 ? $", {p.Rows:N0} rows" : "";
        var rate = elapsed.TotalSeconds >= 1 ? $", {p.Done / elapsed.TotalSeconds:N0}/s" : "";
        return $"{title}: {p.Done:N0} of {p.Total:N0}{rows}{rate} — {p.Stage}";
    }

    /// <summary>A spinner with a line of text while short work runs (a report: a second or two); nothing when not interactive.</summary>
    public static T Spin<T>(IAnsiConsole console, string text, Func<T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work();
        T result = default!;
        console.Status().Start(text, _ => result = work());
        return result;
    }

    private sealed class SynchronousProgress(Action<SampleProgress> report) : IProgress<SampleProgress>
    {
        public void Report(SampleProgress value) => report(value);
    }
}
