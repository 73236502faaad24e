using CorrAnalytics.Warehouse.Checks;
using CorrAnalytics.Warehouse.Models;
using Quartz;

namespace CorrAnalytics.Scheduler;

/// <summary>Rebuilds the marts and runs the data-quality checks; chained after an ingest that loaded something.</summary>
[DisallowConcurrentExecution]
public sealed class RefreshJob(JobEnvironment environment) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var session = environment.OpenWarehouse("refresh");
        var models = new ModelRunner(session).Run();
        var (runId, checks) = new CheckRunner(session, environment.Clock).Run();
        var errors = checks.Where(c => !c.Passed && c.IsError).Select(c => c.Name).ToList();
        context.Result = new JobSummary($"{models.Count} models; check run {runId}: {checks.Count(c => c.Passed)} of {checks.Count} passed" +
            (errors.Count > 0 ? $"; errors: {string.Join(", ", errors)}" : ""));
        return ValueTask.CompletedTask;
    }
}
