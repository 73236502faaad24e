namespace CorrAnalytics.Scheduler;

/// <summary>
/// The schedule, from configuration (Corr:Schedule). Cron expressions are Quartz's (seconds first)
/// and are read in the product clock's zone (Corr:TimeZone), the one zone of the product.
/// </summary>
public sealed class ScheduleOptions
{
    /// <summary>Languages the reports are rendered in, unless a report names its own.</summary>
    public string[]? Languages { get; set; }

    /// <summary>How long a job waits for a warehouse another process is writing before it fails (and is retried).</summary>
    public double WriterWaitSeconds { get; set; } = 60;

    /// <summary>How late a firing may start before it counts as misfired; a misfired trigger fires once, as soon as it can.</summary>
    public double MisfireThresholdSeconds { get; set; } = 60;

    public RetryOptions Retry { get; set; } = new();

    /// <summary>memory (one scheduler, its schedule in the process) or postgres (Quartz's clustered job store in <see cref="StoreConnectionString"/>).</summary>
    public string Store { get; set; } = "memory";

    public string? StoreConnectionString { get; set; }

    /// <summary>How often a node of a cluster says it is alive; a node silent for twice as long is taken for dead and its jobs recovered.</summary>
    public double ClusterCheckinSeconds { get; set; } = 10;

    /// <summary>This node's name in a cluster (unique among its nodes); by default host and process id.</summary>
    public string? NodeName { get; set; }

    public bool Clustered => Store.Trim().Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public JobSchedule Ingest { get; set; } = new() { Cron = "0 0/15 * * * ?" };

    public JobSchedule MonthlyReport { get; set; } = new() { Cron = "0 0 8 * * ?", WorkingDay = 5 };

    public JobSchedule ProductionReport { get; set; } = new() { Cron = "0 30 8 * * ?", WorkingDay = 5 };

    public JobSchedule BudgetWorkbook { get; set; } = new() { Cron = "0 0 9 1 9,10 ?" };

    /// <summary>The backup job (corr backup): off until an operator turns it on; daily at 02:00 local time when on.</summary>
    public JobSchedule Backup { get; set; } = new() { Enabled = false, Cron = "0 0 2 * * ?" };

    /// <summary>Where the backup job puts its backups; by default &lt;data&gt;/backups (better: another disk).</summary>
    public string? BackupFolder { get; set; }

    /// <summary>How many backups the backup job keeps (the newest).</summary>
    public int BackupKeep { get; set; } = 14;

    /// <summary>The pull job of each source database (Corr:Schedule:Pulls:&lt;source&gt;), by the source's name; a source without one is pulled by hand.</summary>
    public Dictionary<string, JobSchedule> Pulls { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
