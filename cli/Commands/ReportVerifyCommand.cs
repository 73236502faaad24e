using System.Security.Cryptography;
using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr report verify FILE</c>: finds the file's publication by its SHA-256, says whether the
/// warehouse still reproduces it byte for byte, and lists its figures that have been revised since.
/// </summary>
public sealed class ReportVerifyCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console, ErrorOutput error) : Command<ReportVerifySettings>
{
    public override int Execute(CommandContext context, ReportVerifySettings settings, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(settings.File);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(settings.File)));
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr report verify", console);
        var l = configuration.ConsoleLabels;
        var id = session.Query(SqlResources.Sql("publications/by_hash"), r => r.GetInt64(0), sha).Cast<long?>().FirstOrDefault()
            ?? throw new UserFacingException("console.verify.unknown", name, sha);
        var published = PublishedReport.Read(session, id);
        console.MarkupLineInterpolated($"{l.Format("console.verify.found", name, id, published.Kind, published.Period, published.Language.Code,
            ConsoleText.Stamp(published.GeneratedAt, configuration.TimeZone), published.DataVersion)}");

        var folder = Directory.CreateTempSubdirectory("corr-verify-");
        bool reproduced;
        try
        {
            var reproduction = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.reproduce.rendering", id, published.Kind, published.Period, published.Language.Code)),
                () => new Publisher(session, clock).Reproduce(published, at => ReportReproduceCommand.Render(session, at, published, folder.FullName, configuration)));
            reproduced = !reproduction.Differing.Contains(published.Files.Single(f => f.Sha256 == sha).Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        if (reproduced)
            console.MarkupLineInterpolated($"[green]{l.Format("console.verify.reproduced", name)}[/]");

        var revisions = published.Kind == "monthly"
            ? Revisions.Since(session, YearMonth.Parse(published.Period), published.Scope, id, published.DataVersion, configuration.ConsoleLabels)
            : [];
        foreach (var r in revisions)
            console.MarkupLineInterpolated($"{l.Format("console.verify.revised", r.Label, r.PublishedText(l), r.CurrentText(l), string.Join(", ", r.Files))}");
        console.MarkupLineInterpolated($"{(revisions.Count == 0 ? l["console.verify.unrevised"] : l.Format("console.verify.revised_count", revisions.Count))}");
        if (reproduced)
            return 0;
        error.Line(l.Format("console.verify.not_reproduced", name, id));
        return 1;
    }
}
