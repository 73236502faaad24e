using CorrAnalytics.Etl.Load;
using CorrAnalytics.Etl.Pull;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Pull;

/// <summary>
/// Pulls of the population from a PostgreSQL server started for the test: the registry's two colonies,
/// January and February 2024, one row that breaks the population identity.
/// </summary>
public sealed class SourcePullTests : IDisposable
{
    private const string Header = "facility_code,date,held_total,held_sentenced,held_pretrial,women,juveniles,foreigners";

    private static readonly string[] Rows =
    [
        "ЕЦ-166/1,2024-01-01,400,398,2,0,0,12",
        "ЕЦ-166/1,2024-01-02,401,300,2,0,0,12",                                 // 401 ≠ 300 + 2: POPULATION_IDENTITY
        "ЕЦ-166/2,2024-01-01,250,250,0,250,0,0",
        "ЕЦ-166/1,2024-02-01,410,408,2,0,0,12",
        "ЕЦ-166/2,2024-02-01,260,260,0,260,0,0",
    ];

    private readonly PostgresTestServer _postgres = PostgresTestServer.Start();
    private readonly EtlHarness _etl = new EtlHarness().Register();

    public SourcePullTests()
    {
        _etl.Run();
        _postgres.Execute("""
            create table population (facility_code text, day date, held_total int, held_sentenced int, held_pretrial int,
                                     women int, juveniles int, foreigners int, updated_at timestamp not null default now())
            """);
        foreach (var row in Rows)
            Insert(row);
    }

    private SourceOptions Source => new()
    {
        Kind = "population",
        ConnectionString = _postgres.ConnectionString,
        Query = "select facility_code, day as date, held_total, held_sentenced, held_pretrial, women, juveniles, foreigners, updated_at " +
                "from population where updated_at > @since and (facility_code <> 'STOP' or pg_terminate_backend(pg_backend_pid()))",
        WatermarkColumn = "updated_at",
    };

    private void Insert(string row)
    {
        var f = row.Split(',');
        _postgres.Execute($"insert into population values ('{f[0]}', '{f[1]}', {f[2]}, {f[3]}, {f[4]}, {f[5]}, {f[6]}, {f[7]})");
    }

    // One bad row of three in January: the threshold is raised so the month loads and its reject can be compared.
    private PullResult Pull(EtlHarness? into = null) =>
        new SourcePuller((into ?? _etl).Session, new EtlOptions((into ?? _etl).DataDir) { RejectThreshold = 0.5 }, TestClock.Running()).Pull("accounting", Source);

    private static List<string> Population(EtlHarness etl) =>
        etl.Session.Query("select facility_code || ' ' || date || ' ' || held_total || ' ' || held_sentenced from core.fact_population_daily order by all", r => r.GetString(0));

    private static List<string> Rejects(EtlHarness etl) =>
        etl.Session.Query("select rule_code || ' ' || column_name || ' ' || raw_value from etl.rejects order by all", r => r.GetString(0));

    private long Batches => _etl.Count("select count(*) from etl.batches");

    [Fact]
    public void A_pull_loads_what_the_same_rows_in_files_would_with_each_reject_named_by_its_key()
    {
        var pulled = Pull();

        using var files = new EtlHarness { RejectThreshold = 0.5 }.Register();
        files.Drop("population_202401.csv", [Header, .. Rows.Take(3)]).Drop("population_202402.csv", [Header, .. Rows.Skip(3)]);
        files.Run();
        Assert.Equal(Population(files), Population(_etl));
        Assert.Equal(4, Population(_etl).Count);
        Assert.Equal(Rejects(files), Rejects(_etl));
        Assert.Equal(["ЕЦ-166/1 2024-01-02"], _etl.Session.Query("select row_key from etl.rejects", r => r.GetString(0)));

        Assert.Equal((5, 2), (pulled.ChangedRows, pulled.Loaded));
        Assert.Equal(["202401", "202402"], pulled.Slices);
        var batches = _etl.Session.Query("select file_name, source, query_sha256, watermark_from, watermark_to from etl.batches where source is not null order by file_name",
            r => (r.GetString(0), r.GetString(1), r.GetString(2).Length, r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));
        Assert.Equal(["population_202401.csv", "population_202402.csv"], batches.Select(b => b.Item1));
        Assert.All(batches, b => Assert.Equal(("accounting", 64, (string?)null, pulled.WatermarkTo), (b.Item2, b.Item3, b.Item4, b.Item5)));
        Assert.All(_etl.Session.Query("select archive_path from etl.batches where source is not null", r => r.GetString(0)),
            path => Assert.True(File.Exists(Path.Combine(_etl.DataDir, path)) || File.Exists(path), path));              // archived as any file received
    }

    [Fact]
    public void A_second_pull_changes_nothing()
    {
        Pull();
        var batches = Batches;
        var population = Population(_etl);

        var again = Pull();

        Assert.Equal((0, 0), (again.ChangedRows, again.Loaded));
        Assert.Equal(batches, Batches);
        Assert.Equal(population, Population(_etl));
    }

