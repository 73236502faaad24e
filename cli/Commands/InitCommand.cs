using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr init</c>: create or migrate the warehouse, reload seeds, dim_date and models.</summary>
public sealed class InitCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console)
    : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.WarehouseOptions(configuration);
        using var session = WarehouseSession.OpenWriter(options, "corr init", clock);
        var result = new WarehouseInitializer(session, clock).Initialize();
        // The inbox is where files are dropped; the other folders are made by the first load.
        Directory.CreateDirectory(Path.Combine(options.DataDir, "inbox"));

        var l = configuration.ConsoleLabels;
        console.MarkupLineInterpolated($"{l.Format("console.init.schema", options.DatabasePath, result.SchemaVersion)}");
        console.MarkupLineInterpolated($"{(result.Applied.Count == 0 ? l["console.init.up_to_date"] : l.Format("console.init.applied", result.Applied.Count, string.Join(", ", result.Applied.Select(m => m.Name))))}");
        var columns = ConsoleText.Columns(l, "seed", "rows");
        var table = new Table().AddColumn(columns[0]).AddColumn(new TableColumn(columns[1]).RightAligned());
        foreach (var (seed, rows) in result.SeedCounts)
            table.AddRow(seed, rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("dim_date (2010–2040)", result.CalendarDays.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLineInterpolated($"{l.Format("console.init.models", result.Models)}");
        // An archive older than its sidecars learns from the batches what each of its files is.
        var described = new CorrAnalytics.Etl.Archive.ArchiveCatalogue(options.DataDir).Backfill(session);
        if (described > 0)
            console.MarkupLineInterpolated($"{l.Format("console.init.sidecars", described)}");
        if (Reports.Publications.PublicationReconciler.Reconcile(session, options.DataDir) is var recovered and > 0)
            console.MarkupLineInterpolated($"{l.Format("console.restore.publications", recovered)}");
        return 0;
    }
}
