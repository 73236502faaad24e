using System.Text.Json;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Model;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr report revisions --period YYYY-MM [--department CODE]</c>: each headline figure of the
/// month's latest publication (the republic's, or the department's) whose value has changed since,
/// with both values, the publication and the files that changed it.
/// </summary>
public sealed class ReportRevisionsCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<ReportRevisionsSettings>
{
    public override int Execute(CommandContext context, ReportRevisionsSettings settings, CancellationToken cancellationToken)
    {
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr report revisions", console);
        var period = YearMonth.Parse(settings.Period!);
        var l = configuration.ConsoleLabels;
        var labels = settings.Lang is { } code ? Labels.For(ReportLanguage.Parse(code)) : l;
        var scope = settings.Department ?? ReportScope.NationalCode;
        if (settings.Department is { } department)
            ReportScope.Require(session, department, labels.Language);
        var revisions = Revisions.Of(session, period, labels, settings.Lang, scope);
        if (settings.Json)
        {
            console.Profile.Width = int.MaxValue; // one JSON document, never wrapped
            console.WriteLine(JsonSerializer.Serialize(revisions.Select(r => new
            {
                indicator = r.Indicator, label = r.Label, period = r.Period.ToString(), scope, published = r.Published, current = r.Current,
                change = r.Change, publication = r.Publication, files = r.Files,
            }), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        if (revisions.Count == 0)
        {
            console.MarkupLineInterpolated($"{l.Format("console.revisions.none", Month(period, settings.Department))}");
            return 0;
        }
        var table = new Table().AddColumns(ConsoleText.Columns(l, "indicator", "published", "current", "change", "publication", "files"));
        foreach (var r in revisions)
            table.AddRow(ConsoleText.Of(r.Label, r.PublishedText(labels), r.CurrentText(labels), r.ChangeText(labels), r.Publication, string.Join(", ", r.Files)));
        console.Write(table);
        console.MarkupLineInterpolated($"{l.Format("console.revisions.count", revisions.Count, Month(period, settings.Department), revisions[0].Publication)}");
        return 0;
    }

    /// <summary>The month as the console names it: "2026-10", or "2026-10, D-35" for a department's publications.</summary>
    private static string Month(YearMonth period, string? department) => department is null ? period.ToString() : $"{period}, {department}";
}
