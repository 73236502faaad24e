namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// Who receives which reports and through which relay (Corr:Delivery). Validate() says the first
/// thing wrong in a sentence that names the setting; the password is never part of one.
/// </summary>
public sealed class DeliveryOptions
{
    /// <summary>The reports a recipient may ask for: the month's reports (the budget workbook is the planners' to open, not to mail).</summary>
    public static readonly IReadOnlyList<string> Deliverable = ["monthly", "production"];

    public SmtpOptions Smtp { get; set; } = new();

    public List<RecipientOptions> Recipients { get; set; } = [];

    public DeliveryRetryOptions Retry { get; set; } = new();

    public bool Mails => Recipients.Any(r => r.Mails);

    public DeliveryOptions Validate()
    {
        for (var i = 0; i < Recipients.Count; i++)
            Recipients[i].Validate($"Corr:Delivery:Recipients:{i}");
        if (Mails)
            Smtp.Validate();
        Retry.Validate();
        return this;
    }
}
