using CorrAnalytics.Reports.Publications;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>One recipient's copy of one report in one language, by mail or into a folder.</summary>
public sealed record DeliveryItem(RecipientOptions Recipient, string Kind, ReportLanguage Language, string Channel)
{
    public const string Mail = "mail";
    public const string Folder = "folder";

    public string Scope => Recipient.Scope.Trim();

    /// <summary>The e-mail address, or the full path of the folder.</summary>
    public string Address => Channel == Mail ? Recipient.Email!.Trim() : Path.GetFullPath(Recipient.Folder!);

    /// <summary>The publication this item carries for <paramref name="period"/>: PDF and workbook, of the warehouse as it is.</summary>
    public PublicationRequest Publication(string period, string triggeredBy) =>
        new(Kind, period, Language, new HashSet<string> { "pdf", "xlsx" }, triggeredBy, Scope: Scope);

    /// <summary>
    /// Every item the configuration asks for, one report at a time (its recipients together, so it is
    /// rendered once): <paramref name="kinds"/> and <paramref name="recipient"/> (a name or an address) narrow it.
    /// </summary>
    public static IReadOnlyList<DeliveryItem> Plan(DeliveryOptions options, IReadOnlyCollection<string>? kinds = null, string? recipient = null) =>
        options.Recipients
            .Where(r => recipient is null || string.Equals(r.Name, recipient, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Email?.Trim(), recipient, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r.ReportKinds.Where(k => kinds is null || kinds.Contains(k))
                .SelectMany(k => r.ReportLanguages.SelectMany(l => Channels(r).Select(c => new DeliveryItem(r, k, l, c)))))
            .OrderBy(i => DeliveryOptions.Deliverable.ToList().IndexOf(i.Kind)).ThenBy(i => i.Scope != Common.ReportScope.NationalCode).ThenBy(i => i.Scope, StringComparer.Ordinal).ThenBy(i => i.Language.Code, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Channels(RecipientOptions recipient) =>
        (recipient.Mails ? [Mail] : Array.Empty<string>()).Concat(recipient.Copies ? [Folder] : []);
}
