namespace CorrAnalytics.Reports.Delivery;

public enum DeliveryStatus
{
    /// <summary>Sent (or copied) by this run.</summary>
    Sent,

    /// <summary>Sent by an earlier run: not again without --resend.</summary>
    AlreadySent,

    /// <summary>Refused for good by the relay in this run.</summary>
    Refused,

    /// <summary>Refused for good by an earlier run: not tried again without --resend.</summary>
    RefusedBefore,

    /// <summary>Not through after this run's tries (or not tried, the relay being down): the next run tries again.</summary>
    Failed,

    /// <summary>--dry-run: would be sent.</summary>
    WouldSend,

    /// <summary>The report could not be made (a department with no facility open, say): nothing to send.</summary>
    NoReport,
}

/// <summary>What became of one item of a delivery run; <see cref="Problem"/> is the report's error when there was no report to send.</summary>
public sealed record DeliveryOutcome(DeliveryItem Item, DeliveryStatus Status, long? PublicationId = null, int Attempts = 0, string? Error = null, DateTime? At = null, Exception? Problem = null)
{
    /// <summary>Nothing for the operator to do about it.</summary>
    public bool Ok => Status is DeliveryStatus.Sent or DeliveryStatus.AlreadySent or DeliveryStatus.WouldSend;
}
