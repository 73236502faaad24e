using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Scheduler;

/// <summary>What every scheduled job needs: where the warehouse and the reports are, and the clock.</summary>
public sealed record JobEnvironment(WarehouseOptions Warehouse, EtlOptions Etl, TimeProvider Clock, TimeZoneInfo TimeZone, string? BudgetPassword = null)
{
    public WarehouseSession OpenWarehouse(string job) =>
    WarehouseSession.OpenWriter(Warehouse, $"corr schedule run: {job}", Clock);
}
