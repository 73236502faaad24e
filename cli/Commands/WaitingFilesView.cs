using CorrAnalytics.Etl.Inbox;
using Spectre.Console;

namespace CorrAnalytics.Cli.Commands;

/// <summary>The inbox files not yet taken, each with why (still changing, held open, being copied): said by <c>etl run</c> and <c>status</c>.</summary>
internal static class WaitingFilesView
{
    public const int Shown = 20;

    public static void Write(IAnsiConsole console, CorrAnalytics.Reports.Translations.Labels labels, IReadOnlyList<WaitingFile> waiting)
    {
        if (waiting.Count == 0)
            return;
        console.MarkupLineInterpolated($"{labels.Format("console.etl.not_ready", waiting.Count)}");
        foreach (var file in waiting.Take(Shown))
            console.MarkupLineInterpolated($"[grey]  {file.Name}: {file.Reason}[/]");
    }
}
