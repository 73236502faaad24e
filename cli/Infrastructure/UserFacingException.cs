namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>An error whose message already tells the user what went wrong and what to do.</summary>
public sealed class UserFacingException(string message) : Exception(message);

/// <summary>An option value that cannot be used: exit code 2, like any other bad usage.</summary>
public sealed class UsageException(string message) : Exception(message);
