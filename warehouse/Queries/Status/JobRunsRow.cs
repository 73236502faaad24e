namespace CorrAnalytics.Warehouse.Queries.Status;

/// <summary>A row of status/job_runs.sql: job run: the latest runs of scheduled jobs (a trigger named MT_… is a one-off: chained, retried or --once)</summary>
[Query("status/job_runs")]
public sealed record JobRunsRow(
    string? Job,
    string? TriggerName,
    int? Attempt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    string? Outcome,
    string? Note);
