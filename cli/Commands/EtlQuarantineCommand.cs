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
        var l = configuration.ConsoleLabels;
        if (files.Count == 0)
        {
            console.MarkupLineInterpolated($"{l.Format("console.quarantine.empty", folder)}");
            return 0;
        }
        var table = new Table().AddColumns(ConsoleText.Columns(l, "file", "kind", "slice", "received", "batch", "reason", "where"));
        foreach (var f in files)
            table.AddRow(ConsoleText.Of(f.Entry.FileName, f.Entry.Kind, f.Entry.Slice, f.Received, f.Entry.Batch, f.Reason, Path.GetRelativePath(folder, f.Path)));
        console.Write(table);
        console.MarkupLineInterpolated($"{l.Format("console.quarantine.footer", files.Count, folder)}");
        return 0;
    }
}
