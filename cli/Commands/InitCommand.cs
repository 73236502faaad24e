using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr init</c>: create or migrate the warehouse, reload seeds, dim_date and models.</summary>
public sealed class InitCommand(CorrConfiguration configuration, TimeProvider clock, IAnsiConsole console)
    : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.WarehouseOptions(configuration);
        using var session = WarehouseSession.OpenWriter(options, "corr init", clock);
        var result = new WarehouseInitializer(session, clock).Initialize();
        // The inbox is where files are dropped; the other folders are made by the first load.
        Directory.CreateDirectory(Path.Combine(options.DataDir, "inbox"));

        console.MarkupLineInterpolated($"Warehouse [bold]{options.DatabasePath}[/] at schema version {result.SchemaVersion}.");
        console.MarkupLine(result.Applied.Count == 0
            ? "No migration to apply: already up to date."
            : $"Applied {result.Applied.Count} migration(s): {string.Join(", ", result.Applied.Select(m => m.Name))}.");
        var table = new Table().AddColumn("Seed").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (seed, rows) in result.SeedCounts)
            table.AddRow(seed, rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("dim_date (2010–2040)", result.CalendarDays.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine($"Built {result.Models} model(s).");
        return 0;
    }
}
