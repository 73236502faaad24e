using CorrAnalytics.Sample;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>Shows a progress bar per stage of long work; plain output when the console is not interactive.</summary>
public static class ConsoleProgress
{
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgress<SampleProgress>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new Progress<SampleProgress>(_ => { }));
        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var gate = new object();
                var reporter = new SynchronousProgress(p =>
                {
                    lock (gate)
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                            tasks[p.Stage] = task = ctx.AddTask($"{title}: {p.Stage}", maxValue: Math.Max(1, p.Total));
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        foreach (var other in tasks.Values.Where(t => t != task))
                            other.Value = other.MaxValue;
                    }
                });
                result = work(reporter);
                foreach (var task in tasks.Values)
                    task.Value = task.MaxValue;
            });
        return result;
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
