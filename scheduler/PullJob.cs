using CorrAnalytics.Etl.Pull;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>
/// Pulls one source database (job data "source": its name in Corr:Sources). The refresh follows a
/// pull that loaded something, as it follows an ingest. A lost connection fails the run, which is
/// retried; a query that does not fit the contract is not.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PullJob(JobEnvironment environment) : IJob
{
    public const string SourceKey = "source";

    public static JobKey KeyOf(string source) => new($"pull-{source.ToLowerInvariant()}", ScheduleRegistry.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        JobSummary.Run(context, () =>
        {
            var name = context.MergedJobDataMap.GetString(SourceKey)!;
            var source = environment.Sources?.GetValueOrDefault(name) ?? throw new PullConfigurationException($"Corr:Sources:{name} is no longer configured.");
            using var session = environment.OpenWarehouse($"pull {name}");
            var result = new SourcePuller(session, environment.Etl with { RefreshAfterLoad = false }, environment.Clock).Pull(name, source, cancellationToken);
            context.Result = new JobSummary(result.ChangedRows == 0
                ? $"{name}: nothing changed since {result.WatermarkTo ?? "-infinity"}"
                : $"{name}: {result.ChangedRows} row(s) changed up to {result.WatermarkTo}; slice(s) {string.Join(", ", result.Slices)}: {result.Load!.StatusCounts}", result.Loaded);
        });
}
