namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>An option value that cannot be used: exit code 2, like any other bad usage.</summary>
public sealed class UsageException(string message) : Exception(message);
