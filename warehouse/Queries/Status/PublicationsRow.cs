namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/publications.sql: a report kind's latest publication and the files loaded since that feed its period.</summary>
[Query("status/publications")]
public sealed record PublicationsRow(
    string? Kind,
    string? Period,
    string? Language,
    long? PublicationId,
    DateTime? GeneratedAt,
    long? DataVersion,
    long? FilesSince);
