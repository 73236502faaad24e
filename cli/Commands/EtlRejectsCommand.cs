using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Queries;
using CorrAnalytics.Warehouse.Queries.Etl;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr etl rejects</c>: rejected rows with file, line or cell, column, value and reason.</summary>
public sealed class EtlRejectsCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<EtlRejectsSettings>
{
    public override int Execute(CommandContext context, EtlRejectsSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr etl rejects", console);
        if (settings.Batch is { } batch && ReportQueries.Single<BatchExistsRow>(session, batch).Batches == 0)
            throw new UsageException("usage.no_batch", batch);
        var rows = ReportQueries.Rows<RejectsRow>(session, settings.Batch, settings.Limit, settings.All, settings.Kind, settings.Period, settings.File);
        var l = configuration.ConsoleLabels;
        var table = new Table().AddColumns(ConsoleText.Columns(l, "batch", "file", "line", "column", "value", "rule", "reason"));
        foreach (var r in rows)
            table.AddRow(ConsoleText.Of(r.BatchId, r.FileName, r.LineOrCell, HeaderName(r.Kind, r.ColumnName), r.RawValue, r.RuleCode, r.Message));
        console.Write(table);
        var total = ReportQueries.Single<RejectCountRow>(session, settings.Batch, settings.All, settings.Kind, settings.Period, settings.File).Rejects;
        console.MarkupLineInterpolated($"{l.Format(settings.Batch is null ? "console.rejects.footer" : "console.rejects.footer_batch", total, rows.Count, settings.Batch ?? 0)}");
        return 0;
    }

    /// <summary>The column as the file's own header names it (an accounting file's "Документ", not the warehouse's "document").</summary>
    private static string? HeaderName(string? kind, string? column)
    {
        var source = CsvSource.All.Values.FirstOrDefault(s => s.Kind.Code() == kind);
        var index = source?.RawColumns.ToList().IndexOf(column ?? "") ?? -1;
        return index >= 0 ? source!.Header[index] : column;
    }
}