    [Fact]
    public void An_updated_row_reads_its_month_again_whole_and_replaces_it()
    {
        var first = Pull();
        _postgres.Execute("update population set held_total = 420, held_sentenced = 418, updated_at = now() + interval '1 second' where facility_code = 'ЕЦ-166/1' and day = '2024-02-01'");

        var second = Pull();

        Assert.Equal((1, 1), (second.ChangedRows, second.Loaded));
        Assert.Equal(["202402"], second.Slices);
        Assert.Equal(first.WatermarkTo, second.WatermarkFrom);
        Assert.Contains("ЕЦ-166/1 2024-02-01 420 418", Population(_etl));
        Assert.Contains("ЕЦ-166/2 2024-02-01 260 260", Population(_etl));       // the month's unchanged row came again with it
        Assert.Equal(2, _etl.Count("select count(*) from history.fact_population_daily"));
        Assert.Equal(1, _etl.Count("select count(*) from etl.batches where status = 'replaced' and file_name = 'population_202402.csv'"));
    }

    [Fact]
    public void A_connection_dropped_mid_pull_loads_nothing_and_keeps_the_watermark()
    {
        var first = Pull();
        var batches = Batches;
        _postgres.Execute("update population set held_total = 420, held_sentenced = 418, updated_at = now() + interval '1 second' where day = '2024-02-01' and facility_code = 'ЕЦ-166/1'");
        _postgres.Execute("insert into population values ('STOP', '2024-02-02', 0, 0, 0, 0, 0, 0, now() + interval '1 second')");

        var error = Assert.Throws<PullInterruptedException>(() => Pull());

        Assert.Contains("nothing was loaded and the watermark stays", error.Message);
        Assert.Equal(batches, Batches);
        Assert.Equal(first.WatermarkTo, _etl.Session.Scalar<string>("select watermark from etl.pull_state where source = 'accounting'"));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_etl.DataDir, "pulls", "accounting")));

        _postgres.Execute("delete from population where facility_code = 'STOP'");
        var after = Pull();
        Assert.Equal(1, after.ChangedRows);
        Assert.Equal(["202402"], after.Slices);
    }

    [Fact]
    public void Payments_pulled_from_the_accounting_database_load_as_the_accounting_systems_file_would()
    {
        _postgres.Execute("""
            create table payments (paid_on date, facility text, programme text, subprogramme text, specific int, source text, amount numeric(18,2), doc text, changed bigint);
            insert into payments values
                ('2024-01-15', 'ЕЦ-166/1', '010', '100', 141, 'РБ', 900000.00, 'ПП-1', 1),
                ('2024-01-20', 'ЕЦ-166/1', '010', '100', 141, 'РБ', -50000.50, 'ПП-2', 2);
            """);
        var source = new SourceOptions
        {
            Kind = "budget_exec",
            ConnectionString = _postgres.ConnectionString,
            Query = "select paid_on as date, facility as facility_code, programme, subprogramme, specific, source, amount, doc as document, changed from payments where changed > @since",
            WatermarkColumn = "changed",
        };

        var pulled = new SourcePuller(_etl.Session, new EtlOptions(_etl.DataDir), TestClock.Running()).Pull("accounting", source);

        using var files = new EtlHarness().Register();
        files.DropAccounting("budget_exec_202401.csv", "Дата;Код учреждения;Программа;Подпрограмма;Специфика;Источник;Сумма;Документ",
            "15.01.2024;ЕЦ-166/1;010;100;141;РБ;900000,00;ПП-1", "20.01.2024;ЕЦ-166/1;010;100;141;РБ;-50000,50;ПП-2");
        files.Run();
        const string payments = "select facility_code || ' ' || date || ' ' || document || ' ' || amount from core.fact_payment order by all";
        Assert.Equal((2, 1, "2"), (pulled.ChangedRows, pulled.Loaded, pulled.WatermarkTo));
        Assert.Equal(["ЕЦ-166/1 2024-01-15 ПП-1 900000.00", "ЕЦ-166/1 2024-01-20 ПП-2 -50000.50"], _etl.Session.Query(payments, r => r.GetString(0)));
        Assert.Equal(files.Session.Query(payments, r => r.GetString(0)), _etl.Session.Query(payments, r => r.GetString(0)));
    }

    [Fact]
    public void A_query_without_a_contract_column_is_refused_naming_it()
    {
        var source = Source;
        source.Query = "select facility_code, day as date, held_total, held_sentenced, women, juveniles, foreigners, updated_at from population where updated_at > @since";

        var error = Assert.Throws<PullConfigurationException>(() => new SourcePuller(_etl.Session, new EtlOptions(_etl.DataDir), TestClock.Running()).Pull("accounting", source));

        Assert.Contains("returns no column held_pretrial", error.Message);
    }

    public void Dispose()
    {
        _etl.Dispose();
        _postgres.Dispose();
    }
}
