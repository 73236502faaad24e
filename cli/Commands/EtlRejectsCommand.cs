using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Etl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl rejects</c>: rejected rows with file, line or cell, column, value and reason.</summary>
public sealed class EtlRejectsCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console) : Command<EtlRejectsSettings>
{
    public override int Execute(CommandContext context, EtlRejectsSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl rejects");
        if (settings.Batch is { } batch && ReportQueries.Single<BatchExistsRow>(session, batch).Batches == 0)
            throw new UsageException($"there is no batch {batch}; 'corr etl batches' lists them.");
        var rows = ReportQueries.Rows<RejectsRow>(session, settings.Batch, settings.Limit, settings.All);
        var table = new Table().AddColumns("Batch", "File", "Line/cell", "Column", "Value", "Rule", "Reason");
        foreach (var r in rows)
            table.AddRow(ConsoleText.Of(r.BatchId, r.FileName, r.LineOrCell, r.ColumnName, r.RawValue, r.RuleCode, r.Message));
        console.Write(table);
        var total = ReportQueries.Single<RejectCountRow>(session, settings.Batch, settings.All).Rejects;
        console.MarkupLineInterpolated($"{total:N0} rejected row(s){(settings.Batch is null ? "" : $" in batch {settings.Batch}")}; {rows.Count} shown.");
        return 0;
    }
}
