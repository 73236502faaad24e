using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using MimeKit.Utils;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// Delivers a month's reports as configured (README, “Delivering the reports”): each report rendered once as a
/// publication unless its files already stand as published, then every recipient's copy mailed or
/// copied unless etl.deliveries says it went already. A message the relay does not take for a passing
/// reason is tried again with a growing wait; one it refuses is recorded and the others still go.
/// </summary>
public sealed class Deliverer(WarehouseSession session, DeliveryOptions options, string dataDir, TimeProvider clock, TimeZoneInfo zone)
{
    public IReadOnlyList<DeliveryOutcome> Deliver(DeliveryRequest request, Action<DeliveryOutcome>? delivered = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (!request.DryRun && session.IsReadOnly)
            throw new ReportDataException("delivery.read_only");
        var period = request.Period.ToString();
        var publisher = new Publisher(session, clock);
        var log = new DeliveryLog(session, clock, request.TriggeredBy);
        using var run = new Run(this, log, request.Resend, cancellationToken);
        var outcomes = new List<DeliveryOutcome>();
        foreach (var report in DeliveryItem.Plan(options, request.Kinds, request.Recipient).GroupBy(i => (i.Kind, i.Scope, i.Language)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var publication = report.First().Publication(period, request.TriggeredBy);
            IEnumerable<DeliveryOutcome> done;
            try
            {
                done = request.DryRun
                    ? Planned(report, publisher.Find(publication), log)
                    : run.Deliver(report, Obtain(publisher, publication));
            }
            catch (ReportDataException e)
            {
                done = report.Select(item => new DeliveryOutcome(item, DeliveryStatus.NoReport, Error: e.Message, Problem: e));
            }
            foreach (var outcome in done)
            {
                outcomes.Add(outcome);
                delivered?.Invoke(outcome);
            }
        }
        return outcomes;
    }

    /// <summary>The publication from the files that stand as published, or rendered now into the reports folder.</summary>
    private Publication Obtain(Publisher publisher, PublicationRequest request)
    {
        var folder = ReportFolders.For(dataDir, request.Kind, request.Period);
        return publisher.Standing(request, folder)
            ?? publisher.Publish(request, at => new ReportRenderer(session, zone).Write(at, request.Kind, request.Period, request.Language, request.Formats.ToHashSet(), folder,
                request.Scope == ReportScope.NationalCode ? null : request.Scope));
    }

    /// <summary>--dry-run: what each item would do, from the publication already rendered of the warehouse as it is (null: it would be rendered first).</summary>
    private static IEnumerable<DeliveryOutcome> Planned(IEnumerable<DeliveryItem> items, long? publication, DeliveryLog log) =>
        items.Select(item => (publication is { } id ? log.Latest(id, item) : null) switch
        {
            { Status: DeliveryLog.Sent } sent => new DeliveryOutcome(item, DeliveryStatus.AlreadySent, publication, At: sent.FinishedAt),
            { Status: DeliveryLog.Refused } refused => new DeliveryOutcome(item, DeliveryStatus.RefusedBefore, publication, At: refused.FinishedAt),
            _ => new DeliveryOutcome(item, DeliveryStatus.WouldSend, publication),
        });

    private DeliveryOptions Options => options;

    private TimeProvider Clock => clock;

    private TimeZoneInfo Zone => zone;

    private string ScopeName(DeliveryItem item) => item.Scope == ReportScope.NationalCode
        ? Translations.Labels.For(item.Language)["delivery.scope.national"]
        : session.Query(SqlResources.Sql("scopes/department"), r => r.GetString(0), item.Scope, item.Language.Code).FirstOrDefault() ?? item.Scope;

    /// <summary>One run's sending: the relay's connection, kept for every message, and whether it is down for the rest of the run.</summary>
    private sealed class Run(Deliverer owner, DeliveryLog log, bool resend, CancellationToken cancellationToken) : IDisposable
    {
        private SmtpRelay? _relay;
        private string? _relayDown;

        public List<DeliveryOutcome> Deliver(IEnumerable<DeliveryItem> items, Publication publication) => items.Select(item => Deliver(item, publication)).ToList();

        private DeliveryOutcome Deliver(DeliveryItem item, Publication publication)
        {
            var id = publication.Id!.Value;
            var latest = log.Latest(id, item);
            if (!resend && latest is { Status: DeliveryLog.Sent })
                return new DeliveryOutcome(item, DeliveryStatus.AlreadySent, id, At: latest.FinishedAt);
            if (!resend && latest is { Status: DeliveryLog.Refused })
                return new DeliveryOutcome(item, DeliveryStatus.RefusedBefore, id, At: latest.FinishedAt);

            var attachments = publication.Output.Files.Select(ReportManifest.Describe).ToList();
            // A row an earlier run left failed (or sending, killed meanwhile) is tried again as itself, with its message id.
            var again = !resend && latest is not null;
            var messageId = again ? latest!.MessageId : item.Channel == DeliveryItem.Mail ? MimeUtils.GenerateMessageId(owner.Options.Smtp.Sender.Domain) : null;
            var delivery = again ? latest!.Id : log.Start(id, item, messageId, attachments);
            if (again)
                log.Resume(delivery);

            var (status, attempts, error) = item.Channel == DeliveryItem.Mail ? Mail(item, publication, messageId!) : Copy(item, publication);
            log.Finish(delivery, status, attempts, error, attachments);
            var outcome = status switch { DeliveryLog.Sent => DeliveryStatus.Sent, DeliveryLog.Refused => DeliveryStatus.Refused, _ => DeliveryStatus.Failed };
            return new DeliveryOutcome(item, outcome, id, attempts, error, owner.Clock.GetUtcNow().UtcDateTime);
        }

        private (string Status, int Attempts, string? Error) Mail(DeliveryItem item, Publication publication, string messageId)
        {
            if (_relayDown is not null)
                return (DeliveryLog.Failed, 0, $"not tried: {_relayDown}");
            _relay ??= new SmtpRelay(owner.Options.Smtp);
            var scopeName = owner.ScopeName(item);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    _relay.Send(ReportMail.Compose(owner.Options.Smtp, item, publication, scopeName, messageId, owner.Zone, owner.Clock.GetUtcNow()), cancellationToken);
                    return (DeliveryLog.Sent, attempt, null);
                }
                catch (DeliveryFailure failure) when (failure.Retryable && attempt < owner.Options.Retry.Attempts)
                {
                    Task.Delay(owner.Options.Retry.DelayAfter(attempt), owner.Clock, cancellationToken).GetAwaiter().GetResult();
                }
                catch (DeliveryFailure failure)
                {
                    if (failure.StopsRelay)
                        _relayDown = failure.Message;
                    return (failure.Kind == FailureKind.Refused ? DeliveryLog.Refused : DeliveryLog.Failed, attempt, failure.Message);
                }
            }
        }

        private static (string Status, int Attempts, string? Error) Copy(DeliveryItem item, Publication publication)
        {
            try
            {
                FolderCopy.To(item.Address, ReportManifest.Read(publication.Output.Manifest).Period, publication.Output.Files, publication.Output.Manifest);
                return (DeliveryLog.Sent, 1, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (DeliveryLog.Failed, 1, e.Message);
            }
        }

        public void Dispose() => _relay?.Dispose();
    }
}
