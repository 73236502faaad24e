using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// What a command group (etl, report, schedule) takes: nothing of its own, so that each subcommand's
/// help lists every option it takes, --data and --verbose included.
/// </summary>
public class BranchSettings : CommandSettings;
