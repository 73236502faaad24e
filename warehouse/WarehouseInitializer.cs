using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Calendar;
using CorrAnalytics.Warehouse.Models;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Warehouse;

/// <summary>What <c>corr init</c> does: migrate, load the seeds, rebuild dim_date and the models.</summary>
public sealed class WarehouseInitializer(WarehouseSession session, ProductClock clock)
{
    public InitResult Initialize()
    {
        var migrator = new Migrator(session, clock);
        var applied = migrator.Migrate();
        var seeds = new SeedLoader(session).Load();
        var days = new DateDimensionBuilder(session).Build();
        var models = new ModelRunner(session).Run();
        return new InitResult(applied, migrator.CurrentVersion(), seeds, days, models.Count);
    }
}
