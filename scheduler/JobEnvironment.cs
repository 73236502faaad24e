using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Scheduler;

/// <summary>What every scheduled job needs: where the warehouse and the reports are, and the clock.</summary>
public sealed record JobEnvironment(
    WarehouseOptions Warehouse, EtlOptions Etl, ProductClock Clock, string? BudgetPassword = null, Reports.Delivery.DeliveryOptions? Delivery = null,
    IReadOnlyDictionary<string, Etl.Pull.SourceOptions>? Sources = null)
{
    /// <summary>This scheduler node's name in a cluster (its Quartz instance id: host and process), recorded with every run; null without a cluster.</summary>
    public string? Node { get; init; }

    /// <summary>The site's contact, due day, release days and suppression for the reports (Corr:Reports).</summary>
    public Reports.Common.PublicationOptions? Publication { get; init; }

    /// <summary>Whether recipients are configured, so the deliver job follows each report job.</summary>
    public bool Delivers => Delivery is { Recipients.Count: > 0 };

    public WarehouseSession OpenWarehouse(string job) =>
    WarehouseSession.OpenWriter(Warehouse, $"corr schedule run: {job}", Clock);
}
