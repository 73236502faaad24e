using CorrAnalytics.Reports.Common;
using MimeKit;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>A recipient (Corr:Delivery:Recipients:n): a person by mail, a folder (a network share), or both.</summary>
public sealed class RecipientOptions
{
    public static readonly IReadOnlyList<string> DefaultLanguages = ["kk", "ru"];

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>national, or a department's code (D-35).</summary>
    public string Scope { get; set; } = ReportScope.NationalCode;

    /// <summary>Which of <see cref="DeliveryOptions.Deliverable"/>; all of them when not set.</summary>
    public string[]? Reports { get; set; }

    /// <summary>kk, ru, en; kk and ru when not set.</summary>
    public string[]? Languages { get; set; }

    /// <summary>A folder the files are copied to (into a sub-folder per period), besides or instead of the mail.</summary>
    public string? Folder { get; set; }

    public bool Mails => !string.IsNullOrWhiteSpace(Email);

    public bool Copies => !string.IsNullOrWhiteSpace(Folder);

    public IReadOnlyList<string> ReportKinds => Reports is { Length: > 0 } r ? r.Select(k => k.Trim().ToLowerInvariant()).Distinct().ToList() : DeliveryOptions.Deliverable;

    public IReadOnlyList<ReportLanguage> ReportLanguages =>
        (Languages is { Length: > 0 } l ? l : DefaultLanguages).Select(c => c.Trim().ToLowerInvariant()).Distinct().Select(ReportLanguage.Parse).ToList();

    public MailboxAddress Mailbox => new(Name, Email!.Trim());

    public void Validate(string setting)
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new ReportDataException("delivery.config.name", setting);
        if (!Mails && !Copies)
            throw new ReportDataException("delivery.config.nowhere", setting, Name);
        if (Mails && !MailboxAddress.TryParse(Email, out _))
            throw new ReportDataException("delivery.config.email", setting, Email!);
        if (ReportKinds.FirstOrDefault(k => !DeliveryOptions.Deliverable.Contains(k)) is { } kind)
            throw new ReportDataException("delivery.config.report", setting, kind, string.Join(", ", DeliveryOptions.Deliverable));
        if ((Languages ?? []).FirstOrDefault(c => c.Trim().ToLowerInvariant() is not ("kk" or "ru" or "en")) is { } language)
            throw new ReportDataException("delivery.config.language", setting, language);
        if (string.IsNullOrWhiteSpace(Scope))
            throw new ReportDataException("delivery.config.scope", setting);
    }
}
