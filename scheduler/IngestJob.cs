using CorrAnalytics.Etl.Load;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>Loads everything waiting in the inbox. The marts refresh and checks follow as their own job, when something loaded.</summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(JobEnvironment environment) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var session = environment.OpenWarehouse("ingest");
        var result = new EtlRunner(session, environment.Etl with { RefreshAfterLoad = false }, environment.Clock).Run(cancellationToken);
        context.Result = new JobSummary(
            $"{result.Files.Count} file(s): {result.StatusCounts}; {result.NotReady.Count} still being written", result.Loaded);
        return ValueTask.CompletedTask;
    }
}
