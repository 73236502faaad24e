using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using MimeKit.Utils;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// Delivers a month's reports as configured (README, “Delivering the reports”): each report rendered once as a
/// publication unless its files already stand as published, then every recipient's copy mailed or
/// copied unless etl.deliveries says it went already (<see cref="DeliveryRun"/>). A message the relay does
/// not take for a passing reason is tried again with a growing wait; one it refuses is recorded and the others still go.
/// </summary>
public sealed class Deliverer(WarehouseSession session, DeliveryOptions options, string dataDir, ProductClock clock, Common.PublicationOptions? publication = null)
{
    public IReadOnlyList<DeliveryOutcome> Deliver(DeliveryRequest request, Action<DeliveryOutcome>? delivered = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (!request.DryRun && session.IsReadOnly)
            throw new ReportDataException("delivery.read_only");
        var period = request.Period.ToString();
        var publisher = new Publisher(session, clock);
        var log = new DeliveryLog(session, clock, request.TriggeredBy);
        using var run = new DeliveryRun(options, log, new DeliveryJournal(dataDir), clock, ScopeName, request.Resend, cancellationToken);
        var plan = DeliveryItem.Plan(options, request.Kinds, request.Recipient).ToList();
        var outcomes = new List<DeliveryOutcome>();
        void Done(IEnumerable<DeliveryOutcome> done)
        {
            foreach (var outcome in done)
            {
                outcomes.Add(outcome);
                delivered?.Invoke(outcome);
            }
        }
        foreach (var report in plan.GroupBy(i => (i.Kind, i.Scope, i.Language)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var publication = report.First().Publication(period, request.TriggeredBy);
            try
            {
                Done(request.DryRun ? Planned(report, publisher.Find(publication), log) : run.Queue(report, Obtain(publisher, publication)));
            }
            catch (ReportDataException e)
            {
                Done(report.Select(item => new DeliveryOutcome(item, DeliveryStatus.NoReport, Error: e.Message, Problem: e)));
            }
        }
        // Every report rendered and every folder copied first; then the messages, all of them in each round of tries.
        Done(run.SendQueued());
        return outcomes.OrderBy(o => plan.IndexOf(o.Item)).ToList();
    }

    /// <summary>The publication from the files that stand as published, or rendered now into the reports folder.</summary>
    private Publication Obtain(Publisher publisher, PublicationRequest request)
    {
        var folder = ReportFolders.For(dataDir, request.Kind, request.Period);
        return publisher.Standing(request, folder)
            ?? publisher.Publish(request, at => new ReportRenderer(session, null, publication).Write(at, request, folder));
    }

    /// <summary>--dry-run: what each item would do, from the publication already rendered of the warehouse as it is (null: it would be rendered first).</summary>
    private static IEnumerable<DeliveryOutcome> Planned(IEnumerable<DeliveryItem> items, long? publication, DeliveryLog log) =>
        items.Select(item => (publication is { } id ? log.Latest(id, item) : null) switch
        {
            { Status: DeliveryLog.Sent } sent => new DeliveryOutcome(item, DeliveryStatus.AlreadySent, publication, At: sent.FinishedAt),
            { Status: DeliveryLog.Refused } refused => new DeliveryOutcome(item, DeliveryStatus.RefusedBefore, publication, At: refused.FinishedAt),
            _ => new DeliveryOutcome(item, DeliveryStatus.WouldSend, publication),
        });

    private string ScopeName(DeliveryItem item) => item.Scope == ReportScope.NationalCode
        ? Translations.Labels.For(item.Language)["delivery.scope.national"]
        : session.Query(SqlResources.Sql("scopes/department"), r => r.GetString(0), item.Scope, item.Language.Code).FirstOrDefault() ?? item.Scope;
}
