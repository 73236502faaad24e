using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Reports.Translations;
using Spectre.Console;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>What a report command says about the publication it made: its files and manifest, its id, or the earlier one it repeats, or that nothing was recorded.</summary>
public static class PublicationLines
{
    public static void Write(IAnsiConsole console, Labels l, Publication publication, TimeZoneInfo zone)
    {
        var output = publication.Output;
        foreach (var file in output.Files)
            console.MarkupLineInterpolated($"{l.Format("console.report.wrote", file)}");
        console.MarkupLineInterpolated($"{(output.Pages > 0 ? l.Format("console.report.manifest_pages", output.Manifest, output.Pages) : l.Format("console.report.manifest", output.Manifest))}");
        if (publication.AsOf is { } asOf)
            console.MarkupLineInterpolated($"{l.Format("console.report.as_of", asOf)}");
        var text = publication switch
        {
            { Id: null } => l["console.report.not_recorded"],
            { Repeated: true, Differing.Count: > 0 } p => l.Format("console.report.republished_differs", p.Id, p.DataVersion, string.Join(", ", p.Differing)),
            { Repeated: true } p => l.Format("console.report.republished", p.Id, p.DataVersion, ConsoleText.Stamp(p.GeneratedAt, zone)),
            { } p => l.Format("console.report.published", p.Id, p.DataVersion),
        };
        console.MarkupLineInterpolated($"{text}");
    }
}
