namespace CorrAnalytics.Cli.Tests.Support;

public sealed record CorrOutcome(int ExitCode, string Output, string Error);
