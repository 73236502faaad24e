using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Infrastructure;

public static class WarehouseSessions
{
    /// <summary>Opens a warehouse that must exist already; a missing one is a clear error, not a new empty file.</summary>
    public static WarehouseSession OpenExisting(CorrSettings settings, CorrConfiguration configuration, TimeProvider clock, string command)
    {
        return WarehouseSession.OpenWriter(settings.WarehouseOptions(configuration), command, clock, mustExist: true);
    }
}
