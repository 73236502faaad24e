using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>etl.deliveries: what went to whom, and what is still to go.</summary>
public sealed class DeliveryLog(WarehouseSession session, ProductClock clock, string triggeredBy)
{
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Refused = "refused";

    /// <summary>The latest delivery of <paramref name="publication"/> by <paramref name="item"/>'s channel to its address.</summary>
    public LoggedDelivery? Latest(long publication, DeliveryItem item) =>
        session.Query(SqlResources.Sql("deliveries/latest"),
                r => new LoggedDelivery(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetDateTime(3)),
                publication, item.Channel, item.Address)
            .FirstOrDefault();

    /// <summary>A new row, 'sending', before the first try; its message id is kept for every later try.</summary>
    public long Start(long publication, DeliveryItem item, string? messageId, IReadOnlyList<ManifestFile> attachments) =>
        session.Scalar<long>(SqlResources.Sql("deliveries/insert"),
            publication, item.Recipient.Name, item.Channel, item.Address, messageId, ManifestFile.ListToJson(attachments), Now, triggeredBy);

    /// <summary>An earlier row tried again: 'sending' until this run's tries end.</summary>
    public void Resume(long delivery) => session.Execute(SqlResources.Sql("deliveries/mark_sending"), delivery);

    public void Finish(long delivery, string status, int attempts, string? error, IReadOnlyList<ManifestFile> attachments) =>
        session.Execute(SqlResources.Sql("deliveries/finish"), delivery, status, attempts, error, Now, ManifestFile.ListToJson(attachments));

    private DateTime Now => clock.UtcDateTime;
}

/// <summary>A row of etl.deliveries as the next run reads it.</summary>
public sealed record LoggedDelivery(long Id, string Status, string? MessageId, DateTime? FinishedAt);
