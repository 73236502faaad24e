using CorrAnalytics.Cli.Infrastructure;
using CorrAnalytics.Scheduler;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

/// <summary><c>corr schedule init-store</c>: Quartz's tables in the PostgreSQL store a cluster of schedulers shares.</summary>
public sealed class ScheduleInitStoreCommand(CorrConfiguration configuration, IAnsiConsole console) : Command<CorrSettings>
{
    public override int Execute(CommandContext context, CorrSettings settings, CancellationToken cancellationToken)
    {
        var options = configuration.Schedule;
        if (!options.Clustered || string.IsNullOrWhiteSpace(options.StoreConnectionString))
            throw new UserFacingException("console.schedule.store_not_postgres", options.Store);
        CorrScheduler.InitStore(options, cancellationToken).GetAwaiter().GetResult();
        console.MarkupLineInterpolated($"{configuration.ConsoleLabels.Format("console.schedule.store_ready", Redacted(options.StoreConnectionString))}");
        return 0;
    }

    /// <summary>The connection string without its password, to say where the store is.</summary>
    private static string Redacted(string connectionString) =>
        string.Join(';', connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}
