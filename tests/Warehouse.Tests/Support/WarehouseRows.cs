using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Warehouse.Tests.Support;

/// <summary>Writes hand-made rows straight into the core tables for tests.</summary>
public sealed class WarehouseRows(WarehouseSession session)
{
    public const long Batch = 1;

    public WarehouseRows Facility(string code, int capacity = 500, string from = "2020-01-01", string to = "9999-12-31",
        bool current = true, string region = "KZ-11", string security = "medium", string type = "colony")
    {
        session.Execute(
            """
            insert into core.dim_facility values
                (nextval('core.facility_key_seq'), $1, $2, $3, $4, $5, 'M', $6, 'D-11', $7, date '2000-01-01', null, $8::date, $9::date, $10, $11, null)
            """,
            code, "ҚА-" + code, "УЧ-" + code, type, security, region, capacity, from, to, current, Batch);
        return this;
    }

    public WarehouseRows Population(string code, string date, int sentenced, int pretrial,
        int women = 0, int juveniles = 0, int foreigners = 0, int? total = null)
    {
        session.Execute(
            "insert into core.fact_population_daily values ($1, $2::date, $3, $4, $5, $6, $7, $8, $9)",
            code, date, total ?? sentenced + pretrial, sentenced, pretrial, women, juveniles, foreigners, Batch);
        return this;
    }

    public WarehouseRows Movement(string code, string date, string movement, int count)
    {
        session.Execute("insert into core.fact_movement values ($1, $2::date, $3, $4, $5)", code, date, movement, count, Batch);
        return this;
    }

    public WarehouseRows Payment(string code, string date, string document, decimal amount, long batch = Batch, int specific = 141)
    {
        session.Execute(
            "insert into core.fact_payment values ($1, year($2::date), $3, $2::date, '001', '100', $4, 'РБ', $5, $6)",
            code, date, document, specific, amount, batch);
        return this;
    }

    public WarehouseRows Batch_(long id, string kind, string slice)
    {
        session.Execute(
            """
            insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at)
            values ($1, $2, 'x', $3, $4, 'loaded', now()::timestamp)
            """,
            id, $"{kind}_{slice}.csv", kind, slice);
        return this;
    }

    public WarehouseRows Labour(string code, string month, int ableBodied, int employed, int enbek, int privateFirms = 0, int household = 0)
    {
        session.Execute(
            "insert into core.fact_labour values ($1, $2::date, 'Б-1', $3, $4, $5, $6, $7, 1000000, 50000, $8)",
            code, month, ableBodied, employed, enbek, privateFirms, household, Batch);
        return this;
    }

    public WarehouseRows Production(string code, string month, string product, decimal output, decimal sold, decimal internalValue)
    {
        session.Execute(
            "insert into core.fact_production values ($1, $2::date, $3, 10, 1000, 10, $4, 10, $5, $6, $7)",
            code, month, product, output, sold, internalValue, Batch);
        return this;
    }
}
