namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>An error whose message already tells the user what went wrong and what to do.</summary>
public sealed class UserFacingException(string message) : Exception(message);
