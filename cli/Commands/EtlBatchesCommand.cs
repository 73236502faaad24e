using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Etl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl batches</c>: the batch log.</summary>
public sealed class EtlBatchesCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<EtlBatchesSettings>
{
    public override int Execute(CommandContext context, EtlBatchesSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl batches", console);
        var zone = configuration.TimeZone;
        var rows = ReportQueries.Rows<BatchesRow>(session, settings.Last, settings.Kind, settings.Status, settings.Period, settings.File);
        var archive = Path.Combine(settings.ResolveDataDir(configuration), "archive");
        var l = configuration.ConsoleLabels;
        var table = new Table().AddColumns(ConsoleText.Columns(l, "batch", "file", "kind", "slice", "status", "read", "loaded", "rejected")
            .Append(l.Format("console.col.started", zone.Id)).Concat(ConsoleText.Columns(l, "replaced_by", "sha", "archived_as", "error", "notes")).ToArray());
        foreach (var r in rows)
            table.AddRow(ConsoleText.Of(r.BatchId, r.FileName, r.Kind, r.Slice, r.Status, r.RowsRead, r.RowsLoaded, r.RowsRejected,
                ConsoleText.Local(r.StartedAt, zone), r.ReplacedBy, r.Sha256, string.IsNullOrEmpty(r.ArchivePath) ? "" : Path.GetRelativePath(archive, r.ArchivePath), r.Error, r.Notes));
        console.Write(table);
        var filtered = settings.Kind ?? settings.Status ?? settings.Period ?? settings.File;
        console.MarkupLineInterpolated($"{l.Format(filtered is null ? "console.batches.footer" : "console.batches.footer_filtered", ReportQueries.Single<BatchCountRow>(session).Batches, rows.Count, archive)}");
        return 0;
    }
}
