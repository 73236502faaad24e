namespace CorrAnalytics.Scheduler;

public sealed class JobSchedule
{
    public bool Enabled { get; set; } = true;

    public string Cron { get; set; } = "";

    /// <summary>Fire only on the n-th working day of the month (holidays and transfers from core.dim_date).</summary>
    public int? WorkingDay { get; set; }

    public string[]? Languages { get; set; }

    public string[]? Formats { get; set; }
}
