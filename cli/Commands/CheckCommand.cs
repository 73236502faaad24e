using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr check</c>: run the data-quality checks; exit 1 when an error-level check fails.</summary>
public sealed class CheckCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, ErrorOutput error)
    : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr check", console);
        new ModelRunner(session).Run();
        var (runId, results) = new CheckRunner(session, clock).Run();

        var l = configuration.ConsoleLabels;
        var columns = ConsoleText.Columns(l, "check", "severity", "violations", "result", "first_rows");
        var table = new Table().AddColumn(columns[0]).AddColumn(columns[1]).AddColumn(new TableColumn(columns[2]).RightAligned()).AddColumn(columns[3]).AddColumn(columns[4]);
        foreach (var r in results.OrderBy(r => r.Passed).ThenBy(r => r.Name))
        {
            var outcome = r.Passed ? $"[green]{l["console.check.pass"]}[/]" : r.IsError ? $"[red]{l["console.check.fail"]}[/]" : $"[yellow]{l["console.check.warn"]}[/]";
            table.AddRow(
                new Markup(Markup.Escape(r.Name)), new Markup(r.Severity), new Markup(r.Violations.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup(outcome), new Markup(Markup.Escape(string.Join("\n", r.Sample.Take(3)))));
        }
        console.Write(table);
        var failed = results.Count(r => !r.Passed && r.IsError);
        console.MarkupLineInterpolated($"{l.Format("console.check.run", runId, results.Count(r => r.Passed), failed, results.Count(r => !r.Passed && !r.IsError))}");
        // The archive against the warehouse: files received that no batch names were lost with commits.
        var lost = new CorrAnalytics.Etl.Archive.ArchiveCatalogue(settings.ResolveDataDir(configuration)).Unreferenced(session).Count;
        if (lost > 0)
            error.Line(l.Format("console.archive.unreferenced", lost));
        if (failed == 0)
            return lost > 0 ? 1 : 0;
        error.Line(l.Format("console.check.failed", failed, string.Join(", ", results.Where(r => !r.Passed && r.IsError).Select(r => r.Name))));
        return 1;
    }
}
