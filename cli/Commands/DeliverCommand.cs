using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Warehouse.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary>
/// <c>corr deliver --period YYYY-MM</c>: the month's reports to every configured recipient (Corr:Delivery),
/// one row per recipient, report and language; exit 1 when any did not go.
/// </summary>
public sealed class DeliverCommand(CorrConfiguration configuration, ProductClock clock, IAnsiConsole console) : Command<DeliverSettings>
{
    public override int Execute(CommandContext context, DeliverSettings settings, CancellationToken cancellationToken)
    {
        var l = configuration.ConsoleLabels;
        var options = configuration.Delivery.Validate();
        if (options.Recipients.Count == 0)
            throw new UserFacingException("console.deliver.none_configured");
        if (settings.Recipient is { } named && DeliveryItem.Plan(options, recipient: named).Count == 0)
            throw new UserFacingException("console.deliver.no_such_recipient", named, string.Join(", ", options.Recipients.Select(r => r.Name)));
        var period = YearMonth.Parse(settings.Period!);
        using var session = WarehouseSessions.OpenExisting(settings, configuration, clock, "corr deliver", console);
        if (options.Mails)
            console.MarkupLineInterpolated($"{l.Format("console.deliver.relay", options.Smtp, options.Smtp.From)}");
        if (settings.DryRun)
            console.MarkupLineInterpolated($"[grey]{l["console.deliver.dry_run"]}[/]");

        var request = new DeliveryRequest(period, "cli", settings.DryRun, settings.Resend, settings.Recipient, settings.Report is { } kind ? [kind] : null);
        var deliverer = new Deliverer(session, options, settings.ResolveDataDir(configuration), clock, configuration.Publication);
        var outcomes = ConsoleProgress.Spin(console, Markup.Escape(l.Format("console.deliver.delivering", period)),
            () => deliverer.Deliver(request, cancellationToken: cancellationToken));

        var table = new Table().AddColumns(ConsoleText.Columns(l, "recipient", "address", "report", "language", "scope", "publication", "status", "tries", "note"));
        foreach (var o in outcomes)
            table.AddRow([.. ConsoleText.Of(o.Item.Recipient.Name, o.Item.Address, o.Item.Kind, o.Item.Language.Code, o.Item.Scope, o.PublicationId), Status(o, l),
                .. ConsoleText.Of(o.Attempts > 0 ? o.Attempts : null, o.Problem is ReportDataException r ? r.In(configuration.ConsoleLanguage) : o.Error)]);
        console.Write(table);
        int Count(params DeliveryStatus[] statuses) => outcomes.Count(o => statuses.Contains(o.Status));
        var summary = settings.DryRun
            ? l.Format("console.deliver.would", Count(DeliveryStatus.WouldSend), Count(DeliveryStatus.AlreadySent), Count(DeliveryStatus.RefusedBefore))
            : l.Format("console.deliver.summary", Count(DeliveryStatus.Sent), Count(DeliveryStatus.AlreadySent), Count(DeliveryStatus.Failed),
                Count(DeliveryStatus.Refused, DeliveryStatus.RefusedBefore), Count(DeliveryStatus.NoReport));
        console.MarkupLineInterpolated($"{summary}");
        return outcomes.All(o => o.Ok) ? 0 : 1;
    }

    private string Status(DeliveryOutcome outcome, Reports.Translations.Labels l)
    {
        var at = outcome.At is { } t ? ConsoleText.Stamp(t, configuration.TimeZone) : "";
        var text = Markup.Escape(outcome.Status switch
        {
            DeliveryStatus.AlreadySent => l.Format("console.deliver.already_sent", at),
            DeliveryStatus.RefusedBefore => l.Format("console.deliver.refused_before", at),
            DeliveryStatus.WouldSend when outcome.PublicationId is null => l["console.deliver.would_render"],
            _ => l[$"console.deliver.{outcome.Status.ToString().ToLowerInvariant()}"],
        });
        return outcome.Ok ? $"[green]{text}[/]" : $"[red]{text}[/]";
    }
}
