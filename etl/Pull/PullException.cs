namespace CorrAnalytics.Etl.Pull;

/// <summary>A source that cannot be pulled as configured (a wrong kind, a query without a contract column): waiting cannot fix it.</summary>
public sealed class PullConfigurationException(string message) : Exception(message);

/// <summary>The source could not be read to the end (no connection, a connection dropped mid-read): nothing was loaded, the watermark stays; worth trying again.</summary>
public sealed class PullInterruptedException(string message, Exception inner) : Exception(message, inner);
