namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// What <c>corr deliver</c> or the deliver job asks: the month, who asked, and --dry-run, --resend,
/// one recipient (by name or address) and the reports (null: every one a recipient takes).
/// </summary>
public sealed record DeliveryRequest(
    Warehouse.Time.YearMonth Period, string TriggeredBy, bool DryRun = false, bool Resend = false, string? Recipient = null, IReadOnlyCollection<string>? Kinds = null);
