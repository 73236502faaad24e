using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Etl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl batches</c>: the batch log.</summary>
public sealed class EtlBatchesCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<EtlBatchesSettings>
{
    public override int Execute(CommandContext context, EtlBatchesSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl batches");
        var zone = configuration.TimeZone;
        var rows = ReportQueries.Rows<BatchesRow>(session, settings.Last);
        var table = new Table().AddColumns("Batch", "File", "Kind", "Slice", "Status", "Read", "Loaded", "Rejected", $"Started ({zone.Id})", "Replaced by", "Error");
        foreach (var r in rows)
            table.AddRow(ConsoleText.Of(r.BatchId, r.FileName, r.Kind, r.Slice, r.Status, r.RowsRead, r.RowsLoaded, r.RowsRejected,
                r.StartedAt is { } started ? ReportTime.Local(started, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "", r.ReplacedBy, r.Error));
        console.Write(table);
        console.MarkupLineInterpolated($"{ReportQueries.Single<BatchCountRow>(session).Batches:N0} batch(es) in all; the latest {rows.Count} shown.");
        return 0;
    }
}
