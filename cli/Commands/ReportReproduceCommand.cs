using CorrAnalytics.Warehouse.Time;
using System.Globalization;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr report reproduce --publication ID</c>: renders a publication again from the warehouse as it
/// was, stamped with its time, and says whether every file is byte-identical to what was published.
/// </summary>
public sealed class ReportReproduceCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, ErrorOutput error) : Command<ReportReproduceSettings>
{
    public override int Execute(CommandContext context, ReportReproduceSettings settings, CancellationToken cancellationToken)
    {
        var id = settings.Publication!.Value;
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr report reproduce", console);
        var published = PublishedReport.Read(session, id);
        var folder = OutputFolder.Prepare(settings.Out ?? Path.Combine(settings.ResolveDataDir(configuration), "reports", "reproduced", id.ToString(CultureInfo.InvariantCulture)));
        var l = configuration.ConsoleLabels;
        var reproduction = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.reproduce.rendering", id, published.Kind, published.Period, published.Language.Code)),
            () => new Publisher(session, clock).Reproduce(published, at => Render(session, at, published, folder, configuration)));
        foreach (var file in reproduction.Output.Files)
            console.MarkupLineInterpolated($"{l.Format("console.report.wrote", file)}");
        if (reproduction.Identical)
        {
            console.MarkupLineInterpolated($"[green]{l.Format("console.reproduce.identical", id, published.Files.Count, published.DataVersion)}[/]");
            return 0;
        }
        error.Line(l.Format("console.reproduce.differs", id, string.Join(", ", reproduction.Differing)));
        return 1;
    }

    /// <summary>The publication's report written again into <paramref name="folder"/>, stamped by <paramref name="at"/>.</summary>
    internal static ReportOutput Render(Warehouse.Access.WarehouseSession session, ProductClock at, PublishedReport published, string folder, CorrConfiguration configuration) =>
        new ReportRenderer(session, configuration.BudgetPassword, configuration.Publication).Write(at, published, folder);
}
