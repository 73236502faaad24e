namespace CorrAnalytics.Reports.Delivery;

/// <summary>Why a message did not go, as far as trying it again is concerned.</summary>
public enum FailureKind
{
    /// <summary>Worth another try soon: a dropped connection, a 4xx reply.</summary>
    Transient,

    /// <summary>No connection to the relay at all: another try soon; once the tries are spent, the run's other messages are not tried.</summary>
    Unreachable,

    /// <summary>The relay refuses every message (the user name or password, TLS, the sender): the run's other messages are not tried; the next run tries again.</summary>
    RelayRefused,

    /// <summary>The relay refused this message for good (5xx: the recipient, the size): recorded and not tried again without --resend.</summary>
    Refused,
}

/// <summary>A message the relay did not take, with the relay's or the system's words for why.</summary>
public sealed class DeliveryFailure(FailureKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public FailureKind Kind { get; } = kind;

    public bool Retryable => Kind is FailureKind.Transient or FailureKind.Unreachable;

    public bool StopsRelay => Kind is FailureKind.Unreachable or FailureKind.RelayRefused;
}
