using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr export parquet --out DIR</c>: the warehouse's facts and dimensions as Parquet for other tools, incrementally.</summary>
public sealed class ExportParquetCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<ExportParquetSettings>
{
    public override int Execute(CommandContext context, ExportParquetSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr export parquet", console);
        if (session.IsReadOnly)
            throw new UserFacingException("console.export.read_only");
        var l = configuration.ConsoleLabels;
        var result = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.export.exporting", settings.Out!)),
            () => new ParquetExport(session, clock).Export(settings.Out!, settings.History));
        var table = new Table().AddColumns(ConsoleText.Columns(l, "table", "partitions", "written", "removed", "rows"));
        foreach (var t in result.Tables)
            table.AddRow(ConsoleText.Of(t.Table.Folder, t.Partitions, t.Written, t.Removed, t.Rows));
        console.Write(table);
        console.MarkupLineInterpolated($"{l.Format("console.export.done", result.Tables.Sum(t => t.Written), result.Tables.Sum(t => t.Partitions), result.Tables.Sum(t => t.RowsWritten), result.Manifest)}");
        return 0;
    }
}
