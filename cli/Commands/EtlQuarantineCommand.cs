using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Load;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl quarantine</c>: the refused files in the quarantine now, by their own names, with kind, slice, time, reason and batch.</summary>
public sealed class EtlQuarantineCommand(CorrConfiguration configuration, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.ResolveDataDir(configuration), "quarantine");
        var files = QuarantinedFile.In(folder);
        if (files.Count == 0)
        {
            console.MarkupLineInterpolated($"The quarantine is empty ({folder}).");
            return 0;
        }
        var table = new Table().AddColumns("File", "Kind", "Slice", "Received", "Batch", "Reason", "Where");
        foreach (var f in files)
            table.AddRow(ConsoleText.Of(f.Entry.FileName, f.Entry.Kind, f.Entry.Slice, f.Received, f.Entry.Batch, f.Reason, Path.GetRelativePath(folder, f.Path)));
        console.Write(table);
        console.MarkupLineInterpolated($"{files.Count} file(s) in {folder}. Once a file is fixed at its source, 'corr etl retry NAME' (or --all) puts it back in the inbox.");
        return 0;
    }
}
