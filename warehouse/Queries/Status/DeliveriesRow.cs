namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/deliveries.sql: a delivery not yet through, or one of the last ten.</summary>
[Query("status/deliveries")]
public sealed record DeliveriesRow(
    long? DeliveryId,
    string? Kind,
    string? Period,
    string? Language,
    string? Scope,
    long? PublicationId,
    string? Recipient,
    string? Channel,
    string? Address,
    string? Status,
    int? Attempts,
    string? Error,
    DateTime? LastAt);
