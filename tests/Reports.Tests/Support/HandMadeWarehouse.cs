using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Reports.Tests.Support;

/// <summary>
/// Three facilities in two regions over 14 months (2025-09..2026-10), with figures chosen so the
/// monthly indicators of 2026-10 can be worked out by hand (see MonthlyReportTests).
/// </summary>
public sealed class HandMadeWarehouse : IDisposable
{
    public HandMadeWarehouse()
    {
        DataDir = Directory.CreateTempSubdirectory("corr-report-").FullName;
        Session = TemplateWarehouse.OpenCopy(DataDir);
        Session.Execute("insert into etl.batches (batch_id, file_name, sha256, kind, slice, status, started_at, finished_at) values (1, 'hand-made', 'x', 'population', '2026-10', 'loaded', timestamp '2026-11-02 06:00:00', timestamp '2026-11-02 06:00:05')");
        Facility("А-1", "ЕЦ-166/1 мекемесі", "colony", "medium", "M", "KZ-11", "D-11", 100);
        Facility("Б-2", "ЕЦ-166/2 мекемесі", "colony", "minimum", "M", "KZ-11", "D-11", 200);
        Facility("В-3", "АС-221/1 тергеу изоляторы", "sizo", "none", "X", "KZ-71", "D-71", 50);

        // Every day: А 90, Б 150 (15 pre-trial), В 60 (30 pre-trial, 6 women, 2 juveniles); on 31 October А holds 100.
        Daily("А-1", 90, 90, 0, 0, 0, 3);
        Daily("Б-2", 150, 135, 15, 0, 0, 5);
        Daily("В-3", 60, 30, 30, 6, 2, 2);
        Session.Execute("update core.fact_population_daily set held_total = 100, held_sentenced = 100 where facility_code = 'А-1' and date = date '2026-10-31'");

        Execute("insert into core.fact_movement values ('А-1', date '2026-10-10', 'admission_court', 5, 1), ('А-1', date '2026-10-11', 'release_parole', 2, 1), ('А-1', date '2026-10-12', 'release_end_of_term', 3, 1)");
        Execute("""
            insert into core.fact_incident values
                ('I-1', 'А-1', timestamp '2026-03-05 10:00:00', date '2026-03-05', 'death_natural', 1, 1),
                ('I-2', 'Б-2', timestamp '2026-10-07 03:00:00', date '2026-10-07', 'death_suicide', 1, 1),
                ('I-3', 'Б-2', timestamp '2025-10-20 12:00:00', date '2025-10-20', 'escape', 1, 1),
                ('I-4', 'В-3', timestamp '2026-01-15 12:00:00', date '2026-01-15', 'escape', 2, 1)
            """);
        Execute("insert into core.fact_staffing values ('А-1', date '2026-10-01', 'custodial', 40, 36, 1), ('Б-2', date '2026-10-01', 'custodial', 60, 50, 1), ('Б-2', date '2026-10-01', 'administrative', 20, 20, 1)");

        // Plan 2026 for А: food 1,000,000 and wages 2,000,000 a month, equipment 500,000 in April.
        Execute("""
            insert into core.fact_budget_plan
            select 'А-1', '010', '100', s.specific, 'РБ', m::date, s.amount, 1
            from generate_series(date '2026-01-01', date '2026-12-01', interval 1 month) as t(m),
                 (values (141, 1000000.00), (111, 2000000.00)) as s(specific, amount)
            """);
        Execute("insert into core.fact_budget_plan values ('А-1', '010', '102', 414, 'РБ', date '2026-04-01', 500000.00, 1)");
        // Paid each month January–October: food 900,000, wages 2,000,000; in October also equipment 400,000 and a food refund of 50,000.
        Execute("""
            insert into core.fact_payment
            select 'А-1', 2026, 'ПП-' || s.specific || '-' || month(m), (m + interval 14 day)::date, '010', '100', s.specific, 'РБ', s.amount, 1
            from generate_series(date '2026-01-01', date '2026-10-01', interval 1 month) as t(m),
                 (values (141, 900000.00), (111, 2000000.00)) as s(specific, amount)
            """);
        Execute("insert into core.fact_payment values ('А-1', 2026, 'ПП-414', date '2026-10-20', '010', '102', 414, 'РБ', 400000.00, 1), ('А-1', 2026, 'ПП-R', date '2026-10-21', '010', '100', 141, 'РБ', -50000.00, 1)");

        Execute("""
            insert into core.fact_production values
                ('А-1', date '2026-10-01', 'GR-001', 10, 1000000, 9, 900000, 8, 800000, 600000, 1),
                ('Б-2', date '2026-10-01', 'BK-001', 10, 500000, 11, 550000, 10, 500000, 100000, 1)
            """);
        Execute("""
            insert into core.fact_labour values
                ('А-1', date '2026-10-01', 'Еңбек', 60, 30, 20, 5, 5, 1500000, 300000, 1),
                ('Б-2', date '2026-10-01', 'Еңбек', 100, 50, 30, 10, 10, 3000000, 600000, 1)
            """);
        // A formula-looking facility name must stay text in the workbook.
        Execute("update core.dim_facility set name_ru = '=HYPERLINK(\"http://x\",\"В-3\")', name_kk = '=HYPERLINK(\"http://x\",\"В-3\")' where facility_code = 'В-3'");
    }

    public string DataDir { get; }

    public WarehouseSession Session { get; }

    public decimal NationalPopulation2026 => Session.Scalar<decimal>("select sum(population) from core.region_population where year = 2026");

    private void Execute(string sql) => Session.Execute(sql);

    private void Facility(string code, string name, string type, string security, string sex, string region, string department, int capacity) =>
        Session.Execute(
            "insert into core.dim_facility values (nextval('core.facility_key_seq'), $1, $2, $2, $3, $4, $5, $6, $7, $8, date '2000-01-01', null, date '2000-01-01', date '9999-12-31', true, 1, null)",
            code, name, type, security, sex, region, department, capacity);

    private void Daily(string code, int total, int sentenced, int pretrial, int women, int juveniles, int foreigners) =>
        Session.Execute(
            "insert into core.fact_population_daily select $1, d::date, $2, $3, $4, $5, $6, $7, 1 from generate_series(date '2025-09-01', date '2026-10-31', interval 1 day) as t(d)",
            code, total, sentenced, pretrial, women, juveniles, foreigners);

    public void Dispose()
    {
        Session.Dispose();
        Directory.Delete(DataDir, recursive: true);
    }
}
