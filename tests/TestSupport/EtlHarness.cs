using CorrAnalytics.Etl.Common;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.TestSupport;

/// <summary>A warehouse and an inbox in a temporary data folder; files are dropped in and loaded.</summary>
public sealed class EtlHarness : IDisposable
{
    public EtlHarness()
    {
        DataDir = Directory.CreateTempSubdirectory("corr-etl-").FullName;
        Directory.CreateDirectory(Inbox);
        Session = TemplateWarehouse.OpenCopy(DataDir);
    }

    public string DataDir { get; }

    public string Inbox => Path.Combine(DataDir, "inbox");

    public WarehouseSession Session { get; }

    /// <summary>The clock the loads run on: the tests' running clock unless a test sets a fake one.</summary>
    public ProductClock Clock { get; set; } = TestClock.Running();

    public double RejectThreshold { get; set; } = 0.05;

    public double? MaxFileMegabytes { get; set; }

    /// <summary>The inbox's settle window: none unless a test measures it (the harness drops whole files).</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.Zero;

    /// <summary>The result of the last run, for tests that load once in a helper.</summary>
    public EtlRunResult? Result { get; set; }

    /// <summary>Writes a UTF-8 inbox file from lines (a trailing line break is added).</summary>
    public EtlHarness Drop(string name, params string[] lines)
    {
        File.WriteAllText(Path.Combine(Inbox, name), string.Join("\n", lines) + "\n", SourceFormats.Utf8);
        return this;
    }

    /// <summary>Writes an accounting file (Windows-1251, ';').</summary>
    public EtlHarness DropAccounting(string name, params string[] lines)
    {
        File.WriteAllBytes(Path.Combine(Inbox, name), SourceFormats.Windows1251.GetBytes(string.Join("\n", lines) + "\n"));
        return this;
    }

    public EtlHarness DropBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Inbox, name), bytes);
        return this;
    }

    /// <summary>The register every hand-made test uses: two colonies in Akmola, one SIZO in Astana.</summary>
    public EtlHarness Register(string date = "20240101", int capacityA = 500)
    {
        Drop($"facilities_{date}.csv", RegisterLines(capacityA));
        return this;
    }

    public static string[] RegisterLines(int capacityA = 500) =>
    [
        "facility_code,name_kk,name_ru,facility_type,security_level,sex,region_code,department_code,capacity,opened_on,closed_on",
        $"ЕЦ-166/1,ЕЦ-166/1 мекемесі,Учреждение ЕЦ-166/1,colony,medium,M,KZ-11,D-11,{capacityA},1975-05-01,",
        "ЕЦ-166/2,ЕЦ-166/2 мекемесі,Учреждение ЕЦ-166/2,colony,minimum,F,KZ-11,D-11,300,1980-01-01,",
        "АС-221/1,АС-221/1 тергеу изоляторы,Следственный изолятор АС-221/1,sizo,none,X,KZ-71,D-71,800,2001-03-01,",
    ];

    public EtlRunResult Run() =>
        new EtlRunner(Session, new EtlOptions(DataDir) { SettleTime = SettleTime, RejectThreshold = RejectThreshold, MaxFileMegabytes = MaxFileMegabytes }, Clock).Run();

    public long Count(string sql, params object?[] args) => Session.Scalar<long>(sql, args);

    public List<(int? Line, string? Cell, string? Column, string Rule, string Message)> Rejects(string file) =>
        Session.Query(
            "select line, cell, column_name, rule_code, message from etl.rejects where file_name = $1 order by line, cell",
            r => (r.IsDBNull(0) ? (int?)null : r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetString(4)),
            file);

    public void Dispose()
    {
        Session.Dispose();
        Directory.Delete(DataDir, recursive: true);
    }
}
