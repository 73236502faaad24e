
namespace CorrAnalytics.Scheduler;

/// <summary>
/// What a job run did, in one line for etl.job_runs; <see cref="Loaded"/> decides whether the refresh
/// follows an ingest, <see cref="Deliver"/> whether the deliver job follows a report. A run that met an error waiting cannot fix carries it in <see cref="PermanentError"/>:
/// it ends without throwing, so the retry policy leaves it alone, and is recorded and shown as failed.
/// </summary>
public sealed record JobSummary(string Text, int Loaded = 0, string? PermanentError = null)
{
    /// <summary>The report a report job published, when the deliver job is to follow it: its kind and period.</summary>
    public (string Kind, string Period)? Deliver { get; init; }

    public const string NotRetried = "not retried: waiting cannot fix it";

    public static JobSummary Permanent(Exception error) => new($"{error.Message} ({NotRetried})", PermanentError: error.Message);

    /// <summary>
    /// Errors that cannot heal by waiting: no data for the period, a missing font, a missing warehouse,
    /// a bad setting. Anything else (a busy warehouse, a full disk, a lost connection) is retried.
    /// </summary>
    public static bool IsPermanent(Exception error) => error is Reports.Common.ReportDataException or Reports.Layout.Pdf.FontException or Etl.Pull.PullConfigurationException
        or Warehouse.Access.WarehouseMissingException or ArgumentException or FormatException;

    /// <summary>
    /// Runs a job's work; an error waiting cannot fix (<see cref="IsPermanent"/>) ends the run as a
    /// permanent failure instead of throwing, so the retry policy leaves it alone. Anything else throws and is retried.
    /// </summary>
    public static ValueTask Run(Quartz.IJobExecutionContext context, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (IsPermanent(e))
        {
            context.Result = Permanent(e);
        }
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Text;
}
