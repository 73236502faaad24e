using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Scheduler;

/// <summary>What every scheduled job needs: where the warehouse and the reports are, and the clock.</summary>
public sealed record JobEnvironment(WarehouseOptions Warehouse, EtlOptions Etl, TimeProvider Clock, TimeZoneInfo TimeZone, string? BudgetPassword = null)
{
    public string ReportsDir => Path.Combine(Warehouse.DataDir, "reports");

    public WarehouseSession OpenWarehouse(string job) =>
        WarehouseSession.OpenWriter(Warehouse, $"corr schedule run: {job}", Clock);
}

/// <summary>What a job run did, in one line for etl.job_runs; <see cref="Loaded"/> decides whether the refresh follows an ingest.</summary>
public sealed record JobSummary(string Text, int Loaded = 0)
{
    public override string ToString() => Text;
}
