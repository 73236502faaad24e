
namespace CorrAnalytics.Scheduler;

/// <summary>What a job run did, in one line for etl.job_runs; <see cref="Loaded"/> decides whether the refresh follows an ingest.</summary>
public sealed record JobSummary(string Text, int Loaded = 0)
{
    public override string ToString() => Text;
}
